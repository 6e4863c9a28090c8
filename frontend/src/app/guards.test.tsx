import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSession, startSession } from '@/lib/session';
import { meJson } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render';

describe('route guards', () => {
  it('sends a visitor who is not signed in to /login', async () => {
    mockFetch({});
    const { router } = renderApp('/recycler');

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it.each([
    ['MANUFACTURER', '/manufacturer', 'Manufacturer home'],
    ['RECYCLER', '/recycler', 'Recycler home'],
    ['AGENCY', '/agency', 'Agency home'],
  ] as const)('lands a %s user from / on %s', async (role, path, heading) => {
    startSession('token', 3600);
    mockFetch({ 'GET /api/v1/me': () => json(meJson(role)) });
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { name: heading, level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(path);
    expect(screen.getByRole('heading', { name: 'Ganzhou Recycling Co.' })).toBeInTheDocument();
  });

  it('keeps a user out of another role’s home', async () => {
    startSession('token', 3600);
    mockFetch({ 'GET /api/v1/me': () => json(meJson('RECYCLER')) });
    const { router } = renderApp('/admin');

    expect(await screen.findByRole('heading', { name: 'Recycler home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/recycler');
  });

  it('signs out when the server no longer accepts the token', async () => {
    startSession('expired-token', 3600);
    mockFetch({ 'GET /api/v1/me': () => problem(401, { title: 'Unauthorized' }) });
    const { router } = renderApp('/recycler');

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(getSession()).toBeNull();
  });

  it('takes a user to their home after signing in, and back to /login after logging out', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () =>
        json({ accessToken: 'token-abc', tokenType: 'Bearer', expiresIn: 3600 }),
      'GET /api/v1/me': () => json(meJson('ADMIN')),
      'GET /api/v1/organizations': () => json({ items: [] }),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/login');

    await user.type(await screen.findByLabelText(/email/i), 'admin@reex.local');
    await user.type(screen.getByLabelText(/password/i), 'admin-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Admin home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin');

    await user.click(screen.getByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(getSession()).toBeNull();
  });
});
