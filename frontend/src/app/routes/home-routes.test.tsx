import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/session';
import { meJson } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render';

const DAY_MS = 86_400_000;
const NO_NOTIFICATIONS = () => json({ items: [], unreadCount: 0 });

function lot(id: number, title: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    title,
    category: 'NDFEB_MAGNET',
    grossMassKg: '1500.000',
    containedRareEarthKg: '448.500',
    elements: ['Nd', 'Pr'],
    region: 'Baotou',
    status,
    sellerName: 'Baotou Magnetics',
    createdAt: '2026-11-28T08:00:00Z',
    ...extra,
  };
}

function bid(id: number, title: string, standing: string, closesInMs: number, lotStatus = 'OPEN') {
  return {
    lot: lot(id, title, lotStatus),
    auctionType: 'ENGLISH',
    auctionStatus: lotStatus === 'OPEN' ? 'OPEN' : 'CLOSED',
    currency: 'CNY',
    currentPrice: '51000.0000',
    bidCount: 4,
    closesAt: new Date(Date.now() + closesInMs).toISOString(),
    standing,
    watching: false,
  };
}

function licence(id: number, number: string, status: string, validToMs: number, ageMs = 0) {
  return {
    id,
    organizationId: 3,
    organizationName: 'Ganzhou Recycling Co.',
    number,
    issuingAuthority: 'Jiangxi EPB',
    categories: ['NDFEB_MAGNET'],
    capacities: [],
    regionServed: 'Jiangxi',
    maxHaulKm: 1500,
    validFrom: '2026-01-01T00:00:00Z',
    validTo: new Date(Date.now() + validToMs).toISOString(),
    dischargePermitNumber: 'DP-1',
    status,
    hasDocument: true,
    decisions: [],
    createdAt: new Date(Date.now() - ageMs).toISOString(),
  };
}

const OVERVIEW = {
  from: '2026-01',
  to: '2026-12',
  previousFrom: '2025-01',
  previousTo: '2025-12',
  recoveredKg: '1200.000',
  previousRecoveredKg: '1000.000',
  declaredKg: '1500.000',
  previousDeclaredKg: '1400.000',
  recoveryRate: '0.8000',
  previousRecoveryRate: '0.7143',
  lotsCertified: 12,
  previousLotsCertified: 10,
  openFlags: 2,
  byElement: [],
};

