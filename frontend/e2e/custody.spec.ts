import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { AGENCY, authorization, awardedLot, GANZHOU, verifiedLicence } from './recovery';
import { login, registerViaApi, screenshotsEverywhere, unique } from './support';

/**
 * After the award: the seller records the pickup, the recycler the delivery, a receipt 15 % under
 * the declared mass, the processing and its recovery report; a flag is raised, the certificate's
 * PDF downloads, and its public page, opened without signing in, finds the signature valid.
 * Needs the demo agency (REEX_DEMO_DATA=true) to verify the recycler's licence.
 */
/** A shared 2-core machine can take a while to answer: wait longer than the default 10 s. */
const expect = baseExpect.configure({ timeout: 30_000 });

async function signedIn(page: Page, account: { email: string; password: string }) {
  await login(page, account.email, account.password);
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
}

/** The page in both languages at both widths, named after this spec. */
function screenshots(page: Page, name: string): Promise<void> {
  return screenshotsEverywhere(page, `custody-${name}`);
}

test('after the award, custody, recovery, a flag and a certificate anyone can verify', async ({
  browser,
  request,
}) => {
  // Registration, a licence decision, an auction that closes and eight steps in three roles.
  test.setTimeout(480_000);
  const seller = await registerViaApi(request, 'MANUFACTURER', GANZHOU);
  const recycler = await registerViaApi(request, 'RECYCLER', GANZHOU);
  await verifiedLicence(request, recycler);
  const title = `NdFeB swarf for custody ${unique('lot')}`;
  const lotId = await awardedLot(request, seller, recycler, {
    title,
    composition: [
      { element: 'Nd', fraction: '0.228', source: 'ASSAY' },
      { element: 'Pr', fraction: '0.071', source: 'ASSAY' },
      { element: 'Dy', fraction: '0.012', source: 'ASSAY' },
    ],
  });

  // The seller hands the lot over.
  const sellerPage = await (await browser.newContext()).newPage();
  await signedIn(sellerPage, seller);
  await sellerPage.goto(`/lots/${lotId}`);
  await expect(sellerPage.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const custody = sellerPage.getByRole('region', { name: 'Chain of custody' });
  await expect(custody).toContainText('Nothing recorded yet');
  const pickup = sellerPage.getByRole('form', { name: 'Record the pickup' });
  await pickup.getByRole('textbox', { name: 'Shipped gross mass (kg)' }).fill('2000');
  await pickup.getByRole('textbox', { name: 'Carrier' }).fill('Gannan Hazmat Logistics');
  await pickup.getByRole('textbox', { name: 'Vehicle plate' }).fill('赣B·7Q215');
  await pickup.getByRole('textbox', { name: 'Transport document no.' }).fill('TD-2026-1206-01');
  await screenshots(sellerPage, 'pickup-form');
  await pickup.getByRole('button', { name: 'Record pickup' }).click();
  await expect(custody.getByRole('heading', { name: '1. Picked up' })).toBeVisible();
  await expect(custody.getByRole('status')).toHaveText('Chain verified · 1 event');
  await expect(custody).toContainText('Next: the winning recycler records “Delivered”.');
  await expect(sellerPage.getByRole('form')).toHaveCount(0);

  // The recycler takes delivery, weighs 15 % under the declared 2,000 kg and processes it.
  const recyclerPage = await (await browser.newContext()).newPage();
  await signedIn(recyclerPage, recycler);
  await recyclerPage.goto(`/lots/${lotId}`);
  const delivery = recyclerPage.getByRole('form', { name: 'Record the delivery' });
  await expect(delivery.getByRole('textbox', { name: 'Transport document no.' })).toHaveValue(
    'TD-2026-1206-01',
  );
  await delivery.getByRole('button', { name: 'Record delivery' }).click();

  const receipt = recyclerPage.getByRole('form', { name: 'Record the receipt' });
  await receipt.getByRole('textbox', { name: 'Weighed at the gate (kg)' }).fill('1700');
  await receipt.getByRole('textbox', { name: 'Weighbridge ticket no.' }).fill('WB-GZ-88213');
  await receipt.getByRole('button', { name: 'Record receipt' }).click();

  const processing = recyclerPage.getByRole('form', { name: 'Record the processing' });
  await processing
    .getByRole('combobox', { name: 'Process route' })
    .selectOption({ label: 'Hydrometallurgy' });
  await screenshots(recyclerPage, 'processing-form');
  await processing.getByRole('button', { name: 'Record processing' }).click();

  const recyclerCustody = recyclerPage.getByRole('region', { name: 'Chain of custody' });
  await expect(recyclerCustody.getByRole('heading', { name: '4. Processed' })).toBeVisible();
  await expect(recyclerCustody.getByRole('status')).toHaveText('Chain verified · 4 events');
  await expect(recyclerCustody).toContainText('1,700 kg');

  // The recovery report: rates as typed, then submitted.
  const report = recyclerPage.getByRole('form', { name: 'Report the recovery' });
  const fill = async (element: string, kg: string, purity: string) => {
    await report.getByRole('textbox', { name: `Recovered kg of ${element}` }).fill(kg);
    await report.getByRole('textbox', { name: `Purity of ${element}` }).fill(purity);
  };
  await fill('Nd · Neodymium', '380.5', '99.5');
  await fill('Pr · Praseodymium', '120', '99.2');
  await fill('Dy · Dysprosium', '20.25', '99');
  await expect(report.getByLabel('Recovery rate of Nd · Neodymium')).toHaveText('83.44 %');
  await expect(report.getByLabel('Recovery rate of Dy · Dysprosium')).toHaveText('84.38 %');
  await screenshots(recyclerPage, 'report-form');
  await report.getByRole('button', { name: 'Submit report' }).click();

  const reportView = recyclerPage.getByRole('region', { name: 'Recovery report' });
  await expect(reportView.getByRole('table', { name: 'Recovery by element' })).toContainText(
    '380.500 kg',
  );
  const certificate = recyclerPage.getByRole('region', { name: 'Certificate of recycling' });
  await expect(certificate).toBeVisible();
  await expect(recyclerPage.getByText('Certified', { exact: true }).first()).toBeVisible();

  // The certificate's PDF downloads, in English and in Chinese.
  for (const [label, language] of [
    ['PDF (English)', 'en'],
    ['PDF (Chinese)', 'zh'],
  ] as const) {
    const download = recyclerPage.waitForEvent('download');
    await certificate.getByRole('link', { name: label }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`-${language}\\.pdf$`));
    const path = await file.path();
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }
  await screenshots(recyclerPage, 'certified-recycler');

  // The mass received 15 % under the declared mass is flagged; the seller sees it on the lot.
  await sellerPage.reload();
  const flags = sellerPage.getByRole('region', { name: 'Flags' });
  await expect(
    flags.getByRole('heading', { name: 'Received mass off the declared mass' }),
  ).toBeVisible();
  await expect(flags).toContainText('Received 1,700 kg against 2,000 kg declared');
  await screenshots(sellerPage, 'certified-seller');

  // An agency finds it in its inbox.
  const agencyPage = await (await browser.newContext()).newPage();
  await signedIn(agencyPage, AGENCY);
  await agencyPage.getByRole('navigation').getByRole('link', { name: 'Flags' }).click();
  await agencyPage
    .getByRole('combobox', { name: 'Rule' })
    .selectOption({ label: 'Received mass off the declared mass' });
  const inboxItem = agencyPage
    .getByRole('article')
    .filter({ has: agencyPage.getByRole('link', { name: new RegExp(title) }) });
  await expect(inboxItem).toBeVisible();
  await screenshots(agencyPage, 'flag-inbox');

  // The public page, in a fresh browser without any sign-in, finds the signature valid.
  const lotResponse = await request.get(`/api/v1/lots/${lotId}`, {
    headers: await authorization(request, seller),
  });
  const { certificateCode } = z
    .object({ certificateCode: z.string() })
    .parse(await lotResponse.json());
  const publicContext = await browser.newContext();
  const publicPage = await publicContext.newPage();
  await publicPage.goto(`/verify/${certificateCode}`);
  await expect(publicPage.getByText('Signature valid', { exact: true })).toBeVisible();
  await expect(
    publicPage.getByRole('heading', { name: 'Certificate of recycling', level: 1 }),
  ).toBeVisible();
  await expect(publicPage.getByText('Chain verified · 4 events')).toBeVisible();
  await expect(publicPage.getByRole('table', { name: 'Recovered elements' })).toContainText(
    '380.500 kg',
  );
  expect(await publicPage.evaluate(() => window.localStorage.getItem('reex.session'))).toBeNull();
  await screenshots(publicPage, 'verify-public');
});
