import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { RegisterForm } from './register-form';

async function fillIn(latitude: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/organization name/i), 'Ganzhou Recycling');
  await user.click(screen.getByRole('radio', { name: 'Manufacturer' }));
  await user.type(screen.getByLabelText(/your name/i), 'Chen Jing');
  await user.type(screen.getByLabelText(/email/i), 'chen@ganzhou.example');
  await user.type(screen.getByLabelText(/^password/i), 'long-enough-password');
  await user.type(screen.getByLabelText(/region/i), 'Jiangxi');
  await user.type(screen.getByLabelText(/latitude/i), latitude);
  await user.type(screen.getByLabelText(/longitude/i), '114.9336');
  await user.click(screen.getByRole('button', { name: 'Register and sign in' }));
}

describe('RegisterForm', () => {
  it('checks coordinates before calling the server', async () => {
    const fetchMock = mockFetch({});
    renderWithProviders(<RegisterForm />);

    await fillIn('95');

    expect(await screen.findByText('Latitude is between -90 and 90')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends numbers and the chosen type, and signs the new user in', async () => {
    const fetchMock = mockFetch({
      'POST /api/v1/auth/register': () =>
        json({ accessToken: 'new-token', tokenType: 'Bearer', expiresIn: 3600 }, 201),
    });
    renderWithProviders(<RegisterForm />);

    await fillIn('-25.8311');

    await expect.poll(() => getSession()?.accessToken).toBe('new-token');
    const init = fetchMock.mock.calls[0]?.[1];
    expect(JSON.parse(String(init?.body))).toEqual({
      organizationName: 'Ganzhou Recycling',
      organizationType: 'MANUFACTURER',
      email: 'chen@ganzhou.example',
      password: 'long-enough-password',
      displayName: 'Chen Jing',
      region: 'Jiangxi',
      latitude: -25.8311,
      longitude: 114.9336,
    });
  });

  it('shows a taken email at the email field', async () => {
    const reason = 'An account with this email exists already.';
    mockFetch({
      'POST /api/v1/auth/register': () =>
        problem(409, {
          title: 'Conflict',
          detail: reason,
          invalidParams: [{ name: 'email', reason }],
        }),
    });
    renderWithProviders(<RegisterForm />);

    await fillIn('25.8311');

    expect(await screen.findByText(reason)).toBeInTheDocument();
    expect(screen.getByLabelText(/email/i)).toHaveAccessibleDescription(reason);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a conflict that names no field as an alert', async () => {
    mockFetch({
      'POST /api/v1/auth/register': () =>
        problem(409, { title: 'Conflict', detail: 'The email is already registered.' }),
    });
    renderWithProviders(<RegisterForm />);

    await fillIn('25.8311');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This conflicts with an existing record');
    expect(alert).toHaveTextContent('The email is already registered.');
  });
});
