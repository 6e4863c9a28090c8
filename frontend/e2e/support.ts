import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@reex.local',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'admin-password',
};

export type Account = { email: string; password: string; organizationName: string };

export type Place = { region: string; latitude: number; longitude: number };

const JIANGXI: Place = { region: 'Jiangxi', latitude: 25.8311, longitude: 114.9336 };

/** A name no earlier run has used. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // A full-page shot of a scrolled page draws the fixed header across the middle.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Registers an organization through the API, for tests whose subject is something else. */
export async function registerViaApi(
  request: APIRequestContext,
  organizationType: 'MANUFACTURER' | 'RECYCLER',
  place: Place = JIANGXI,
): Promise<Account> {
  const id = unique(organizationType.toLowerCase());
  const account = {
    email: `${id}@e2e.example`,
    password: 'e2e-password-2026',
    organizationName: `E2E ${id}`,
  };
  const response = await request.post('/api/v1/auth/register', {
    data: {
      organizationName: account.organizationName,
      organizationType,
      email: account.email,
      password: account.password,
      displayName: 'E2E Tester',
      ...place,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return account;
}

export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await form.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

/** The toasts float over whatever is under them; the page is the subject of a screenshot. */
export const HIDE_TOASTS = '.mantine-Notifications-root { display: none !important; }';

const VIEWPORTS = [
  { tag: 'desktop', width: 1280, height: 800 },
  { tag: 'phone', width: 390, height: 844 },
] as const;

/**
 * The page in English and Chinese, at desktop and phone width, as `<name>-<en|zh>-<desktop|phone>.png`; nothing
 * may stick out sideways. The page is left in English, on desktop.
 */
export async function screenshotsEverywhere(page: Page, name: string): Promise<void> {
  await page.addStyleTag({ content: HIDE_TOASTS });
  for (const [language, button] of [
    ['en', 'EN'],
    ['zh', '中文'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      // Charts and tables follow the width a moment later; then nothing may stick out sideways.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
        .toBeLessThanOrEqual(0);
      await screenshot(page, `${name}-${language}-${viewport.tag}`);
    }
  }
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.setViewportSize({ width: 1280, height: 800 });
}
