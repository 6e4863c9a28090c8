import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { z } from 'zod';
import { login, logout, registerViaApi, screenshot, unique, type Account } from './support';

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

function compositionRow(page: Page, element: string) {
  return page
    .getByRole('table', { name: 'Declared composition' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: element }) });
}

test('a manufacturer lists a lot from the typical NdFeB composition and a recycler finds it by Dy', async ({
  page,
  request,
}) => {
  const manufacturer = await registerViaApi(request, 'MANUFACTURER');
  const recycler = await registerViaApi(request, 'RECYCLER');
  const title = `Sintered NdFeB offcuts ${unique('lot')}`;

  await login(page, manufacturer.email, manufacturer.password);
  await page.getByRole('navigation').getByRole('link', { name: 'My lots' }).click();
  await expect(page.getByRole('heading', { name: 'My lots', level: 1 })).toBeVisible();
  await expect(page.getByText('You have not listed any lots yet.')).toBeVisible();
  await page.getByRole('link', { name: 'New lot' }).click();

  const form = page.getByRole('form', { name: 'New lot' });
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await form
    .getByRole('textbox', { name: 'Description', exact: true })
    .fill('Grinding offcuts, nickel coated, in sealed drums.');
  const typical = form.getByRole('button', { name: 'Start from typical composition' });
  await expect(typical).toBeDisabled();
  await form
    .getByRole('combobox', { name: 'Waste category' })
    .selectOption({ label: 'NdFeB magnets' });
  await expect(form.getByRole('checkbox', { name: 'Pyrophoric dust' })).toBeChecked();
  await form.getByRole('textbox', { name: 'Gross mass', exact: true }).fill('1000');
  await expect(form.getByRole('textbox', { name: 'Region', exact: true })).toHaveValue('Jiangxi');
  await typical.click();

  const editor = form.getByRole('table', { name: 'Declared composition' });
  await expect(form.getByRole('combobox', { name: 'Element, row 1' })).toHaveValue('Nd');
  await expect(form.getByRole('textbox', { name: 'Fraction, row 1' })).toHaveValue('0.228000');
  await expect(form.getByRole('combobox', { name: 'Source, row 1' })).toHaveValue('TYPICAL');
  await expect(editor.getByRole('row').nth(1)).toContainText('228.000 kg');
  await expect(editor.getByRole('row').nth(1)).toContainText('265.939 kg');
  await screenshot(page, 'lot-form');
  await form.getByRole('button', { name: 'Create draft' }).click();

  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  const editForm = page.getByRole('form', { name: 'Edit draft lot' });
  const dyFraction = editForm.getByRole('textbox', { name: 'Fraction, row 3' });
  await expect(editForm.getByRole('combobox', { name: 'Element, row 3' })).toHaveValue('Dy');
  await dyFraction.fill('0.015');
  await editForm.getByRole('combobox', { name: 'Source, row 3' }).selectOption('ASSAY');
  await expect(editForm.getByRole('table', { name: 'Declared composition' })).toContainText(
    '15.000 kg',
  );
  await screenshot(page, 'lot-edit');
  await editForm.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(compositionRow(page, 'Dy · Dysprosium')).toContainText('1.5 %');
  await expect(compositionRow(page, 'Dy · Dysprosium')).toContainText('Assay');

  const upload = page.getByRole('form', { name: 'Upload a document' });
  await upload.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Assay certificate' });
  const chooser = page.waitForEvent('filechooser');
  await upload.getByRole('button', { name: 'File' }).click();
  await (
    await chooser
  ).setFiles({ name: 'assay-2026-11.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
  await upload.getByRole('button', { name: 'Upload' }).click();
  const documents = page.getByRole('list', { name: 'Documents' });
  await expect(documents.getByText('assay-2026-11.pdf')).toBeVisible();
  await expect(documents.getByText(/SHA-256 [0-9a-f]{12}…/)).toBeVisible();
  await expect(documents.getByRole('button', { name: 'Download assay-2026-11.pdf' })).toBeVisible();

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const publish = page.getByRole('form', { name: 'Publish the lot' });
  await expect(publish.getByRole('combobox', { name: 'Currency' })).toHaveValue('CNY');
  await publish.getByRole('textbox', { name: 'Start price', exact: true }).fill('50000');
  await publish.getByRole('textbox', { name: 'Reserve price', exact: true }).fill('60000');
  await publish.getByRole('textbox', { name: 'Minimum increment', exact: true }).fill('500');
  await screenshot(page, 'lot-publish-dialog');
  await publish.getByRole('button', { name: 'Publish lot' }).click();

  await expect(publish).toBeHidden();
  // The lot's own status badge heads the page; the live bidding panel below shows the auction's.
  await expect(page.getByRole('main').getByText('Open', { exact: true }).first()).toBeVisible();
  const auction = page.getByRole('region', { name: 'Auction', exact: true });
  await expect(auction).toContainText('50,000.00 CNY');
  await expect(auction).toContainText('60,000.00 CNY');
  await screenshot(page, 'lot-detail-seller');

  await page.getByRole('navigation').getByRole('link', { name: 'My lots' }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await screenshot(page, 'my-lots');

  await logout(page);
  await login(page, recycler.email, recycler.password);
  await page.getByRole('navigation').getByRole('link', { name: 'Marketplace' }).click();
  await expect(page.getByRole('heading', { name: 'Marketplace', level: 1 })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Filter lots' });
  await filters.getByRole('combobox', { name: 'Contains element' }).selectOption('Dy');
  await filters.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Newest' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]element=Dy(&|$)/);
  await expect(page).toHaveURL(/[?&]sort=NEWEST(&|$)/);
  const results = page.getByRole('table', { name: 'Lots' });
  await expect(results.getByRole('link', { name: title })).toBeVisible();
  await screenshot(page, 'marketplace');

  await page.reload();
  await expect(
    page
      .getByRole('form', { name: 'Filter lots' })
      .getByRole('combobox', { name: 'Contains element' }),
  ).toHaveValue('Dy');
  await page.getByRole('table', { name: 'Lots' }).getByRole('link', { name: title }).click();

  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const composition = page.getByRole('table', { name: 'Declared composition' });
  await expect(composition.getByRole('columnheader', { name: 'Contained (oxide)' })).toBeVisible();
  await expect(compositionRow(page, 'Nd · Neodymium')).toContainText('22.8 %');
  await expect(compositionRow(page, 'Nd · Neodymium')).toContainText('228.000 kg');
  await expect(compositionRow(page, 'Dy · Dysprosium')).toContainText('15.000 kg');
  await expect(page.getByRole('region', { name: 'Auction', exact: true })).not.toContainText(
    '60,000.00',
  );
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeHidden();
  await screenshot(page, 'lot-detail-recycler');

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('table', { name: '申报成分' })).toBeVisible();
  await expect(page.getByText('钕铁硼磁体')).toBeVisible();
  await screenshot(page, 'lot-detail-zh');
  await page.getByRole('navigation').getByRole('link', { name: '交易市场' }).click();
  await expect(page.getByRole('heading', { name: '交易市场', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: '批次' }).getByRole('link').first()).toBeVisible();
  await screenshot(page, 'marketplace-zh');
});

test('a lot that is not there, or a draft of another organization, is "not found"', async ({
  page,
  request,
}) => {
  const manufacturer = await registerViaApi(request, 'MANUFACTURER');
  const recycler = await registerViaApi(request, 'RECYCLER');
  const draftId = await createDraftViaApi(request, manufacturer);

  await login(page, recycler.email, recycler.password);
  await expect(page.getByRole('heading', { name: 'Recycler home', level: 1 })).toBeVisible();
  await page.goto(`/lots/${draftId}`);
  await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
  await page.goto('/lots/999999999');
  await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
});

async function createDraftViaApi(request: APIRequestContext, account: Account): Promise<number> {
  const signIn = await request.post('/api/v1/auth/login', {
    data: { email: account.email, password: account.password },
  });
  const { accessToken } = z.object({ accessToken: z.string() }).parse(await signIn.json());
  const response = await request.post('/api/v1/lots', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: {
      title: 'Private draft',
      category: 'NDFEB_MAGNET',
      grossMassKg: '100.000',
      useTypicalComposition: true,
      location: { region: 'Jiangxi', latitude: 25.8311, longitude: 114.9336 },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return z.object({ id: z.number() }).parse(await response.json()).id;
}
