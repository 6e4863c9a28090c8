import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { MyBids } from './my-bids';

const LOT = {
  id: 42,
  title: 'Sintered NdFeB offcuts',
  category: 'NDFEB_MAGNET',
  grossMassKg: '1500.000',
  containedRareEarthKg: '448.500',
  elements: ['Nd', 'Pr'],
  region: 'Baotou',
  status: 'OPEN',
  sellerName: 'Baotou Magnetics',
  createdAt: '2026-11-28T08:00:00Z',
};

const ITEM = {
  lot: LOT,
  auctionType: 'ENGLISH',
  auctionStatus: 'OPEN',
  currency: 'CNY',
  currentPrice: '51000.0000',
  nextMinimumBid: '51100.0000',
  bidCount: 4,
  closesAt: '2026-11-28T12:00:00Z',
  standing: 'OUTBID',
  myMaxAmount: '50900.0000',
  watching: false,
};

describe('MyBids', { timeout: 20_000 }, () => {
  it('lists where the recycler stands, and filters by standing', async () => {
    startSession('token', 3600);
    const fetchMock = mockFetch({
      'GET /api/v1/bids/mine': (request) =>
        json({
          items: new URL(request.url).searchParams.get('status') === 'WON' ? [] : [ITEM],
          serverTime: '2026-11-28T11:00:00Z',
        }),
    });
    const router = createMemoryRouter([
      { path: '/', element: <MyBids lotPath={(id) => `/lots/${id}`} browsePath="/matches" /> },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<RouterProvider router={router} />);

    const table = within(await screen.findByRole('table', { name: 'My bids' }));
    const row = within(table.getByRole('link', { name: LOT.title }).closest('tr')!);
    expect(row.getByText('Outbid')).toBeVisible();
    expect(row.getByText('51,000.00 CNY')).toBeVisible();
    expect(row.getByText('50,900.00 CNY')).toBeVisible();
    expect(row.getByRole('timer')).toBeVisible();

    await user.click(screen.getByRole('radio', { name: 'Won' }));
    expect(await screen.findByText('No lot won yet.')).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Find lots matched to your licences' }),
    ).toHaveAttribute('href', '/matches');
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(
      '/api/v1/bids/mine?status=WON&limit=100',
    );
  });
});
