import { join } from 'node:path';
import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
} from '@playwright/test';
import { z } from 'zod';
import { login, unique } from './support';

/**
 * Needs the server's demo data (REEX_DEMO_DATA=true): two recyclers whose verified NdFeB
 * licences reach Baotou, and the Baotou manufacturer.
 */
const DEMO_PASSWORD = 'reex-demo-2026';
const SELLER = 'ops@baotou-magnetics.example';
const RECYCLER_A = 'ops@ganzhou-recycling.example';
const RECYCLER_B = 'ops@longyan-recovery.example';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
/** The bid confirmations float over the panel's corner; the panel is the subject. */
const HIDE_TOASTS = '.mantine-Notifications-root { display: none !important; }';

async function tokenOf(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/v1/auth/login', {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(response.status(), await response.text()).toBe(200);
  return z.object({ accessToken: z.string() }).parse(await response.json()).accessToken;
}

/** An NdFeB lot at Baotou, published for an English auction closing `closesInSeconds` from now. */
async function publishLot(
  request: APIRequestContext,
  closesInSeconds: number,
): Promise<{ id: number; title: string }> {
  const headers = { Authorization: `Bearer ${await tokenOf(request, SELLER)}` };
  const title = `Sintered NdFeB swarf ${unique('auction')}`;
  const created = await request.post('/api/v1/lots', {
    headers,
    data: {
      title,
      description: 'Grinding swarf under oil, in sealed drums.',
      category: 'NDFEB_MAGNET',
      grossMassKg: '2000',
      composition: [
        { element: 'Nd', fraction: '0.228', source: 'TYPICAL' },
        { element: 'Pr', fraction: '0.071', source: 'TYPICAL' },
        { element: 'Dy', fraction: '0.012', source: 'TYPICAL' },
      ],
      location: { region: 'Baotou', latitude: 40.6574, longitude: 109.8403 },
      hazards: [],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const lot = z.object({ id: z.number(), version: z.number() }).parse(await created.json());
  const published = await request.post(`/api/v1/lots/${lot.id}/publish`, {
    headers,
    data: {
      currency: 'CNY',
      startPrice: '1000',
      reservePrice: '1150',
      minIncrement: '100',
      closesAt: new Date(Date.now() + closesInSeconds * 1000).toISOString(),
      softCloseSeconds: 10,
      auctionType: 'ENGLISH',
      version: lot.version,
    },
  });
  expect(published.status(), await published.text()).toBe(200);
  return { id: lot.id, title };
}

/** A signed-in page in its own browser context (its own session), in the given language. */
async function signedIn(browser: Browser, email: string, language: 'en' | 'zh-CN'): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email, DEMO_PASSWORD);
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await page.evaluate((code) => window.localStorage.setItem('reex.language', code), language);
  return page;
}

/** The value shown for a term of the panel's facts (a `dd` after its `dt`). */
function fact(panel: Locator, term: string): Locator {
  return panel.locator(`xpath=.//dt[normalize-space()="${term}"]/following-sibling::dd[1]`);
}

/** "00:08" or "1:02:03" as seconds. */
function seconds(clock: string): number {
  return clock
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

test('two recyclers bid live, a late bid extends the close, and everyone sees the result', async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  // Recycler A reads Chinese, B and the seller English: both languages are exercised live.
  const [pageA, pageB, seller] = await Promise.all([
    signedIn(browser, RECYCLER_A, 'zh-CN'),
    signedIn(browser, RECYCLER_B, 'en'),
    signedIn(browser, SELLER, 'en'),
  ]);
  const lot = await publishLot(request, 40);
  await Promise.all([pageA, pageB, seller].map((page) => page.goto(`/lots/${lot.id}`)));

  const panelA = pageA.getByRole('region', { name: '实时竞价' });
  const panelB = pageB.getByRole('region', { name: 'Live bidding' });
  const panelSeller = seller.getByRole('region', { name: 'Live bidding' });
  await expect(fact(panelA, '出价次数')).toHaveText('0');
  await expect(panelSeller.getByRole('form')).toHaveCount(0);
  await expect(fact(panelB, 'Reserve')).toHaveText('Not met');

  // A bids the prefilled minimum; B sees it arrive without reloading.
  const formA = panelA.getByRole('form', { name: '出价' });
  await expect(formA.getByRole('textbox', { name: '您的出价' })).toHaveValue('1000');
  await formA.getByRole('button', { name: '出价' }).click();
  await expect(panelA.getByText('您目前领先')).toBeVisible();
  await expect(fact(panelB, 'Current price')).toHaveText('1,000.00 CNY');
  await expect(fact(panelB, 'Bids')).toHaveText('1');
  const historyB = panelB.getByRole('table', { name: 'Bid history' });
  await expect(historyB.getByRole('row')).toHaveCount(2);
  await expect(historyB.getByRole('row').nth(1)).toContainText('Bidder 1');
  await expect(historyB.getByRole('row').nth(1)).not.toContainText('You');

  // B bids the new minimum; A sees that it is outbid.
  const formB = panelB.getByRole('form', { name: 'Place a bid' });
  await expect(formB.getByRole('textbox', { name: 'Your bid' })).toHaveValue('1100');
  await formB.getByRole('button', { name: 'Place bid' }).click();
  await expect(panelB.getByText('You are leading')).toBeVisible();
  await expect(historyB.getByRole('row').nth(1)).toContainText('You');
  await expect(fact(panelA, '当前价格')).toHaveText('1,100.00 CNY');
  await expect(panelA.getByText('您的出价已被超过')).toBeVisible();
  await expect(panelA.getByRole('table', { name: '出价记录' })).toContainText('竞买人 2');
  await expect(fact(panelSeller, 'Current price')).toHaveText('1,100.00 CNY');
  await panelB.screenshot({ path: join(SCREENSHOTS, 'auction-panel.png'), style: HIDE_TOASTS });
  await panelA.screenshot({ path: join(SCREENSHOTS, 'auction-panel-zh.png'), style: HIDE_TOASTS });

  // Inside the last 10 seconds a bid moves the close: the notice appears, time left grows.
  const timerA = panelA.getByRole('timer');
  const closesA = fact(panelA, '剩余时间').getByText(/^结束时间/);
  await expect(timerA).toHaveText(/^00:0[3-5]$/, { timeout: 40_000 });
  await expect(formA.getByRole('textbox', { name: '您的出价' })).toHaveValue('1200');
  const closesBefore = await closesA.innerText();
  const before = seconds(await timerA.innerText());
  await formA.getByRole('button', { name: '出价' }).click();
  await expect.poll(async () => seconds(await timerA.innerText())).toBeGreaterThan(before);
  await expect(closesA).not.toHaveText(closesBefore);
  await expect(panelA.getByText('已延时 — 软结束')).toBeVisible();
  await expect(panelB.getByText('Extended — soft close')).toBeVisible();
  await expect(panelSeller.getByText('Extended — soft close')).toBeVisible();
  await expect(fact(panelB, 'Reserve')).toHaveText('Met');
  await panelSeller.screenshot({ path: join(SCREENSHOTS, 'auction-panel-seller-extended.png') });

  // The closer ends it after the extended time: no reload anywhere.
  const closing = { timeout: 40_000 };
  await expect(panelA.getByText('您已中标')).toBeVisible(closing);
  await expect(panelB.getByText('You lost')).toBeVisible(closing);
  await expect(
    panelSeller.getByText('Awarded to Ganzhou REE Recycling at 1,200.00 CNY'),
  ).toBeVisible(closing);
  await expect(panelB.getByRole('form')).toHaveCount(0);
  await expect(fact(panelB, 'Closed at')).toBeVisible();
  await panelA.screenshot({ path: join(SCREENSHOTS, 'auction-won-zh.png') });
  await panelB.screenshot({ path: join(SCREENSHOTS, 'auction-lost.png') });
  await panelSeller.screenshot({ path: join(SCREENSHOTS, 'auction-awarded-seller.png') });
});

test('a maximum that meets the hidden reserve shows the reserve as the price at once', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const [pageA, pageB] = await Promise.all([
    signedIn(browser, RECYCLER_A, 'en'),
    signedIn(browser, RECYCLER_B, 'zh-CN'),
  ]);
  const lot = await publishLot(request, 120);
  await Promise.all([pageA, pageB].map((page) => page.goto(`/lots/${lot.id}`)));
  const panelA = pageA.getByRole('region', { name: 'Live bidding' });
  const panelB = pageB.getByRole('region', { name: '实时竞价' });
  await expect(fact(panelB, '保留价')).toHaveText('未达到');

  // A bids the start price with a maximum of 1,500, above the reserve of 1,150: the price goes to 1,150.
  const formA = panelA.getByRole('form', { name: 'Place a bid' });
  await expect(formA.getByRole('textbox', { name: 'Your bid' })).toHaveValue('1000');
  const maxA = formA.getByRole('textbox', { name: 'Maximum (optional)' });
  await maxA.fill('1500');
  await expect(maxA).toHaveAccessibleDescription(/the price rises to the reserve at once/);
  await formA.getByRole('button', { name: 'Place bid' }).click();
  await expect(panelA.getByText('You are leading')).toBeVisible();
  await expect(fact(panelA, 'Current price')).toHaveText('1,150.00 CNY');
  await expect(fact(panelA, 'Reserve')).toHaveText('Met');

  // B sees it live: the reserve as the price, met, one bid, stored as it was made.
  await expect(fact(panelB, '当前价格')).toHaveText('1,150.00 CNY');
  await expect(fact(panelB, '保留价')).toHaveText('已达到');
  await expect(fact(panelB, '出价次数')).toHaveText('1');
  const historyB = panelB.getByRole('table', { name: '出价记录' });
  await expect(historyB.getByRole('row')).toHaveCount(2);
  await expect(historyB.getByRole('row').nth(1)).toContainText('1,000.00');
  await expect(historyB.getByRole('row').nth(1)).toContainText('1,150.00');

  // B bids the next minimum above the reserve; A's maximum answers by the proxy rule.
  const formB = panelB.getByRole('form', { name: '出价' });
  await expect(formB.getByRole('textbox', { name: '您的出价' })).toHaveValue('1250');
  await formB.getByRole('button', { name: '出价' }).click();
  await expect(panelB.getByText('您的出价已被超过')).toBeVisible();
  await expect(fact(panelB, '当前价格')).toHaveText('1,350.00 CNY');
  await expect(fact(panelA, 'Current price')).toHaveText('1,350.00 CNY');
  await expect(panelA.getByText('You are leading')).toBeVisible();
});
