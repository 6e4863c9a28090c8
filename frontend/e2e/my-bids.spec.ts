import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { registerViaApi, screenshot } from './support';
import {
  bidViaApi,
  HIDE_TOASTS,
  publishLot,
  RECYCLER_A,
  RECYCLER_B,
  SELLER,
  signedIn,
  tokenOf,
  useLanguage,
} from './trading';

/** The bell's unread count, read from its accessible name in either language. */
async function unreadCount(page: Page): Promise<number> {
  const name = await page
    .getByRole('button', { name: /^(Notifications|通知)/ })
    .getAttribute('aria-label');
  return Number(/(\d+)/.exec(name ?? '')?.[1] ?? '0');
}

/** Opens the bell and finds the notification that says this (a lot has several: outbid, closing soon, result). */
async function notice(page: Page, text: string) {
  await page.getByRole('button', { name: /^(Notifications|通知)/ }).click();
  const popover = page.getByRole('dialog', { name: /^(Notifications|通知)$/ });
  return popover.getByRole('button').filter({ hasText: text }).first();
}

test('outbid on a closed page, the bell says so; my bids goes leading → outbid → won; results in English and Chinese', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const lot = await publishLot(request, 75);
  const a = await signedIn(browser, RECYCLER_A);
  await a.addStyleTag({ content: HIDE_TOASTS });

  await a.getByRole('link', { name: 'My bids' }).click();
  await expect(a.getByRole('heading', { name: 'My bids' })).toBeVisible();
  await bidViaApi(request, RECYCLER_A, lot.id, '1000');
  const row = a.locator(`tr[data-lot-id="${lot.id}"]`);
  await expect(row.getByText('Leading')).toBeVisible({ timeout: 20_000 });
  const before = await unreadCount(a);

  // B outbids A while A has no lot page open.
  await bidViaApi(request, RECYCLER_B, lot.id, '1100');
  await expect(row.getByText('Outbid')).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => unreadCount(a), { timeout: 30_000 }).toBeGreaterThan(before);
  await screenshot(a, 'my-bids-outbid-1366-en');
  const outbid = await notice(a, `You were outbid on “${lot.title}”`);
  await expect(outbid).toContainText(
    `You were outbid on “${lot.title}”: the price is now 1,100.00 CNY`,
  );
  await outbid.click();
  await expect(a).toHaveURL(new RegExp(`/lots/${lot.id}$`));

  // Back in the lead from the lot page: the form holds the next minimum.
  const form = a.getByRole('form', { name: 'Place a bid' });
  await expect(form.getByRole('textbox', { name: 'Your bid' })).toHaveValue('1200');
  await form.getByRole('button', { name: 'Place bid' }).click();
  await expect(a.getByText('You are leading', { exact: true })).toBeVisible();

  await a.getByRole('link', { name: 'My bids' }).click();
  await expect(row.getByText('Leading')).toBeVisible();
  await expect(row.getByText('Won')).toBeVisible({ timeout: 120_000 });
  // The segmented control's radio input sits outside the viewport by design; its label is what a person clicks.
  await a.locator('label').filter({ hasText: /^Won$/ }).click();
  await expect(a.getByRole('radio', { name: 'Won' })).toBeChecked();
  await expect(row).toBeVisible();

  // Everyone reads their result, in English and in Chinese.
  const results: [Page, string, string][] = [
    [
      a,
      `You won “${lot.title}” at 1,200.00 CNY — arrange the pickup`,
      `您以 1,200.00 CNY 中标“${lot.title}”——请安排提货`,
    ],
    [
      await signedIn(browser, RECYCLER_B),
      `“${lot.title}” went to another bidder at 1,200.00 CNY`,
      `“${lot.title}”已由其他竞买人以 1,200.00 CNY 中标`,
    ],
    [
      await signedIn(browser, SELLER),
      `Your lot “${lot.title}” was sold at 1,200.00 CNY — hand it over to the buyer`,
      `您的批次“${lot.title}”以 1,200.00 CNY 成交——请向买方交货`,
    ],
  ];
  for (const [page, english, chinese] of results) {
    await useLanguage(page, 'en');
    await expect(await notice(page, english)).toBeVisible();
    await page.keyboard.press('Escape');
    await useLanguage(page, 'zh-CN');
    await expect(await notice(page, chinese)).toBeVisible();
    await page.keyboard.press('Escape');
  }
  await a.goto('/my-bids');
  await screenshot(a, 'my-bids-won-1366-zh');
});

test('an ineligible recycler sees why; a 10× bid asks first and a cancel sends nothing', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const lot = await publishLot(request, 600);

  const newcomer = await registerViaApi(request, 'RECYCLER');
  const ineligible = await signedIn(browser, newcomer.email, newcomer.password);
  await ineligible.goto(`/lots/${lot.id}`);
  await expect(ineligible.getByText('You cannot bid on this lot')).toBeVisible();
  await expect(ineligible.getByText(/Your organization holds no licence/)).toBeVisible();
  await expect(ineligible.getByRole('form', { name: 'Place a bid' })).toHaveCount(0);
  await useLanguage(ineligible, 'zh-CN');
  await expect(ineligible.getByText('您不能对此批次出价')).toBeVisible();

  const a = await signedIn(browser, RECYCLER_A);
  await a.addStyleTag({ content: HIDE_TOASTS });
  await a.goto(`/lots/${lot.id}`);
  const bids: string[] = [];
  a.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(`/lots/${lot.id}/bids`)) bids.push(r.url());
  });
  const form = a.getByRole('form', { name: 'Place a bid' });
  const amount = form.getByRole('textbox', { name: 'Your bid' });
  await expect(amount).toHaveValue('1000');
  await amount.fill('10,000');
  await expect(amount).toHaveAccessibleDescription(/≈ 10 thousand CNY/);
  await form.getByRole('button', { name: 'Place bid' }).click();
  const dialog = a.getByRole('dialog', { name: 'Confirm a large bid' });
  await expect(dialog).toContainText(
    'Your bid of 10,000.00 CNY is 10× the next minimum bid of 1,000.00 CNY. Place it?',
  );
  await screenshot(a, 'lot-confirm-1366-en');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(bids).toEqual([]);
  const state = await request.get(`/api/v1/lots/${lot.id}/auction`, {
    headers: { Authorization: `Bearer ${await tokenOf(request, RECYCLER_A)}` },
  });
  expect(z.object({ bidCount: z.number() }).parse(await state.json()).bidCount).toBe(0);

  // The pages as people see them: desktop and phone, English and Chinese.
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    for (const language of ['en', 'zh-CN'] as const) {
      await a.setViewportSize({ width, height });
      await useLanguage(a, language);
      await a.addStyleTag({ content: HIDE_TOASTS });
      await expect(a.getByRole('form', { name: /Place a bid|出价/ })).toBeVisible();
      await screenshot(a, `lot-${width}-${language}`);
      await a.goto('/my-bids');
      await expect(a.getByRole('heading', { name: /My bids|我的出价/ })).toBeVisible();
      await screenshot(a, `my-bids-${width}-${language}`);
      await ineligible.setViewportSize({ width, height });
      await useLanguage(ineligible, language);
      await screenshot(ineligible, `lot-ineligible-${width}-${language}`);
      await a.goto(`/lots/${lot.id}`);
    }
  }
});
