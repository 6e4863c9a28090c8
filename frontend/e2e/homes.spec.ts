import { expect, test, type Page } from '@playwright/test';
import { admin, login, screenshot } from './support';
import {
  AGENCY,
  bidViaApi,
  HIDE_TOASTS,
  publishLot,
  RECYCLER_A,
  RECYCLER_B,
  SELLER,
  signedIn,
  useLanguage,
} from './trading';

/** Issue 13: every role's home says what needs it; the lot page shows the auction without scrolling. */

const SIZES = [
  { name: '1366', width: 1366, height: 900 },
  { name: '390', width: 390, height: 844 },
] as const;

/** Screenshots of the page as it is, at both sizes and in both languages. */
async function shootEverywhere(page: Page, name: string, check: (page: Page) => Promise<void>) {
  for (const language of ['en', 'zh-CN'] as const) {
    await useLanguage(page, language);
    await page.addStyleTag({ content: HIDE_TOASTS });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await check(page);
      await screenshot(page, `${name}-${size.name}-${language === 'en' ? 'en' : 'zh'}`);
    }
  }
  await useLanguage(page, 'en');
}

/** Collects what the browser refuses under the Content-Security-Policy (issue 11 §6): must stay empty. */
function cspViolations(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text());
  });
  return refused;
}

/** Whether the whole element lies inside the viewport as the page stands. */
async function inViewport(page: Page, selector: ReturnType<Page['locator']>) {
  const box = await selector.boundingBox();
  const viewport = page.viewportSize();
  if (box === null || viewport === null) return false;
  return box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0;
}

test('a recycler outbid on a running lot sees it first on its home; the lot page shows the auction without scrolling', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const lot = await publishLot(request, 3600);
  await bidViaApi(request, RECYCLER_A, lot.id, '1000');
  await bidViaApi(request, RECYCLER_B, lot.id, '1100');

  const a = await signedIn(browser, RECYCLER_A);
  const refused = cspViolations(a);
  await expect(a.getByRole('heading', { name: 'Recycler home', level: 1 })).toBeVisible();
  const bids = a.getByRole('region', { name: 'My active bids' });
  const line = bids.locator(`[data-lot-id="${lot.id}"]`);
  await expect(line.getByRole('link', { name: lot.title })).toBeVisible();
  await expect(line.getByText('Outbid')).toBeVisible();
  await expect(bids.getByText(/^Outbid on \d+ lots?: bid again/)).toBeVisible();
  await expect(
    a.getByRole('region', { name: 'My licences' }).getByText('Verified').first(),
  ).toBeVisible();
  await expect(a.getByRole('region', { name: 'Won, awaiting pickup' })).toBeVisible();
  await expect(a.getByRole('region', { name: 'Matched lots closing soonest' })).toBeVisible();
  await shootEverywhere(a, 'home-recycler', async (page) => {
    await expect(page.getByRole('region', { name: /My active bids|我的进行中出价/ })).toBeVisible();
  });

  await line.getByRole('link', { name: lot.title }).click();
  await expect(a).toHaveURL(new RegExp(`/lots/${lot.id}$`));
  const summary = a.getByRole('region', { name: 'Auction summary' });
  await expect(summary.getByTestId('summary-price')).toHaveText('1,100.00 CNY');
  await expect(summary.getByText('Outbid', { exact: true })).toBeVisible();
  await expect(summary.getByText('1,200.00 CNY')).toBeVisible();
  await shootEverywhere(a, 'lot-bidding', async (page) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const bar = page.getByRole('region', { name: /Auction summary|竞拍概要/ });
    await expect.poll(() => inViewport(page, bar)).toBe(true);
  });

  // On a phone, far down the page, the summary is still there and its button leads to the form.
  await a.setViewportSize({ width: 390, height: 844 });
  await a.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => inViewport(a, summary)).toBe(true);
  await summary.getByRole('button', { name: 'Bid now' }).click();
  const amount = a
    .getByRole('form', { name: 'Place a bid' })
    .getByRole('textbox', { name: 'Your bid' });
  await expect(amount).toBeFocused();
  await expect.poll(() => inViewport(a, amount)).toBe(true);

  // A bid placed elsewhere (here through the API) moves the summary live.
  await bidViaApi(request, RECYCLER_A, lot.id, '1200');
  await expect(summary.getByTestId('summary-price')).toHaveText('1,200.00 CNY', {
    timeout: 20_000,
  });
  await expect(summary.getByText('Leading', { exact: true })).toBeVisible();

  // The lot closes within the hour: the bell tells its bidder so, once, live.
  const bell = a.getByRole('button', { name: /^Notifications/ });
  await expect(async () => {
    await a.keyboard.press('Escape');
    await bell.click();
    const popover = a.getByRole('dialog', { name: 'Notifications' });
    await expect(
      popover.getByRole('button').filter({ hasText: `“${lot.title}” closes soon, at` }),
    ).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 90_000 });
  expect(refused).toEqual([]);
});

test('the manufacturer, the agency and the admin each land on what needs them', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const lot = await publishLot(request, 3600);

  const seller = await signedIn(browser, SELLER);
  await expect(seller.getByRole('heading', { name: 'Manufacturer home', level: 1 })).toBeVisible();
  const running = seller.getByRole('region', { name: 'Auctions running' });
  await expect(running.getByRole('link', { name: lot.title })).toBeVisible();
  await expect(seller.getByRole('region', { name: 'Drafts to publish' })).toBeVisible();
  await expect(
    seller.getByRole('region', { name: 'Awarded: hand over to the buyer' }),
  ).toBeVisible();
  await expect(
    seller.getByRole('region', { name: 'Recently certified' }).getByRole('link').first(),
  ).toBeVisible();
  await shootEverywhere(seller, 'home-manufacturer', async (page) => {
    await expect(page.getByRole('region', { name: /Auctions running|竞拍中/ })).toBeVisible();
  });

  const agency = await signedIn(browser, AGENCY);
  const refused = cspViolations(agency);
  await expect(agency.getByRole('heading', { name: 'Agency home', level: 1 })).toBeVisible();
  await expect(agency.getByRole('region', { name: 'Licences awaiting review' })).toBeVisible();
  const flags = agency.getByRole('region', { name: 'Open flags' });
  await expect(flags).toBeVisible();
  const headline = agency.getByRole('region', { name: 'Recovery, last 12 months' });
  await expect(headline.getByText('Recovered (metal)')).toBeVisible();
  await shootEverywhere(agency, 'home-agency', async (page) => {
    await expect(
      page.getByRole('region', { name: /Recovery, last 12 months|近 12 个月回收情况/ }),
    ).toBeVisible();
  });
  // The dashboard's charts and the certificate check run under the policy too.
  await agency.goto('/stats');
  await expect(agency.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(agency.locator('.recharts-surface').first()).toBeVisible();
  expect(refused).toEqual([]);

  const adminPage = await browser.newPage();
  await login(adminPage, admin.email, admin.password);
  await expect(adminPage.getByRole('heading', { name: 'Admin home', level: 1 })).toBeVisible();
  await shootEverywhere(adminPage, 'home-admin', async (page) => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
