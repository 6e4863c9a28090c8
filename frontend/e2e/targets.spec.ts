import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { z } from 'zod';
import { AGENCY, authorization, certifiedLot, grams, kgOf, verifiedLicence } from './recovery';
import { login, registerViaApi, screenshotsEverywhere, unique, type Place } from './support';

/**
 * An agency sets a dysprosium target for Fujian in the browser; a lot certified there moves its
 * progress by exactly the Dy reported, as the statistics route counts it; a recycler of the region
 * reads the target. Needs the demo agency (REEX_DEMO_DATA=true).
 */
const LONGYAN: Place = { region: 'Fujian', latitude: 25.0751, longitude: 117.0173 };
const TARGET_KG = '400';
/** Odd grams of Dy, so that a lost or rounded gram shows. */
const RECOVERED = { Nd: '398.125', Pr: '118.750', Dy: '21.347', Tb: '6.875' } as const;

const Progress = z.object({
  achievedKg: z.string(),
  shareOfTarget: z.string(),
  projectedKg: z.string().optional(),
  neededKgPerMonth: z.string().optional(),
});
const Targets = z.object({
  items: z.array(
    z
      .object({
        id: z.number(),
        region: z.string().optional(),
        element: z.string().optional(),
        progress: Progress,
      })
      .passthrough(),
  ),
});

function thisYear() {
  const now = new Date();
  const year = now.getUTCFullYear();
  return {
    year,
    from: `${year}-01`,
    to: `${year}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`,
  };
}

/** The Dy target for Fujian this year, as the API answers it to `headers`. */
async function fujianDy(request: APIRequestContext, headers: Record<string, string>) {
  const { year } = thisYear();
  const response = await request.get(`/api/v1/targets?year=${year}&region=Fujian&element=Dy`, {
    headers,
  });
  expect(response.status(), await response.text()).toBe(200);
  const items = Targets.parse(await response.json()).items;
  expect(items).toHaveLength(1);
  return items[0]!;
}

/** Recovered kg of Dy in Fujian from January to this month, from the statistics route. */
async function statsDy(request: APIRequestContext, headers: Record<string, string>) {
  const { from, to } = thisYear();
  const query = new URLSearchParams({
    from,
    to,
    groupBy: 'element',
    region: 'Fujian',
    element: 'Dy',
  });
  const response = await request.get(`/api/v1/stats/recovery?${query}`, { headers });
  expect(response.status(), await response.text()).toBe(200);
  return z.object({ totals: z.object({ recoveredKg: z.string() }) }).parse(await response.json())
    .totals.recoveredKg;
}

/** achieved / target as the API writes it: 6 decimals, half-up. */
function share(achievedKg: string, targetKg: string): string {
  const scaled = (grams(achievedKg) * 10n ** 7n) / grams(targetKg);
  const rounded = (scaled + 5n) / 10n;
  const text = rounded.toString().padStart(7, '0');
  return `${text.slice(0, -6)}.${text.slice(-6)}`;
}

/** The card's English text for a kg figure and a share. */
function shownKg(kg: string): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(Number(kg));
}
function shownPercent(fraction: string): string {
  return (Number(fraction) * 100).toFixed(1);
}

/** The page in both languages at both widths, named after this spec. */
function screenshots(page: Page, name: string): Promise<void> {
  return screenshotsEverywhere(page, `targets-${name}`);
}

