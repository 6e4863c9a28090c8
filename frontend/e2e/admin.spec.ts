import { expect, test } from '@playwright/test';
import { admin, login, logout, screenshot, unique } from './support';

test('an admin creates an organization and a user, who can then sign in', async ({ page }) => {
  const id = unique('agency');
  const organizationName = `E2E Agency ${id}`;
  const email = `${id}@e2e.example`;
  const password = 'e2e-password-2026';

  await login(page, admin.email, admin.password);
  await expect(page.getByRole('heading', { name: 'Admin home', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Organizations' })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await screenshot(page, 'admin-home');

  await page.getByRole('button', { name: 'New organization' }).click();
  const create = page.getByRole('dialog', { name: 'Create an organization' });
  await create.getByRole('textbox', { name: 'Name', exact: true }).fill(organizationName);
  await create.getByLabel('Type').selectOption('AGENCY');
  await create.getByRole('textbox', { name: 'Region', exact: true }).fill('Beijing');
  await create.getByRole('textbox', { name: 'Latitude', exact: true }).fill('39.9042');
  await create.getByRole('textbox', { name: 'Longitude', exact: true }).fill('116.4074');
  await create.getByRole('button', { name: 'Create organization' }).click();

  const drawer = page.getByRole('dialog', { name: `Users of ${organizationName}` });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText('This organization has no users yet')).toBeVisible();
  await drawer.getByRole('textbox', { name: 'Name', exact: true }).fill('Zhao Min');
  await drawer.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await drawer.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await drawer.getByRole('button', { name: 'Add user' }).click();
  await expect(drawer.getByRole('cell', { name: email })).toBeVisible();
  await screenshot(page, 'admin-users-drawer');

  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await page
    .getByRole('region', { name: 'Organizations' })
    .getByLabel('Type')
    .selectOption('AGENCY');
  await screenshot(page, 'admin-agencies');

  await logout(page);
  await login(page, email, password);

  await expect(page.getByRole('heading', { name: 'Agency home', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: organizationName })).toBeVisible();
  await screenshot(page, 'agency-home');
});
