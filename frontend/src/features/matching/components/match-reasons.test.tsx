import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MatchReasonFromJSON } from '@/api/generated';
import { changeLanguage } from '@/lib/i18n';
import { startSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { LotMatches } from './lot-matches';
import { MatchReasonSummary, MatchReasons } from './match-reasons';

const REASONS = [
  {
    code: 'LICENCE',
    points: '0.0',
    detail: { number: 'NM-BT-2026-0001', validTo: '2027-11-28T15:59:59Z' },
  },
  { code: 'DISTANCE', points: '39.3', detail: { km: '14.9', maxHaulKm: '800' } },
  {
    code: 'CAPACITY',
    points: '29.9',
    detail: { leftTonnes: '497.600', capacityTonnes: '500.000', lotTonnes: '2.400' },
  },
  { code: 'RECOVERY', points: '28.5', detail: { rate: '0.95', basis: 'TYPICAL', element: 'Nd' } },
];

const MATCHES = [
  {
    recyclerOrganizationId: 8,
    recyclerName: 'Baotou Recycling Co.',
    region: 'Baotou',
    licenceId: 5,
    licenceNumber: 'NM-BT-2026-0001',
    score: '97.70',
    reasons: REASONS,
    matchedAt: '2026-11-28T08:00:00Z',
  },
  {
    recyclerOrganizationId: 5,
    recyclerName: 'Ganzhou REE Recycling',
    region: 'Ganzhou',
    licenceId: 1,
    licenceNumber: 'JX-GZ-2025-0117',
    score: '40',
    reasons: [
      {
        code: 'RECOVERY',
        points: '15.0',
        detail: { rate: '0.5', basis: 'NONE', element: 'Dy' },
      },
    ],
    matchedAt: '2026-11-28T08:00:00Z',
  },
];

const reasons = REASONS.map(MatchReasonFromJSON);

describe('match reasons', () => {
  it('are put in words, each with its share of the score', () => {
    renderWithProviders(<MatchReasons reasons={reasons} />);
    const items = within(screen.getByRole('list', { name: 'Why this match' })).getAllByRole(
      'listitem',
    );

    expect(items.map((item) => item.textContent)).toEqual([
      'Licence · NM-BT-2026-0001, valid until Nov 28, 2027',
      'Distance · 14.9 km away, within the maximum haul of 800 km+39.3',
      'Capacity · 497.6 t of 500 t capacity left this year; the lot is 2.4 t+29.9',
      'Recovery · typical recovery rate 95 % for Neodymium+28.5',
    ]);
  });

  it('are summed up in a few words for a list, in Chinese too', () => {
    const { unmount } = renderWithProviders(<MatchReasonSummary reasons={reasons} />);
    expect(screen.getByText('14.9 km away')).toBeVisible();
    expect(screen.getByText('497.6 t capacity left')).toBeVisible();
    expect(screen.getByText('Nd 95 % typical')).toBeVisible();
    expect(screen.queryByText(/NM-BT/)).not.toBeInTheDocument();

    unmount();
    changeLanguage('zh-CN');
    renderWithProviders(<MatchReasonSummary reasons={reasons} />);
    expect(screen.getByText('距离 14.9 公里')).toBeVisible();
    expect(screen.getByText('Nd 典型 95%')).toBeVisible();
  });
});

describe('LotMatches', { timeout: 20_000 }, () => {
  it('ranks the recyclers with their scores and reasons', async () => {
    startSession('token', 3600);
    mockFetch({ 'GET /api/v1/lots/42/matches': () => json(MATCHES) });
    renderWithProviders(<LotMatches lotId={42} />);

    const section = await screen.findByRole('region', { name: 'Matched recyclers' });
    const ranked = await within(section).findAllByRole('listitem', {
      name: /Recycling Co\.|REE Recycling/,
    });
    expect(ranked.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Baotou Recycling Co.',
      'Ganzhou REE Recycling',
    ]);
    const first = within(ranked[0] ?? section);
    expect(first.getByRole('progressbar', { name: '97.7 / 100' })).toHaveAttribute(
      'aria-valuenow',
      '97.7',
    );
    expect(first.getByText('Baotou · licence NM-BT-2026-0001')).toBeVisible();
    expect(ranked[1]).toHaveTextContent('no recovery record for Dysprosium yet; 50 % assumed');
  });

  it('stays away when the server does not let the viewer see them', async () => {
    startSession('token', 3600);
    const fetchMock = mockFetch({
      'GET /api/v1/lots/42/matches': () => problem(404, { title: 'Not found' }),
    });
    renderWithProviders(<LotMatches lotId={42} />);
    expect(screen.getByRole('region', { name: 'Matched recyclers' })).toBeVisible();

    await vi.waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Matched recyclers' })).not.toBeInTheDocument(),
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
