import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { z } from 'zod';
import {
  AGENCY,
  authorization,
  certifiedLot,
  GANZHOU,
  grams,
  kgOf,
  verifiedLicence,
} from './recovery';
import { login, registerViaApi, screenshot, unique } from './support';

/**
 * The agency's statistics dashboard against the server's own answers. The test certifies a lot
 * of its own with known Dy and Tb recoveries (and checks that the route counted exactly those),
 * then compares what the dashboard shows with what the route answers for the same question,
 * whatever else the demo data holds. Needs the demo agency (REEX_DEMO_DATA=true).
 */
const HIDE_TOASTS = '.mantine-Notifications-root { display: none !important; }';

/** What the test's recycler reports for its lot: odd grams, so rounding on the oxide basis shows. */
const RECOVERED = { Nd: '401.250', Pr: '120.500', Dy: '21.345', Tb: '7.125' } as const;
const ELEMENTS = ['Tb', 'Dy'] as const;
type Element = (typeof ELEMENTS)[number];

// --- exact decimals: factors with 4 decimals, kg as integer grams ----------------------------

/** kg × factor rounded half-up to the gram, as the server rounds the oxide basis once. */
function oxideKg(kg: string, factor: string): string {
  const [whole = '0', fraction = ''] = factor.split('.');
  const scale = 10n ** BigInt(fraction.length);
  const product = grams(kg) * BigInt(whole + fraction);
  return kgOf((product * 2n + scale) / (2n * scale));
}

/** "1,234.500" as the dashboard's English tables show kg. */
function shown(kg: string): string {
  return new Intl.NumberFormat('en-US', {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  }).format(kg as `${number}`);
}

// --- the period the dashboard's "Last 12 months" means: months in UTC ------------------------

function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

function lastTwelveMonths(): string[] {
  const now = new Date();
  return Array.from({ length: 12 }, (_, index) =>
    monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + index, 1))),
  );
}

const RecoveryStats = z.object({
  basis: z.string(),
  rows: z.array(
    z.object({ element: z.string(), month: z.string(), recoveredKg: z.string() }).passthrough(),
  ),
  totals: z.object({ recoveredKg: z.string() }).passthrough(),
});
type RecoveryStats = z.infer<typeof RecoveryStats>;

function recoveryQuery(from: string, to: string, basis: 'METAL' | 'OXIDE'): string {
  const params = new URLSearchParams({ from, to, groupBy: 'element,month', basis });
  for (const element of ELEMENTS) params.append('element', element);
  return params.toString();
}

async function recoveryStats(
  request: APIRequestContext,
  headers: Record<string, string>,
  query: string,
): Promise<RecoveryStats> {
  const response = await request.get(`/api/v1/stats/recovery?${query}`, { headers });
  expect(response.status(), await response.text()).toBe(200);
  return RecoveryStats.parse(await response.json());
}

/** Recovered kg per "element month" cell; "0.000" where the route has no row. */
function cellsOf(stats: RecoveryStats, months: readonly string[]): Map<string, string> {
  const cells = new Map<string, string>();
  for (const month of months)
    for (const element of ELEMENTS) cells.set(`${element} ${month}`, '0.000');
  for (const row of stats.rows) cells.set(`${row.element} ${row.month}`, row.recoveredKg);
  return cells;
}

// --- the dashboard ----------------------------------------------------------------------------

/** The element × month table as "element month" → the text of its cell. */
async function tableCells(table: Locator, months: readonly string[]): Promise<Map<string, string>> {
  const headers = (await table.locator('thead th').allTextContents()).slice(1);
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBe(months.length);
  const cells = new Map<string, string>();
  for (const [index, month] of months.entries()) {
    expect(await rows.nth(index).getAttribute('data-month')).toBe(month);
    const values = await rows.nth(index).locator('td').allTextContents();
    headers.forEach((element, column) => cells.set(`${element} ${month}`, values[column] ?? ''));
  }
  return cells;
}

/** What the table should show for the route's answer: every cell of an element with any row. */
function expectedCells(stats: RecoveryStats, months: readonly string[]): Map<string, string> {
  const present = new Set(stats.rows.map((row) => row.element));
  const expected = new Map<string, string>();
  for (const [key, kg] of cellsOf(stats, months)) {
    if (present.has(key.split(' ')[0] ?? '')) expected.set(key, shown(kg));
  }
  return expected;
}

const VIEWPORTS = [
  { tag: 'desktop', width: 1280, height: 800 },
  { tag: 'phone', width: 390, height: 844 },
] as const;

