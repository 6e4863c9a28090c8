import { expect, test, type Page } from '@playwright/test';
import { screenshot, unique } from './support';
import { z } from 'zod';
import { AGENCY, HIDE_TOASTS, RECYCLER_A, signedIn, tokenOf, useLanguage } from './trading';

/**
 * Issue 12 §3: a logged-out visitor files a tip and follows it by its receipt code; an agency triages it; the
 * visitor sees the new status. Screenshots of /report and the agency's triage page at both sizes, in both languages.
 */

const SIZES = [
  { name: '1366', width: 1366, height: 900 },
  { name: '390', width: 390, height: 844 },
] as const;

/** A 1×1 PNG: the server reads the type from these bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

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

test('a logged-out visitor files a tip and follows it by its code while an agency triages it', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const organization = unique('Riverside Scrap');
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/report');

  await shootEverywhere(visitor, 'tips-report', async (page) => {
    await expect(page.getByRole('form', { name: /Violation report|违规举报/ })).toBeVisible();
    await expect(page.getByText(/never stored|绝不会与举报一起保存/)).toBeVisible();
  });

  const form = visitor.getByRole('form', { name: 'Violation report' });
  await expect(form.getByRole('radio', { name: 'An organization' })).toBeChecked();
  await form.getByRole('textbox', { name: 'Organization' }).fill(organization);
  await form
    .getByRole('textbox', { name: 'What did you see?' })
    .fill('Lamp phosphor dumped behind the warehouse, about twenty drums.');
  await form.getByRole('textbox', { name: 'Where?' }).fill('North yard, Ganzhou');
  await form.locator('input[type="file"]').setInputFiles({
    name: 'drums.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await form.getByRole('button', { name: 'Send report' }).click();

  const receipt = visitor.getByRole('region', { name: 'Report received' });
  await expect(receipt).toBeVisible();
  const code = (await visitor.getByTestId('tip-receipt-code').innerText()).replace(/\s+/g, '');
  expect(code).toMatch(/^[A-Z2-7]{32}$/);
  await expect(receipt.getByRole('button', { name: 'Copy code' })).toBeVisible();
  await screenshot(visitor, 'tips-receipt-1366-en');
  await visitor.setViewportSize({ width: 390, height: 844 });
  await screenshot(visitor, 'tips-receipt-390-en');
  await visitor.setViewportSize({ width: 1366, height: 900 });

  await receipt.getByRole('link', { name: 'Follow this report' }).click();
  const status = visitor.getByRole('region', { name: 'Status of the report' });
  await expect(status.getByText('New', { exact: true })).toBeVisible();

  // The agency hears of the new tip in its bell, and the notice leads to it.
  const agency = await signedIn(browser, AGENCY);
  const agencyHeaders = { Authorization: `Bearer ${await tokenOf(request, AGENCY)}` };
  const tips = await request.get('/api/v1/tips?status=NEW&limit=100', { headers: agencyHeaders });
  const tipId = z
    .object({ items: z.array(z.object({ id: z.number(), excerpt: z.string() }).passthrough()) })
    .parse(await tips.json())
    .items.find((tip) => JSON.stringify(tip).includes(organization))?.id;
  expect(tipId).toBeDefined();
  await agency.getByRole('button', { name: /^Notifications/ }).click();
  await agency
    .getByRole('dialog', { name: 'Notifications' })
    .getByRole('button')
    .filter({ hasText: `New tip #${tipId} about an organization` })
    .click();
  await expect(agency).toHaveURL(new RegExp(`/tips/${tipId}$`));
  const history = agency.getByRole('region', { name: 'History' });
  await expect(agency.getByRole('heading', { name: new RegExp(organization) })).toBeVisible();
  await expect(agency.getByText('drums.png', { exact: false })).toBeVisible();

  await shootEverywhere(agency, 'tips-triage', async (page) => {
    await expect(page.getByRole('form', { name: /Next step|下一步/ })).toBeVisible();
  });

  const lots = await request.get('/api/v1/lots?limit=1', {
    headers: { Authorization: `Bearer ${await tokenOf(request, AGENCY)}` },
  });
  const lot = z
    .object({ items: z.array(z.object({ id: z.number(), title: z.string() })).min(1) })
    .parse(await lots.json()).items[0]!;

  // The organization the tip names, as the agency finds it: a demo recycler.
  const me = await request.get('/api/v1/me', {
    headers: { Authorization: `Bearer ${await tokenOf(request, RECYCLER_A)}` },
  });
  const named = z
    .object({ organization: z.object({ id: z.number(), name: z.string() }) })
    .parse(await me.json()).organization;

  const triage = agency.getByRole('form', { name: 'Next step' });
  await triage.getByRole('textbox', { name: 'Note' }).fill('Inspector sent to the north yard.');
  await triage
    .getByRole('textbox', { name: 'Link organizations (numbers)' })
    .fill(String(named.id));
  await triage.getByRole('textbox', { name: 'Link lots (numbers)' }).fill(String(lot.id));
  await triage.getByRole('button', { name: 'Save step' }).click();
  await expect(history.getByText('New → Under investigation')).toBeVisible();
  await expect(history.getByText('Inspector sent to the north yard.')).toBeVisible();
  await expect(agency.getByRole('link', { name: `Lot #${lot.id} · ${lot.title}` })).toBeVisible();

  // The flag is about the organization, not the lot; it reaches the flags inbox and leads back here.
  const flag = agency.getByRole('region', { name: 'Flag' });
  await flag
    .getByRole('combobox', { name: 'Flag on' })
    .selectOption({ label: `${named.name} (organization)` });
  await flag.getByRole('button', { name: 'Open a flag' }).click();
  await expect(flag.getByText(/Flag #\d+ was opened from this tip\./)).toBeVisible();
  await flag.getByRole('link', { name: 'Open the flags' }).click();
  const flagged = agency
    .getByRole('article')
    .filter({ has: agency.getByRole('link', { name: `${named.name} · organization` }) });
  await expect(flagged).toContainText('Reported through the tip line');
  await expect(flagged).toContainText(`Opened by an agency from tip #${tipId}.`);
  await shootEverywhere(agency, 'tips-flag-inbox', async (page) => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
  await flagged.getByRole('link', { name: `${named.name} · organization` }).click();
  await expect(agency).toHaveURL(new RegExp(`/tips/${tipId}$`));

  await visitor.reload();
  await expect(status.getByText('Under investigation', { exact: true })).toBeVisible();

  await triage.getByRole('combobox', { name: 'Move to' }).selectOption({ label: 'Substantiated' });
  await triage.getByRole('textbox', { name: 'Note' }).fill('Twenty drums found; case opened.');
  await triage.getByRole('button', { name: 'Save step' }).click();
  await expect(history.getByText('Under investigation → Substantiated')).toBeVisible();
  await expect(agency.getByText('This tip is closed; no further step.')).toBeVisible();

  await visitor.reload();
  await expect(status.getByText('Substantiated', { exact: true })).toBeVisible();
  await expect(status.getByText(/well founded/)).toBeVisible();

  await visitor.getByRole('textbox', { name: 'Receipt code' }).fill('A'.repeat(32));
  await visitor.getByRole('button', { name: 'Show status' }).click();
  await expect(visitor.getByText('No report with this code')).toBeVisible();
});