test('an agency sets a Dy target for a region and sees a certified lot move its progress', async ({
  browser,
  page,
  request,
}) => {
  // Registration, a licence decision, an auction that closes, custody and a report.
  test.setTimeout(300_000);
  const { year } = thisYear();
  const agency = await authorization(request, AGENCY);

  // The agency sets the target in the browser.
  await login(page, AGENCY.email, AGENCY.password);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Recovery targets' })
    .click();
  await expect(page.getByRole('heading', { name: 'Recovery targets', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New target' }).click();
  const form = page.getByRole('form', { name: 'New recovery target' });
  await expect(form.getByRole('textbox', { name: 'Year' })).toHaveValue(String(year));
  await form.getByRole('textbox', { name: 'Region' }).fill('Fujian');
  await form.getByRole('combobox', { name: 'Element' }).selectOption('Dy');
  await form.getByRole('textbox', { name: 'Target recovered (kg, metal)' }).fill('4OO');
  await form.getByRole('button', { name: 'Set target' }).click();
  await expect(form.getByText('Enter kg with at most 3 decimals', { exact: false })).toBeVisible();
  await form.getByRole('textbox', { name: 'Target recovered (kg, metal)' }).fill(TARGET_KG);
  await form.getByRole('button', { name: 'Set target' }).click();
  await expect(form).toHaveCount(0);

  // What it shows is what the statistics count for Fujian's Dy this year.
  const card = page.getByRole('article', { name: `Dy · Dysprosium · Fujian · ${year}` });
  await expect(card).toBeVisible();
  const before = await fujianDy(request, agency);
  expect(before.progress.achievedKg).toBe(await statsDy(request, agency));
  expect(before.progress.shareOfTarget).toBe(share(before.progress.achievedKg, TARGET_KG));
  await expect(card).toContainText(
    `${shownKg(before.progress.achievedKg)} of ${shownKg(TARGET_KG)} kg recovered (${shownPercent(before.progress.shareOfTarget)} %)`,
  );

  // A lot is certified in Fujian with a known Dy recovery.
  const seller = await registerViaApi(request, 'MANUFACTURER', LONGYAN);
  const recycler = await registerViaApi(request, 'RECYCLER', LONGYAN);
  await verifiedLicence(request, recycler, 'Fujian');
  await certifiedLot(request, seller, recycler, RECOVERED, {
    title: `NdFeB motor scrap for the Fujian target ${unique('lot')}`,
    place: LONGYAN,
  });

  // The target moved by exactly the Dy reported; the page shows it after a reload.
  const after = await fujianDy(request, agency);
  expect(after.progress.achievedKg).toBe(
    kgOf(grams(before.progress.achievedKg) + grams(RECOVERED.Dy)),
  );
  expect(after.progress.achievedKg).toBe(await statsDy(request, agency));
  expect(after.progress.shareOfTarget).toBe(share(after.progress.achievedKg, TARGET_KG));
  await page.reload();
  await expect(card).toContainText(
    `${shownKg(after.progress.achievedKg)} of ${shownKg(TARGET_KG)} kg recovered (${shownPercent(after.progress.shareOfTarget)} %)`,
  );
  await expect(card.getByRole('progressbar', { name: 'Share of the kg target' })).toHaveAttribute(
    'aria-valuenow',
    String(Math.min(100, Number(after.progress.shareOfTarget) * 100)),
  );
  if (after.progress.projectedKg !== undefined) {
    await expect(card).toContainText(shownKg(after.progress.projectedKg));
  }
  await screenshots(page, 'agency');

  // The statistics behind the target: the dashboard filtered to its year, region and element.
  await card.getByRole('link', { name: 'View statistics' }).click();
  await expect(page).toHaveURL(
    new RegExp(`from=${year}-01&to=${year}-12&element=Dy&region=Fujian`),
  );
  await expect(page.getByRole('heading', { name: 'Recovery statistics', level: 1 })).toBeVisible();

  // The recycler of the region reads the same target and its progress, and cannot change it.
  const recyclerPage = await (await browser.newContext()).newPage();
  await login(recyclerPage, recycler.email, recycler.password);
  await expect(recyclerPage.getByRole('button', { name: 'Log out' })).toBeVisible();
  await recyclerPage.goto('/targets');
  const recyclerCard = recyclerPage.getByRole('article', {
    name: `Dy · Dysprosium · Fujian · ${year}`,
  });
  await expect(recyclerCard).toContainText(
    `${shownKg(after.progress.achievedKg)} of ${shownKg(TARGET_KG)} kg recovered`,
  );
  await expect(recyclerPage.getByRole('button', { name: 'New target' })).toHaveCount(0);
  await expect(recyclerCard.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await screenshots(recyclerPage, 'recycler');
});