async function screenshots(page: Page): Promise<void> {
  await page.addStyleTag({ content: HIDE_TOASTS });
  for (const [language, button] of [
    ['en', 'EN'],
    ['zh', '中文'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      // Charts redraw at the new width before the shot.
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      await screenshot(page, `stats-dashboard-${language}-${viewport.tag}`);
    }
  }
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('an agency filters to Dy and Tb, reads the chart as a table, switches to oxide and downloads the CSV', async ({
  page,
  request,
}) => {
  // Registration, a licence decision, an auction that closes, custody and a report, then the page.
  test.setTimeout(240_000);
  const agency = await authorization(request, AGENCY);
  const months = lastTwelveMonths();
  const from = months[0] ?? '';
  const to = months.at(-1) ?? '';
  const metalQuery = recoveryQuery(from, to, 'METAL');
  const oxideQuery = recoveryQuery(from, to, 'OXIDE');

  // A lot of the test's own, certified this month: the route counts exactly its Dy and Tb.
  const before = cellsOf(await recoveryStats(request, agency, metalQuery), months);
  const seller = await registerViaApi(request, 'MANUFACTURER', GANZHOU);
  const recycler = await registerViaApi(request, 'RECYCLER', GANZHOU);
  await verifiedLicence(request, recycler);
  await certifiedLot(request, seller, recycler, RECOVERED, {
    title: `NdFeB rotor magnets for statistics ${unique('lot')}`,
  });
  const metal = await recoveryStats(request, agency, metalQuery);
  const after = cellsOf(metal, months);
  for (const element of ELEMENTS) {
    const key = `${element} ${to}`;
    expect(grams(after.get(key) ?? '') - grams(before.get(key) ?? ''), key).toBe(
      grams(RECOVERED[element]),
    );
  }

  // The agency opens the dashboard and narrows it to Dy and Tb over the last 12 months.
  await login(page, AGENCY.email, AGENCY.password);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Recovery statistics' })
    .click();
  await expect(page.getByRole('heading', { name: 'Recovery statistics', level: 1 })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Statistics filters' });
  await filters.getByRole('combobox', { name: 'Period' }).selectOption('last12');
  for (const element of ELEMENTS) {
    await filters.getByText(element, { exact: true }).click();
    await expect(filters.getByRole('checkbox', { name: element, exact: true })).toBeChecked();
  }
  await expect(page).toHaveURL(/element=Tb&element=Dy/);
  await expect(filters.getByRole('combobox', { name: 'From' })).toHaveValue(from);
  await expect(filters.getByRole('combobox', { name: 'To' })).toHaveValue(to);

  // The chart's table shows exactly what the route answers for the same question.
  const section = page.getByRole('region', { name: 'Recovered kg by element and month' });
  await expect(section.getByRole('img')).toBeVisible();
  await section.getByText('Table', { exact: true }).click();
  const table = section.getByRole('table', { name: 'Recovered kg by element and month' });
  await expect(table).toBeVisible();
  await expect(section).toHaveAttribute('aria-busy', 'false');
  expect(await tableCells(table, months)).toEqual(expectedCells(metal, months));
  expect((await tableCells(table, months)).get(`Dy ${to}`)).toBe(
    shown(after.get(`Dy ${to}`) ?? ''),
  );

  // On the oxide basis every figure is the metal figure times the element's oxide factor.
  const elements = z
    .array(
      z.object({ symbol: z.string(), oxideFormula: z.string(), metalToOxideFactor: z.string() }),
    )
    .parse(await (await request.get('/api/v1/reference/elements', { headers: agency })).json());
  const factor = (element: Element) =>
    elements.find((candidate) => candidate.symbol === element)?.metalToOxideFactor ?? '';
  expect(factor('Dy')).toBe('1.1477');
  expect(factor('Tb')).toBe('1.1762');
  await filters.getByText('Oxide (REO)', { exact: true }).click();
  await expect(page).toHaveURL(/basis=OXIDE/);
  const oxide = await recoveryStats(request, agency, oxideQuery);
  const oxideCells = cellsOf(oxide, months);
  for (const [key, kg] of after) {
    const element = key.split(' ')[0] as Element;
    expect(oxideCells.get(key), key).toBe(oxideKg(kg, factor(element)));
  }
  await expect(section).toHaveAttribute('aria-busy', 'false');
  await expect
    .poll(async () => Object.fromEntries(await tableCells(table, months)))
    .toEqual(Object.fromEntries(expectedCells(oxide, months)));
  const dyNow = await table.locator(`tr[data-month="${to}"] td`).allTextContents();
  expect(dyNow).toContain(shown(oxideKg(after.get(`Dy ${to}`) ?? '', '1.1477')));

  // The CSV is the same question's answer: the oxide rows and their totals.
  const downloading = page.waitForEvent('download');
  await section
    .getByRole('button', { name: 'Download CSV: Recovered kg by element and month' })
    .click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`reex-recovery-element-month-${from}-${to}-oxide.csv`);
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  const header = (lines[0] ?? '').split(',');
  expect(header).toEqual(expect.arrayContaining(['element', 'month', 'recoveredKg']));
  const column = (name: string) => header.indexOf(name);
  // Element names are plain words here; no field needs RFC 4180 quoting.
  const rows = lines.slice(1).map((line) => line.split(','));
  const totals = rows.pop();
  expect(totals?.[0]).toBe('TOTAL');
  expect(totals?.[column('recoveredKg')]).toBe(oxide.totals.recoveredKg);
  const fromCsv = new Map(
    rows.map((row) => [
      `${row[column('element')]} ${row[column('month')]}`,
      row[column('recoveredKg')],
    ]),
  );
  expect(fromCsv).toEqual(
    new Map(oxide.rows.map((row) => [`${row.element} ${row.month}`, row.recoveredKg])),
  );

  // Back to the chart, and the dashboard as people see it.
  await section.getByText('Chart', { exact: true }).click();
  await screenshots(page);
});
