import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { unique, type Account, type Place } from './support';

/**
 * The after-award record through the API, for browser tests whose subject is what people see of
 * it: a verified licence, an awarded lot, a certified lot with known recoveries, and exact kg sums.
 * Needs the demo agency (REEX_DEMO_DATA=true) to verify licences.
 */
export const AGENCY = { email: 'inspector@reex-agency.example', password: 'reex-demo-2026' };
export const GANZHOU: Place = { region: 'Jiangxi', latitude: 25.8311, longitude: 114.9336 };

type Credentials = { email: string; password: string };
type Composition = { element: string; fraction: string; source: 'ASSAY' | 'TYPICAL' }[];

/** Signs in through the API: the header that authorizes the account's requests. */
export async function authorization(request: APIRequestContext, account: Credentials) {
  const response = await request.post('/api/v1/auth/login', {
    data: { email: account.email, password: account.password },
  });
  expect(response.status(), await response.text()).toBe(200);
  const token = z.object({ accessToken: z.string() }).parse(await response.json()).accessToken;
  return { Authorization: `Bearer ${token}` };
}

/** Exact kg with up to 3 decimals as integer grams, for sums compared to the gram. */
export function grams(kg: string): bigint {
  const [whole = '0', fraction = ''] = kg.split('.');
  return BigInt(whole + fraction.padEnd(3, '0').slice(0, 3));
}

/** Integer grams back to kg with 3 decimals, as the API writes them. */
export function kgOf(grams: bigint): string {
  const text = grams.toString().padStart(4, '0');
  return `${text.slice(0, -3)}.${text.slice(-3)}`;
}

/** The recycler's NdFeB licence for `regionServed`, verified by the demo agency. */
export async function verifiedLicence(
  request: APIRequestContext,
  recycler: Account,
  regionServed = 'Jiangxi',
): Promise<void> {
  const now = Date.now();
  const created = await request.post('/api/v1/licences', {
    headers: await authorization(request, recycler),
    data: {
      number: `LIC-${unique('lic')}`.toUpperCase(),
      issuingAuthority: `${regionServed} Department of Ecology and Environment`,
      capacities: [{ category: 'NDFEB_MAGNET', tonnesPerYear: '5000' }],
      regionServed,
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

export type LotOptions = {
  title?: string;
  place?: Place;
  composition?: Composition;
};

const NDFEB: Composition = [
  { element: 'Nd', fraction: '0.228', source: 'ASSAY' },
  { element: 'Pr', fraction: '0.071', source: 'ASSAY' },
  { element: 'Dy', fraction: '0.012', source: 'ASSAY' },
  { element: 'Tb', fraction: '0.004', source: 'ASSAY' },
];

/**
 * A 2,000 kg NdFeB lot published for an auction that closes a few seconds out, one bid at the
 * start price from the recycler, and the award awaited (with a deadline). Answers the lot's id.
 */
export async function awardedLot(
  request: APIRequestContext,
  seller: Account,
  recycler: Account,
  { title = `NdFeB swarf ${unique('lot')}`, place = GANZHOU, composition = NDFEB }: LotOptions = {},
): Promise<number> {
  const sellerHeaders = await authorization(request, seller);
  const recyclerHeaders = await authorization(request, recycler);
  const created = await request.post('/api/v1/lots', {
    headers: sellerHeaders,
    data: {
      title,
      description: 'Grinding swarf under oil, in sealed drums.',
      category: 'NDFEB_MAGNET',
      grossMassKg: '2000',
      composition,
      location: place,
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
  return lot.id;
}

/**
 * An awarded lot handed over, weighed at its declared 2,000 kg, processed today and reported with
 * `recovered` kg per element: certified, so the statistics count it in this month. Answers its id.
 */
export async function certifiedLot(
  request: APIRequestContext,
  seller: Account,
  recycler: Account,
  recovered: Record<string, string>,
  options: LotOptions = {},
): Promise<number> {
  const lotId = await awardedLot(request, seller, recycler, options);
  const sellerHeaders = await authorization(request, seller);
  const recyclerHeaders = await authorization(request, recycler);
  const today = new Date().toISOString().slice(0, 10);
  const document = `TD-${unique('td')}`;
  const steps = [
    {
      headers: sellerHeaders,
      data: {
        type: 'PICKED_UP',
        shippedKg: '2000',
        carrier: 'Gannan Hazmat Logistics',
        vehiclePlate: '赣B·7Q215',
        transportDocument: document,
      },
    },
    { headers: recyclerHeaders, data: { type: 'DELIVERED', transportDocument: document } },
    {
      headers: recyclerHeaders,
      data: { type: 'RECEIVED', weighedKg: '2000', weighbridgeTicket: `WB-${unique('wb')}` },
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
    const recorded = await request.post(`/api/v1/lots/${lotId}/custody`, {
      headers: step.headers,
      data: { ...step.data, at: new Date().toISOString() },
    });
    expect(recorded.status(), await recorded.text()).toBe(201);
  }
  const report = await request.post(`/api/v1/lots/${lotId}/recovery-report`, {
    headers: recyclerHeaders,
    data: {
      processRoute: 'HYDROMETALLURGY',
      lines: Object.entries(recovered).map(([element, recoveredKg]) => ({
        element,
        recoveredKg,
        productForm: 'OXIDE',
        purityPercent: '99.5',
      })),
    },
  });
  expect(report.status(), await report.text()).toBe(201);
  return lotId;
}
