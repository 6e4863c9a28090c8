import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { AGENCY, authorization, grams } from './recovery';
import { login, logout, screenshot } from './support';

/**
 * Monthly mass-balance reports with the demo data (REEX_DEMO_DATA=true): the Ganzhou recycler files
 * last month's report as REEx prefilled it, plus material from outside REEx; the agency finds it
 * among the month's reports, sees who has not filed, and follows a demo flag about a report that
 * does not balance to the report itself.
 */
const RECYCLER = { email: 'ops@ganzhou-recycling.example', password: 'reex-demo-2026' };
const HIDE_TOASTS = '.mantine-Notifications-root { display: none !important; }';
const en = z
  .object({ lots: z.object({ category: z.record(z.string(), z.string()) }) })
  .parse(JSON.parse(readFileSync(join(import.meta.dirname, '../src/locales/en.json'), 'utf8')));

const prefillSchema = z.object({
  month: z.string(),
  categories: z.array(
    z.object({
      category: z.string(),
      openingKg: z.string(),
      receivedKg: z.string(),
      processedKg: z.string(),
      closingKg: z.string(),
    }),
  ),
  elements: z.array(z.object({ element: z.string(), recoveredKg: z.string() })),
});

/** Last month in UTC, as the API names it, and as the page says it in English. */
function lastMonth(): { key: string; label: string } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const key = `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}`;
  const label = new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(first);
  return { key, label };
}

const VIEWPORTS = [
  { tag: 'desktop', width: 1366, height: 900 },
  { tag: 'phone', width: 390, height: 844 },
] as const;

