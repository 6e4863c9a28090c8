import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { admin, login } from './support';
import { AGENCY, DEMO_PASSWORD, RECYCLER_A, SELLER, useLanguage } from './trading';

/**
 * Issue 14 §1: axe finds no serious or critical WCAG 2.2 AA violation on any page, for any role,
 * in English or Chinese. Needs the demo data (REEX_DEMO_DATA=true), whose lists are not empty.
 */

const LANGUAGES = ['en', 'zh-CN'] as const;

/** Each role's navigation, its forms, and a detail page reached from a list. */
const ROLES = [
  {
    role: 'manufacturer',
    email: SELLER,
    password: DEMO_PASSWORD,
    pages: [
      '/manufacturer',
      '/lots/mine',
      '/lots/new',
      '/recovery',
      '/targets',
      '/marketplace',
      '/prices',
    ],
    details: [{ from: '/lots/mine', link: /^\/lots\/\d+$/ }],
  },
  {
    role: 'recycler',
    email: RECYCLER_A,
    password: DEMO_PASSWORD,
    pages: [
      '/recycler',
      '/licences',
      '/licences/new',
      '/matches',
      '/recovery',
      '/my-bids',
      '/monthly-reports',
      '/monthly-reports/file',
      '/targets',
      '/marketplace',
      '/prices',
    ],
    details: [
      { from: '/licences', link: /^\/licences\/\d+$/ },
      { from: '/marketplace', link: /^\/lots\/\d+$/ },
      { from: '/monthly-reports', link: /^\/monthly-reports\/\d+$/ },
    ],
  },
  {
    role: 'agency',
    email: AGENCY,
    password: DEMO_PASSWORD,
    pages: [
      '/agency',
      '/licences/review',
      '/stats',
      '/targets',
      '/monthly-reports',
      '/flags',
      '/tips',
      '/marketplace',
      '/prices',
    ],
    details: [{ from: '/tips', link: /^\/tips\/\d+$/ }],
  },
  {
    role: 'admin',
    email: admin.email,
    password: admin.password,
    pages: ['/admin', '/marketplace', '/prices'],
    details: [],
  },
] as const;

/** A tip through the public tip line, so that the agency's inbox has one to open. */
async function fileTip(request: APIRequestContext): Promise<void> {
  const response = await request.post('/api/v1/tips', {
    multipart: {
      about: 'OTHER',
      subject: 'Unlabelled drums of magnet swarf',
      description: 'Drums of NdFeB swarf stored in the open behind the warehouse.',
      place: 'Baotou, Inner Mongolia',
      observedAt: new Date(Date.now() - 86_400_000).toISOString(),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** The page has drawn its heading and nothing on it is still loading. */
async function settled(page: Page, path: string): Promise<void> {
  await expect.poll(() => new URL(page.url()).pathname, `${path} should not redirect`).toBe(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // The agency's dashboard asks for a dozen aggregates: on a busy machine they take a while.
  await expect(page.locator('.mantine-Loader-root, .mantine-Skeleton-root')).toHaveCount(0, {
    timeout: 30_000,
  });
}

async function check(page: Page, path: string, language: string): Promise<void> {
  await page.goto(path);
  await settled(page, path);
  await expectAccessible(page, `${path} in ${language}`);
}

for (const account of ROLES) {
  test(`every page a ${account.role} can open passes axe, in English and Chinese`, async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    if (account.role === 'agency') await fileTip(request);
    await login(page, account.email, account.password);
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    for (const language of LANGUAGES) {
      await useLanguage(page, language);
      for (const path of account.pages) await check(page, path, language);
      for (const detail of account.details) {
        await page.goto(detail.from);
        await settled(page, detail.from);
        const hrefs = await page
          .locator('main a[href]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        const href = hrefs.find((candidate) => detail.link.test(candidate));
        expect(href, `a link like ${detail.link} on ${detail.from}`).toBeDefined();
        await check(page, href!, language);
      }
    }
  });
}

test('the public pages pass axe, in English and Chinese', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/login');
  for (const language of LANGUAGES) {
    await useLanguage(page, language);
    for (const path of ['/login', '/register', '/report', '/report/status']) {
      await check(page, path, language);
    }
  }
});
