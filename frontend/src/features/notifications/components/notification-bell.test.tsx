import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { NotificationTarget } from '../lib/notification-message';
import { NotificationBell } from './notification-bell';

const PAGE = {
  items: [
    {
      id: 14,
      type: 'LOT_MATCHED',
      params: { lotId: '42', lotTitle: 'Sintered NdFeB offcuts' },
      lotId: 42,
      createdAt: '2026-11-28T08:00:00Z',
      read: false,
    },
    {
      id: 3,
      type: 'LICENCE_DECIDED',
      params: { licenceId: '7', licenceNumber: 'NM-BT-2026-0001', decision: 'VERIFY' },
      createdAt: '2026-11-27T08:00:00Z',
      read: true,
    },
  ],
  unreadCount: 1,
};

const pathOf = (target: NotificationTarget) =>
  target.kind === 'lot'
    ? `/lots/${target.lotId}`
    : target.kind === 'licence'
      ? `/licences/${target.licenceId}`
      : target.kind === 'tip'
        ? `/tips/${target.tipId}`
        : `/monthly-reports?month=${target.month}`;

describe('NotificationBell', { timeout: 20_000 }, () => {
  it('shows the unread count, and marks a notification read as it leads to it', async () => {
    startSession('token', 3600);
    const fetchMock = mockFetch({
      'GET /api/v1/notifications': () => json(PAGE),
      'POST /api/v1/notifications/14/read': () => json({ ...PAGE.items[0], read: true }),
    });
    const router = createMemoryRouter(
      [
        { path: '/', element: <NotificationBell pathOf={pathOf} /> },
        { path: '/lots/:lotId', element: <p>Lot page</p> },
      ],
      { initialEntries: ['/'] },
    );
    const user = userEvent.setup();
    renderWithProviders(<RouterProvider router={router} />);

    // The count arrives with the first fetch, which can take seconds on a loaded machine.
    const bell = await screen.findByRole(
      'button',
      { name: 'Notifications, 1 unread' },
      { timeout: 10_000 },
    );
    await user.click(bell);
    const popover = within(await screen.findByRole('dialog', { name: 'Notifications' }));
    await vi.waitFor(() =>
      expect(popover.getByText('Your licence NM-BT-2026-0001 was verified')).toBeVisible(),
    );
    await user.click(
      popover.getByRole('button', {
        name: /^Unread: A new lot matches your licence: “Sintered NdFeB offcuts”/,
      }),
    );

    expect(await screen.findByText('Lot page')).toBeVisible();
    expect(router.state.location.pathname).toBe('/lots/42');
    expect(
      fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`),
    ).toContain('POST /api/v1/notifications/14/read');
  });

  it('marks every notification read at once', async () => {
    startSession('token', 3600);
    let unread = 1;
    const fetchMock = mockFetch({
      'GET /api/v1/notifications': () =>
        json({
          items: PAGE.items.map((item) => ({ ...item, read: unread === 0 || item.read })),
          unreadCount: unread,
        }),
      'POST /api/v1/notifications/read-all': () => {
        unread = 0;
        return json({ marked: 1 });
      },
    });
    const router = createMemoryRouter([
      { path: '/', element: <NotificationBell pathOf={pathOf} /> },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<RouterProvider router={router} />);

    await user.click(
      await screen.findByRole('button', { name: 'Notifications, 1 unread' }, { timeout: 10_000 }),
    );
    const popover = within(await screen.findByRole('dialog', { name: 'Notifications' }));
    await user.click(await popover.findByRole('button', { name: 'Mark all read' }));

    expect(
      await screen.findByRole('button', { name: 'Notifications, 0 unread' }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(popover.queryByRole('button', { name: 'Mark all read' })).toBeNull();
    expect(
      fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`),
    ).toContain('POST /api/v1/notifications/read-all');
  });
});