async function screenshots(page: Page, name: string): Promise<void> {
  await page.addStyleTag({ content: HIDE_TOASTS });
  for (const [language, button] of [
    ['en', 'EN'],
    ['zh', '中文'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await screenshot(page, `${name}-${language}-${viewport.tag}`);
    }
  }
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.setViewportSize({ width: 1366, height: 900 });
}

test('a recycler files last month as prefilled, and the agency reviews the month', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const month = lastMonth();
  const recyclerAuth = await authorization(request, RECYCLER);
  const prefillResponse = await request.get(`/api/v1/monthly-reports/prefill?month=${month.key}`, {
    headers: recyclerAuth,
  });
  expect(prefillResponse.status()).toBe(200);
  const prefill = prefillSchema.parse(await prefillResponse.json());
  const me = z
    .object({ organization: z.object({ id: z.number(), name: z.string() }) })
    .parse(await (await request.get('/api/v1/me', { headers: recyclerAuth })).json());

  // The recycler is told last month is due, and opens the prefilled form.
  await login(page, RECYCLER.email, RECYCLER.password);
  await page.getByRole('link', { name: 'Monthly reports' }).click();
  await expect(page.getByText(`Your report for ${month.label} is not filed yet.`)).toBeVisible();
  await page.getByRole('link', { name: `File ${month.label}` }).click();
  const form = page.getByRole('form', { name: `Monthly report for ${month.label}` });
  await expect(form).toBeVisible();

  // Every figure is what REEx recorded.
  for (const line of prefill.categories) {
    const card = form.getByRole('group', { name: en.lots.category[line.category] });
    await expect(card.getByRole('textbox', { name: 'Opening stock (kg)' })).toHaveValue(
      line.openingKg,
    );
    await expect(card.getByRole('textbox', { name: 'Received (kg)' })).toHaveValue(line.receivedKg);
    await expect(card.getByRole('textbox', { name: 'Processed (kg)' })).toHaveValue(
      line.processedKg,
    );
    await expect(card.getByRole('textbox', { name: 'Closing stock (kg)' })).toHaveValue(
      line.closingKg,
    );
    await expect(card.getByRole('status')).toHaveText(
      'Balances: closing = opening + received − processed',
    );
  }
  for (const line of prefill.elements) {
    await expect(form.getByRole('textbox', { name: new RegExp(`^${line.element} `) })).toHaveValue(
      line.recoveredKg,
    );
  }

  // Material from outside REEx: polishing powder, checked as it is typed.
  await form
    .getByRole('combobox', { name: 'Add a waste category' })
    .selectOption('POLISHING_POWDER');
  await form.getByRole('button', { name: 'Add', exact: true }).first().click();
  const powder = form.getByRole('group', { name: 'Polishing powder' });
  await powder.getByRole('textbox', { name: 'Received (kg)' }).fill('500.125');
  await powder.getByRole('textbox', { name: 'Processed (kg)' }).fill('200');
  await expect(powder.getByRole('status')).toHaveText('Does not balance: off by 300.125 kg');
  await powder.getByRole('textbox', { name: 'Closing stock (kg)' }).fill('300.125');
  await expect(powder.getByRole('status')).toHaveText(
    'Balances: closing = opening + received − processed',
  );
  await screenshots(page, 'monthly-form');

  await form.getByRole('button', { name: 'File report' }).click();
  await expect(
    page.getByRole('heading', { name: `${me.organization.name} · ${month.label}` }),
  ).toBeVisible();
  await expect(page.getByText(/^Version 1, filed by /)).toBeVisible();
  await expect(page.getByText("No discrepancies flagged on this month's report.")).toBeVisible();
  const powderRow = page.getByRole('row', { name: /Polishing powder/ });
  await expect(powderRow).toContainText('500.125 kg');
  await expect(powderRow).toContainText('300.125 kg');

  // What was stored is what REEx recorded plus the powder, to the gram.
  const listed = z
    .object({
      items: z.array(
        z.object({ version: z.number(), receivedKg: z.string(), processedKg: z.string() }),
      ),
    })
    .parse(
      await (
        await request.get(`/api/v1/monthly-reports?month=${month.key}`, { headers: recyclerAuth })
      ).json(),
    );
  expect(listed.items).toHaveLength(1);
  const received = prefill.categories.reduce((sum, c) => sum + grams(c.receivedKg), 0n);
  expect(grams(listed.items[0]?.receivedKg ?? '')).toBe(received + grams('500.125'));
  await logout(page);

  // The agency: the month's reports, who has not filed, and a demo flag followed to its report.
  const agencyAuth = await authorization(request, AGENCY);
  const notFiled = z.object({ organizations: z.array(z.object({ name: z.string() })) }).parse(
    await (
      await request.get(`/api/v1/monthly-reports/not-filed?month=${month.key}`, {
        headers: agencyAuth,
      })
    ).json(),
  );
  expect(notFiled.organizations.map((o) => o.name)).not.toContain(me.organization.name);
  await login(page, AGENCY.email, AGENCY.password);
  await page.getByRole('link', { name: 'Monthly reports' }).click();
  const table = page.getByRole('table', { name: 'Filed monthly reports' });
  await expect(table.getByRole('row', { name: new RegExp(me.organization.name) })).toBeVisible();
  const missing = page.getByRole('region', { name: `Not filed for ${month.label}` });
  for (const organization of notFiled.organizations) {
    await expect(missing.getByText(organization.name, { exact: false })).toBeVisible();
  }
  await screenshots(page, 'monthly-agency');

  await page.getByRole('link', { name: 'Flags', exact: true }).click();
  await page.getByRole('combobox', { name: 'Rule' }).selectOption('MASS_BALANCE');
  const flag = page
    .getByRole('article')
    .filter({ hasText: 'Monthly stock does not balance' })
    .first();
  await expect(flag).toContainText('off by 40 kg');
  await flag.getByRole('link', { name: /monthly report/ }).click();
  const row = page.getByRole('table', { name: 'Filed monthly reports' }).getByRole('row').nth(1);
  await row.getByRole('link').click();
  await expect(page.getByText(/Off by 40\skg/)).toBeVisible();
  await expect(
    page.getByRole('article').filter({ hasText: 'Monthly stock does not balance' }),
  ).toBeVisible();
  await screenshots(page, 'monthly-detail');
});
