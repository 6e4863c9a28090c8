import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { z } from 'zod';
import { login, registerViaApi, screenshot, unique, type Account, type Place } from './support';

/**
 * The agency's statistics dashboard against the server's own answers. The test certifies a lot
 * of its own with known Dy and Tb recoveries (and checks that the route counted exactly those),
 * then compares what the dashboard shows with what the route answers for the same question,
 * whatever else the demo data holds. Needs the demo agency (REEX_DEMO_DATA=true).
 */
const AGENCY = { email: 'inspector@reex-agency.example', password: 'reex-demo-2026' };
const GANZHOU: Place = { region: 'Jiangxi', latitude: 25.8311, longitude: 114.9336 };
const HIDE_TOASTS = '.mantine-Notifications-root { display: none !important; }';

/** What the test's recycler reports for its lot: odd grams, so rounding on the oxide basis shows. */
const RECOVERED = { Nd: '401.250', Pr: '120.500', Dy: '21.345', Tb: '7.125' } as const;
const ELEMENTS = ['Tb', 'Dy'] as const;
type Element = (typeof ELEMENTS)[number];

async function authorization(
  request: APIRequestContext,
  account: { email: string; password: string },
) {
  const response = await request.post('/api/v1/auth/login', {
    data: { email: account.email, password: account.password },
  });
  expect(response.status(), await response.text()).toBe(200);
  const token = z.object({ accessToken: z.string() }).parse(await response.json()).accessToken;
  return { Authorization: `Bearer ${token}` };
}

// --- exact decimals: kg with 3 decimals as integer grams, factors with 4 decimals -------------

function grams(kg: string): bigint {
  const [whole = '0', fraction = ''] = kg.split('.');
  return BigInt(whole + fraction.padEnd(3, '0').slice(0, 3));
}

function kgOf(grams: bigint): string {
  const text = grams.toString().padStart(4, '0');
  return `${text.slice(0, -3)}.${text.slice(-3)}`;
}

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

// --- a certified lot of the test's own, through the API ---------------------------------------

async function verifiedLicence(request: APIRequestContext, recycler: Account): Promise<void> {
  const now = Date.now();
  const created = await request.post('/api/v1/licences', {
    headers: await authorization(request, recycler),
    data: {
      number: `JX-${unique('lic')}`.toUpperCase(),
      issuingAuthority: 'Jiangxi Department of Ecology and Environment',
      capacities: [{ category: 'NDFEB_MAGNET', tonnesPerYear: '5000' }],
      regionServed: 'Jiangxi',
      maxHaulKm: 500,
      validFrom: new Date(now - 24 * 3600 * 1000).toISOString(),
      validTo: new Date(now + 365 * 24 * 3600 * 1000).toISOString(),
      dischargePermitNumber: `DP-${unique('permit')}`,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = z.object({ id: z.number() }).parse(await created.json());
  const decided = await request.post(`/api/v1/licences/${id}/decision`, {
    headers: await authorization(request, AGENCY),
    data: { decision: 'VERIFY', reason: 'Checked against the provincial register.' },
  });
  expect(decided.status(), await decided.text()).toBe(200);
}

/**
 * A 2,000 kg NdFeB lot with Dy and Tb, auctioned, handed over, processed and reported by the
 * recycler: certified, so the rollups count it in this month.
 */
async function certifiedLot(request: APIRequestContext, seller: Account, recycler: Account) {
  const sellerHeaders = await authorization(request, seller);
  const recyclerHeaders = await authorization(request, recycler);
  const created = await request.post('/api/v1/lots', {
    headers: sellerHeaders,
    data: {
      title: `NdFeB rotor magnets for statistics ${unique('lot')}`,
      description: 'Dismantled motor rotors, magnets still bonded.',
      category: 'NDFEB_MAGNET',
      grossMassKg: '2000',
      composition: [
        { element: 'Nd', fraction: '0.228', source: 'ASSAY' },
        { element: 'Pr', fraction: '0.071', source: 'ASSAY' },
        { element: 'Dy', fraction: '0.012', source: 'ASSAY' },
        { element: 'Tb', fraction: '0.004', source: 'ASSAY' },
      ],
      location: GANZHOU,
      hazards: [],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const lot = z.object({ id: z.number(), version: z.number() }).parse(await created.json());
  const published = await request.post(`/api/v1/lots/${lot.id}/publish`, {
    headers: sellerHeaders,
    data: {
      currency: 'CNY',
      startPrice: '1000',
      minIncrement: '100',
      closesAt: new Date(Date.now() + 8_000).toISOString(),
      softCloseSeconds: 0,
      auctionType: 'ENGLISH',
      version: lot.version,
    },
  });
  expect(published.status(), await published.text()).toBe(200);
  const bid = await request.post(`/api/v1/lots/${lot.id}/bids`, {
    headers: { ...recyclerHeaders, 'Idempotency-Key': randomUUID() },
    data: { amount: '1000' },
  });
  expect(bid.status(), await bid.text()).toBe(201);
  await expect
    .poll(
      async () => {
        const current = await request.get(`/api/v1/lots/${lot.id}`, { headers: sellerHeaders });
        return z.object({ status: z.string() }).parse(await current.json()).status;
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBe('AWARDED');

  const today = new Date().toISOString().slice(0, 10);
  const steps = [
    {
      headers: sellerHeaders,
      data: {
        type: 'PICKED_UP',
        shippedKg: '2000',
        carrier: 'Gannan Hazmat Logistics',
        vehiclePlate: '赣B·7Q215',
        transportDocument: 'TD-STATS-01',
      },
    },
    { headers: recyclerHeaders, data: { type: 'DELIVERED', transportDocument: 'TD-STATS-01' } },
    {
      headers: recyclerHeaders,
      data: { type: 'RECEIVED', weighedKg: '2000', weighbridgeTicket: 'WB-STATS-01' },
    },
    {
      headers: recyclerHeaders,
      data: {
        type: 'PROCESSED',
        processRoute: 'HYDROMETALLURGY',
        startedOn: today,
        endedOn: today,
      },
    },
  ];
  for (const step of steps) {
    const recorded = await request.post(`/api/v1/lots/${lot.id}/custody`, {
      headers: step.headers,
      data: { ...step.data, at: new Date().toISOString() },
    });
    expect(recorded.status(), await recorded.text()).toBe(201);
  }
  const report = await request.post(`/api/v1/lots/${lot.id}/recovery-report`, {
    headers: recyclerHeaders,
    data: {
      processRoute: 'HYDROMETALLURGY',
      lines: Object.entries(RECOVERED).map(([element, recoveredKg]) => ({
        element,
        recoveredKg,
        productForm: 'OXIDE',
        purityPercent: '99.5',
      })),
    },
  });
  expect(report.status(), await report.text()).toBe(201);
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
  await certifiedLot(request, seller, recycler);
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
