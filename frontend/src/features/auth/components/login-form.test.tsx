import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { LoginForm } from './login-form';

async function submit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/email/i), email);
  await user.type(screen.getByLabelText(/password/i), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginForm', () => {
  it('requires both fields before calling the server', async () => {
    const fetchMock = mockFetch({});
    renderWithProviders(<LoginForm />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findAllByText('Required')).toHaveLength(2);
    expect(screen.getByLabelText(/email/i)).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server’s field errors next to the fields they name', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        problem(400, {
          title: 'Bad Request',
          invalidParams: [{ name: 'email', reason: 'must be a well-formed email address' }],
        }),
    });
    renderWithProviders(<LoginForm />);

    await submit('not-an-email', 'secret');

    const email = screen.getByLabelText(/email/i);
    expect(await screen.findByText('must be a well-formed email address')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('must be a well-formed email address');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows wrong credentials as an alert inside the form', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () => problem(401, { title: 'Unauthorized' }),
    });
    renderWithProviders(<LoginForm />);

    await submit('ops@ganzhou-recycling.example', 'wrong-password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Email or password is incorrect');
    expect(screen.getByRole('form', { name: 'Sign in' })).toContainElement(alert);
    expect(getSession()).toBeNull();
  });

  it('says how long to wait after too many attempts', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        problem(429, { title: 'Too Many Requests' }, { 'Retry-After': '30' }),
    });
    renderWithProviders(<LoginForm />);

    await submit('ops@ganzhou-recycling.example', 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts, try again in 30 seconds',
    );
  });

  it('counts a long wait in minutes', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        problem(429, { title: 'Too Many Requests' }, { 'Retry-After': '897' }),
    });
    renderWithProviders(<LoginForm />);

    await submit('ops@ganzhou-recycling.example', 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts, try again in 15 minutes',
    );
  });

  it('starts a session with the token it gets', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        json({ accessToken: 'token-abc', tokenType: 'Bearer', expiresIn: 3600 }),
    });
    renderWithProviders(<LoginForm />);

    await submit('ops@ganzhou-recycling.example', 'reex-demo-2026');

    await expect.poll(() => getSession()?.accessToken).toBe('token-abc');
  });
});