describe('role homes', { timeout: 20_000 }, () => {
  it('shows a recycler its bids closing first, outbid ones, lots to collect and an expiring licence', async () => {
    startSession('token', 3600);
    mockFetch({
      'GET /api/v1/me': () => json(meJson('RECYCLER')),
      'GET /api/v1/notifications': NO_NOTIFICATIONS,
      'GET /api/v1/bids/mine': (request) => {
        const status = new URL(request.url).searchParams.get('status');
        const items =
          status === 'WON'
            ? [
                bid(7, 'Won, still at the seller', 'WON', -DAY_MS, 'AWARDED'),
                bid(8, 'Won and already certified', 'WON', -5 * DAY_MS, 'CERTIFIED'),
              ]
            : [
                bid(5, 'Closes later', 'LEADING', 2 * DAY_MS),
                bid(6, 'Closes first', 'OUTBID', 60_000),
              ];
        return json({ items, serverTime: new Date().toISOString() });
      },
      'GET /api/v1/matches/mine': () => json({ items: [] }),
      'GET /api/v1/licences': () =>
        json({ items: [licence(1, 'JX-2026-001', 'VERIFIED', 10 * DAY_MS)] }),
      'GET /api/v1/stats/overview': () => json(OVERVIEW),
    });
    renderApp('/recycler');

    const bids = within(await screen.findByRole('region', { name: 'My active bids' }));
    const titles = (await bids.findAllByRole('link', { name: /Closes/ })).map(
      (link) => link.textContent,
    );
    expect(titles).toEqual(['Closes first', 'Closes later']);
    expect(bids.getByText('Outbid on 1 lot: bid again before it closes.')).toBeVisible();

    const pickup = within(screen.getByRole('region', { name: 'Won, awaiting pickup' }));
    expect(await pickup.findByRole('link', { name: 'Won, still at the seller' })).toBeVisible();
    expect(pickup.queryByRole('link', { name: 'Won and already certified' })).toBeNull();

    const licences = within(screen.getByRole('region', { name: 'My licences' }));
    expect(await licences.findByText(/^Licence JX-2026-001 expires in (9|10) days/)).toBeVisible();

    const matched = within(screen.getByRole('region', { name: 'Matched lots closing soonest' }));
    expect(await matched.findByText(/^No open lots match your licences yet/)).toBeVisible();
  });

  it('tells a recycler without a verified licence that it cannot bid', async () => {
    startSession('token', 3600);
    mockFetch({
      'GET /api/v1/me': () => json(meJson('RECYCLER')),
      'GET /api/v1/notifications': NO_NOTIFICATIONS,
      'GET /api/v1/bids/mine': () => json({ items: [], serverTime: new Date().toISOString() }),
      'GET /api/v1/matches/mine': () => json({ items: [] }),
      'GET /api/v1/licences': () =>
        json({ items: [licence(1, 'JX-2026-002', 'PENDING', 300 * DAY_MS)] }),
      'GET /api/v1/stats/overview': () => json(OVERVIEW),
    });
    renderApp('/recycler');

    const licences = within(await screen.findByRole('region', { name: 'My licences' }));
    expect(await licences.findByText(/^No verified licence/)).toBeVisible();
  });

  it('shows a manufacturer its lots by the step that needs it', async () => {
    startSession('token', 3600);
    mockFetch({
      'GET /api/v1/me': () => json(meJson('MANUFACTURER')),
      'GET /api/v1/notifications': NO_NOTIFICATIONS,
      'GET /api/v1/lots': (request) => {
        const status = new URL(request.url).searchParams.get('status');
        const items =
          status === 'DRAFT'
            ? [lot(1, 'Unpublished motor scrap', 'DRAFT')]
            : status === 'AWARDED'
              ? [
                  lot(2, 'Awarded phosphor powder', 'AWARDED', {
                    currency: 'CNY',
                    currentPrice: '88000.0000',
                    bidCount: 6,
                    winnerName: 'Ganzhou Recycling Co.',
                  }),
                ]
              : [];
        return json({ items });
      },
      'GET /api/v1/stats/overview': () => json(OVERVIEW),
    });
    renderApp('/manufacturer');

    const drafts = within(await screen.findByRole('region', { name: 'Drafts to publish' }));
    expect(await drafts.findByRole('link', { name: 'Unpublished motor scrap' })).toHaveAttribute(
      'href',
      '/lots/1/edit',
    );
    const awarded = within(screen.getByRole('region', { name: 'Awarded: hand over to the buyer' }));
    expect(await awarded.findByText('88,000.00 CNY')).toBeVisible();
    expect(awarded.getByText(/buyer Ganzhou Recycling Co\./)).toBeVisible();
    const running = within(screen.getByRole('region', { name: 'Auctions running' }));
    expect(await running.findByText('No lot is in auction.')).toBeVisible();
  });

  it('shows an agency the review queue with the oldest wait, open flags and headline figures', async () => {
    startSession('token', 3600);
    mockFetch({
      'GET /api/v1/me': () => json(meJson('AGENCY')),
      'GET /api/v1/notifications': NO_NOTIFICATIONS,
      'GET /api/v1/licences': (request) => {
        expect(new URL(request.url).searchParams.get('status')).toBe('PENDING');
        return json({
          items: [
            licence(3, 'JX-NEW', 'PENDING', 300 * DAY_MS, DAY_MS / 2),
            licence(4, 'JX-OLD', 'PENDING', 300 * DAY_MS, 9 * DAY_MS + 60_000),
          ],
        });
      },
      'GET /api/v1/flags': () =>
        json({
          items: [
            {
              id: 11,
              lotId: 2,
              lotTitle: 'Awarded phosphor powder',
              category: 'LAMP_PHOSPHOR',
              region: 'Jiangxi',
              rule: 'RECEIVED_VS_DECLARED_MASS',
              status: 'OPEN',
              evidence: {},
              createdAt: '2026-12-01T08:00:00Z',
            },
          ],
        }),
      'GET /api/v1/stats/overview': () => json(OVERVIEW),
    });
    renderApp('/agency');

    const queue = within(await screen.findByRole('region', { name: 'Licences awaiting review' }));
    expect(await queue.findByText('The oldest has waited 9 days.')).toBeVisible();
    const links = queue.getAllByRole('link', { name: /^JX-/ }).map((link) => link.textContent);
    expect(links).toEqual(['JX-OLD', 'JX-NEW']);

    const flags = within(screen.getByRole('region', { name: 'Open flags' }));
    expect(await flags.findByText(/Awarded phosphor powder/)).toBeVisible();

    const headline = within(screen.getByRole('region', { name: 'Recovery, last 12 months' }));
    expect(await headline.findByText('1,200 kg')).toBeVisible();
  });
});
