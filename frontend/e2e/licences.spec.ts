import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { z } from 'zod';
import {
  login,
  logout,
  registerViaApi,
  screenshot,
  unique,
  type Account,
  type Place,
} from './support';

/** The demo agency's inspector (the e2e server runs with REEX_DEMO_DATA=true). */
const inspector = { email: 'inspector@reex-agency.example', password: 'reex-demo-2026' };

/** The recycler's yard, 14 km from the lot: well within its 800 km haul. */
const NEAR_BAOTOU: Place = { region: 'Baotou', latitude: 40.6, longitude: 110.0 };
const BAOTOU: Place = { region: 'Baotou', latitude: 40.6574, longitude: 109.8403 };

/** The smallest PDF the server's sniffing accepts: a header, one empty page, a trailer. */
function tinyPdf(): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
  );
}

/** A `date` input's value a year from today. */
function nextYear(): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 1);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function tokenOf(request: APIRequestContext, account: Account): Promise<string> {
  const response = await request.post('/api/v1/auth/login', {
    data: { email: account.email, password: account.password },
  });
  expect(response.status(), await response.text()).toBe(200);
  return z.object({ accessToken: z.string() }).parse(await response.json()).accessToken;
}

/** Lists and publishes an NdFeB lot at Baotou through the API: the journey's subject is matching. */
async function publishNdFeBLot(
  request: APIRequestContext,
  seller: Account,
  title: string,
): Promise<number> {
  const headers = { Authorization: `Bearer ${await tokenOf(request, seller)}` };
  const created = await request.post('/api/v1/lots', {
    headers,
    data: {
      title,
      category: 'NDFEB_MAGNET',
      grossMassKg: '2400.000',
      useTypicalComposition: true,
      location: BAOTOU,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const lot = z.object({ id: z.number(), version: z.number() }).parse(await created.json());
  const closesAt = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const published = await request.post(`/api/v1/lots/${lot.id}/publish`, {
    headers,
    data: {
      currency: 'CNY',
      startPrice: '50000',
      minIncrement: '500',
      closesAt: closesAt.toISOString(),
      softCloseSeconds: 300,
      auctionType: 'ENGLISH',
      version: lot.version,
    },
  });
  expect(published.status(), await published.text()).toBe(200);
  return lot.id;
}

function nav(page: Page, name: string) {
  return page.getByRole('navigation').getByRole('link', { name, exact: true });
}

test('a recycler’s licence is verified by an agency and the recycler is matched to a nearby NdFeB lot', async ({
  page,
  request,
}) => {
  // Four sign-ins and three roles: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const recycler = await registerViaApi(request, 'RECYCLER', NEAR_BAOTOU);
  const manufacturer = await registerViaApi(request, 'MANUFACTURER', BAOTOU);
  const licenceNumber = `NM-BT-${unique('lic')}`.toUpperCase();
  const lotTitle = `NdFeB swarf near Baotou ${unique('lot')}`;

  // The recycler submits its licence.
  await login(page, recycler.email, recycler.password);
  await nav(page, 'Licences').click();
  await expect(page.getByRole('heading', { name: 'Licences', level: 1 })).toBeVisible();
  await expect(page.getByText('You have not submitted any licences yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Submit a licence' }).click();

  const form = page.getByRole('form', { name: 'Submit a licence' });
  await form.getByRole('textbox', { name: 'Licence number' }).fill(licenceNumber);
  await form
    .getByRole('textbox', { name: 'Issuing authority' })
    .fill('Inner Mongolia Department of Ecology and Environment');
  await form.getByRole('textbox', { name: 'Discharge permit number' }).fill('91150200MA0NBT0800');
  await form.getByLabel(/^Valid until/).fill(nextYear());
  await form
    .getByRole('combobox', { name: 'Category, row 1' })
    .selectOption({ label: 'NdFeB magnets' });
  await form.getByRole('button', { name: 'Add category' }).click();
  await form
    .getByRole('combobox', { name: 'Category, row 2' })
    .selectOption({ label: 'NdFeB magnets' });
  await form.getByRole('textbox', { name: 'Region served' }).fill('Inner Mongolia and Shanxi');
  await form.getByRole('textbox', { name: 'Maximum haul distance (km)' }).fill('800');
  await form.getByRole('button', { name: 'Submit for verification' }).click();
  await expect(
    form.getByRole('textbox', { name: 'Tonnes per year, row 1' }),
  ).toHaveAccessibleDescription('Required');
  await expect(form.getByRole('combobox', { name: 'Category, row 2' })).toHaveAccessibleDescription(
    'This category is already listed',
  );
  await screenshot(page, 'licence-form');
  await form.getByRole('button', { name: 'Remove row 2' }).click();
  await form.getByRole('textbox', { name: 'Tonnes per year, row 1' }).fill('500');
  await form.getByRole('button', { name: 'Submit for verification' }).click();

  await expect(page.getByRole('heading', { name: licenceNumber, level: 1 })).toBeVisible();
  await expect(page.getByText('Pending', { exact: true })).toBeVisible();
  const capacities = page.getByRole('table', { name: 'Categories and capacities' });
  await expect(capacities.getByRole('row', { name: /NdFeB magnets/ })).toContainText('500 t/yr');
  await expect(page.getByText('No decision yet: an agency will review the licence.')).toBeVisible();

  const upload = page.getByRole('form', { name: 'Upload the licence document' });
  const chooser = page.waitForEvent('filechooser');
  await upload.getByRole('button', { name: 'Licence PDF' }).click();
  await (
    await chooser
  ).setFiles({ name: 'licence.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
  await upload.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByText('The licence PDF is attached.')).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Download the document of licence ${licenceNumber}` }),
  ).toBeVisible();
  await screenshot(page, 'licence-detail-pending');

  await nav(page, 'Licences').click();
  await expect(
    page.getByRole('table', { name: 'Licences' }).getByRole('link', { name: licenceNumber }),
  ).toBeVisible();
  await screenshot(page, 'licences');
  await logout(page);

  // The agency verifies it from the review queue.
  await login(page, inspector.email, inspector.password);
  await nav(page, 'Licence review').click();
  await expect(page.getByRole('heading', { name: 'Licence review', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Pending' })).toHaveAttribute('aria-selected', 'true');
  const row = page
    .getByRole('table', { name: 'Licences to review' })
    .getByRole('row')
    .filter({ hasText: licenceNumber });
  await expect(row).toContainText(recycler.organizationName);
  await expect(row).toContainText('NdFeB magnets');
  await expect(
    row.getByRole('button', { name: `Download the document of licence ${licenceNumber}` }),
  ).toBeVisible();
  await screenshot(page, 'licence-review');
  await row.getByRole('button', { name: `Review licence ${licenceNumber}` }).click();

  const drawer = page.getByRole('dialog', { name: 'Review a licence' });
  await expect(drawer.getByRole('heading', { name: licenceNumber })).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Suspend' })).toBeHidden();
  await expect(drawer.getByRole('button', { name: 'Reinstate' })).toBeHidden();
  await drawer.getByRole('button', { name: 'Reject' }).click();
  await expect(drawer.getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(
    /Give a reason to reject or suspend a licence/,
  );
  await screenshot(page, 'licence-review-drawer');
  await drawer
    .getByRole('textbox', { name: 'Reason' })
    .fill('Checked against the Inner Mongolia permit register.');
  await drawer.getByRole('button', { name: 'Verify' }).click();
  await expect(drawer.getByText('Verified', { exact: true }).first()).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Suspend' })).toBeVisible();
  const history = drawer.getByRole('list', { name: 'Decision history' });
  await expect(history).toContainText('Pending → Verified');
  await expect(history).toContainText('Checked against the Inner Mongolia permit register.');
  await screenshot(page, 'licence-review-verified');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await logout(page);

  // A manufacturer lists an NdFeB lot at Baotou.
  const lotId = await publishNdFeBLot(request, manufacturer, lotTitle);

  // The recycler is told, and finds the lot in its matched lots.
  await login(page, recycler.email, recycler.password);
  const bell = page.getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ });
  await expect(bell).toBeVisible({ timeout: 30_000 });
  await bell.click();
  const popover = page.getByRole('dialog', { name: 'Notifications' });
  await expect(popover.getByText(`Your licence ${licenceNumber} was verified`)).toBeVisible();
  const matched = popover.getByRole('button', {
    name: `Unread: A new lot matches your licence: “${lotTitle}”`,
  });
  await expect(matched).toBeVisible();
  await screenshot(page, 'notifications');
  await matched.click();
  await expect(page).toHaveURL(new RegExp(`/lots/${lotId}$`));
  await expect(page.getByRole('heading', { name: lotTitle, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Matched recyclers' })).toBeHidden();

  await nav(page, 'Licences').click();
  await page.getByRole('link', { name: licenceNumber }).click();
  const decisions = page.getByRole('list', { name: 'Decision history' });
  await expect(decisions.getByRole('listitem')).toHaveCount(1);
  await expect(decisions).toContainText('Pending → Verified');
  await expect(decisions).toContainText('By Inspector');
  await screenshot(page, 'licence-detail-verified');

  await nav(page, 'Matched lots').click();
  await expect(page.getByRole('heading', { name: 'Matched lots', level: 1 })).toBeVisible();
  const inbox = page.getByRole('table', { name: 'Matched lots' });
  const lotRow = inbox.getByRole('row').filter({ has: page.getByRole('link', { name: lotTitle }) });
  await expect(lotRow).toContainText('NdFeB magnets');
  await expect(lotRow).toContainText('2,400 kg');
  await expect(lotRow).toContainText(/\d+(\.\d)? km away/);
  await expect(lotRow.getByRole('progressbar')).toBeVisible();
  await screenshot(page, 'matched-lots');

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '匹配批次', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: '匹配批次' })).toContainText('钕铁硼磁体');
  await screenshot(page, 'matched-lots-zh');
  await nav(page, '许可证').click();
  await expect(page.getByRole('table', { name: '许可证' })).toContainText('已核验');
  await screenshot(page, 'licences-zh');
  await page.getByRole('button', { name: 'EN' }).click();
  await logout(page);

  // The manufacturer sees the recycler ranked, with the reasons in words.
  await login(page, manufacturer.email, manufacturer.password);
  await expect(page.getByRole('heading', { name: 'Manufacturer home', level: 1 })).toBeVisible();
  await page.goto(`/lots/${lotId}`);
  const matches = page.getByRole('region', { name: 'Matched recyclers' });
  const match = matches.getByRole('listitem', { name: recycler.organizationName });
  await expect(match).toBeVisible();
  await expect(match).toContainText(`licence ${licenceNumber}`);
  await expect(match).toContainText(/\d+(\.\d)? km away, within the maximum haul of 800 km/);
  await expect(match).toContainText('500 t of 500 t capacity left this year');
  await expect(match).toContainText(/recovery rate \d+(\.\d)? % for Neodymium/);
  await expect(match.getByRole('progressbar')).toBeVisible();
  await matches.scrollIntoViewIfNeeded();
  await screenshot(page, 'lot-matches');
});
