import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { z } from 'zod';
import { login, unique } from './support';

/**
 * Trading through the API and the demo's accounts, for browser tests about what people see around
 * an auction. Needs the server's demo data (REEX_DEMO_DATA=true): two recyclers whose verified
 * NdFeB licences reach Baotou, and the Baotou manufacturer.
 */
export const DEMO_PASSWORD = 'reex-demo-2026';
export const SELLER = 'ops@baotou-magnetics.example';
export const RECYCLER_A = 'ops@ganzhou-recycling.example';
export const RECYCLER_B = 'ops@longyan-recovery.example';
export const AGENCY = 'inspector@reex-agency.example';
export const HIDE_TOASTS = '.mantine-Notifications-root { display: none !important; }';

export async function tokenOf(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const response = await request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return z.object({ accessToken: z.string() }).parse(await response.json()).accessToken;
}

/** An NdFeB lot at Baotou in an English auction from 1,000 CNY by 100, closing `closesInSeconds` from now. */
export async function publishLot(request: APIRequestContext, closesInSeconds: number) {
  const headers = { Authorization: `Bearer ${await tokenOf(request, SELLER)}` };
  const title = `Sintered NdFeB offcuts ${unique('bids')}`;
  const created = await request.post('/api/v1/lots', {
    headers,
    data: {
      title,
      description: 'Offcuts from sintering, in sealed drums.',
      category: 'NDFEB_MAGNET',
      grossMassKg: '1500',
      composition: [
        { element: 'Nd', fraction: '0.228', source: 'TYPICAL' },
        { element: 'Pr', fraction: '0.071', source: 'TYPICAL' },
      ],
      location: { region: 'Baotou', latitude: 40.6574, longitude: 109.8403 },
      hazards: [],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const lot = z.object({ id: z.number(), version: z.number() }).parse(await created.json());
  const published = await request.post(`/api/v1/lots/${lot.id}/publish`, {
    headers,
    data: {
      currency: 'CNY',
      startPrice: '1000',
      reservePrice: '1100',
      minIncrement: '100',
      closesAt: new Date(Date.now() + closesInSeconds * 1000).toISOString(),
      softCloseSeconds: 0,
      auctionType: 'ENGLISH',
      version: lot.version,
    },
  });
  expect(published.status(), await published.text()).toBe(200);
  return { id: lot.id, title };
}

export async function bidViaApi(
  request: APIRequestContext,
  email: string,
  lotId: number,
  amount: string,
) {
  const response = await request.post(`/api/v1/lots/${lotId}/bids`, {
    headers: {
      Authorization: `Bearer ${await tokenOf(request, email)}`,
      'Idempotency-Key': unique('e2e-bid'),
    },
    data: { amount },
  });
  expect(response.status(), await response.text()).toBe(201);
}

export async function signedIn(
  browser: Browser,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email, password);
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  return page;
}

export async function useLanguage(page: Page, code: 'en' | 'zh-CN'): Promise<void> {
  await page.evaluate((language) => window.localStorage.setItem('reex.language', language), code);
  await page.reload();
}
