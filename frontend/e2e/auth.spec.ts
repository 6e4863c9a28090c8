import { expect, test } from '@playwright/test';
import { login, logout, registerViaApi, screenshot, unique } from './support';

test('a recycler registers, logs out, logs back in and sees the recycler home', async ({
  page,
}) => {
  const id = unique('recycler');
  const email = `${id}@e2e.example`;
  const password = 'e2e-password-2026';
  const organizationName = `E2E Recycling ${id}`;

  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await screenshot(page, 'login');

  await page.getByRole('link', { name: 'Register your organization' }).click();
  const form = page.getByRole('form', { name: 'Register your organization' });
  await form
    .getByRole('textbox', { name: 'Organization name', exact: true })
    .fill(organizationName);
  await form.getByRole('radio', { name: 'Recycler' }).check();
  await form.getByRole('textbox', { name: 'Your name', exact: true }).fill('Chen Jing');
  await form.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await form.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await form.getByRole('textbox', { name: 'Region', exact: true }).fill('Jiangxi');
  await form.getByRole('textbox', { name: 'Latitude', exact: true }).fill('25.8311');
  await form.getByRole('textbox', { name: 'Longitude', exact: true }).fill('114.9336');
  await screenshot(page, 'register');
  await form.getByRole('button', { name: 'Register and sign in' }).click();

  await expect(page.getByRole('heading', { name: 'Recycler home', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/recycler$/);
  await expect(page.getByRole('heading', { name: organizationName })).toBeVisible();

  await logout(page);
  await login(page, email, password);

  await expect(page.getByRole('heading', { name: 'Recycler home', level: 1 })).toBeVisible();
  await expect(page.getByRole('banner').getByText(organizationName)).toBeVisible();
  await screenshot(page, 'recycler-home');

  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'recycler-home-mobile');
});

test('the shell switches to Chinese and remembers it', async ({ page, request }) => {
  const account = await registerViaApi(request, 'MANUFACTURER');
  await login(page, account.email, account.password);
  await expect(page.getByRole('heading', { name: 'Manufacturer home', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: '中文' }).click();

  await expect(page.getByRole('heading', { name: '制造商主页', level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '制造商主页' })).toBeVisible();
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await screenshot(page, 'manufacturer-home-zh');

  await page.reload();
  await expect(page.getByRole('heading', { name: '制造商主页', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await screenshot(page, 'login-zh');
  await page.goto('/register');
  await expect(page.getByRole('heading', { name: '注册您的机构' })).toBeVisible();
  await page.getByRole('button', { name: '注册并登录' }).click();
  await expect(page.getByText('必填').first()).toBeVisible();
  await screenshot(page, 'register-zh-errors');
});

test('a wrong password shows an error in the sign-in form', async ({ page, request }) => {
  const account = await registerViaApi(request, 'RECYCLER');

  await login(page, account.email, 'not-the-password');

  const alert = page.getByRole('form', { name: 'Sign in' }).getByRole('alert');
  await expect(alert).toHaveText(/Email or password is incorrect/);
  await expect(page).toHaveURL(/\/login$/);
  await screenshot(page, 'login-wrong-password');
});
