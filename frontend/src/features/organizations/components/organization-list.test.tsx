import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { OrganizationList } from './organization-list';

function organization(id: number, name: string, type: string) {
  return {
    id,
    name,
    type,
    region: 'Jiangxi',
    latitude: 25.8311,
    longitude: 114.9336,
    createdAt: '2026-01-15T08:30:00Z',
  };
}

describe('OrganizationList', () => {
  it('pages with the cursor, filters by type and opens an organization’s users', async () => {
    startSession('token', 3600);
    const fetchMock = mockFetch({
      'GET /api/v1/organizations': (request) => {
        const query = new URL(request.url).searchParams;
        if (query.get('type') === 'AGENCY') {
          return json({ items: [organization(9, 'Jiangxi Ecology Inspectorate', 'AGENCY')] });
        }
        if (query.get('cursor') === 'page-2') {
          return json({ items: [organization(3, 'Ganzhou REE Recycling', 'RECYCLER')] });
        }
        return json({
          items: [organization(2, 'Baotou Magnetics Co.', 'MANUFACTURER')],
          nextCursor: 'page-2',
        });
      },
    });
    const onShowUsers = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<OrganizationList onShowUsers={onShowUsers} />);

    expect(await screen.findByRole('cell', { name: 'Baotou Magnetics Co.' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('cell', { name: 'Ganzhou REE Recycling' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Baotou Magnetics Co.' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Type'), 'AGENCY');
    const row = (await screen.findByRole('cell', { name: 'Jiangxi Ecology Inspectorate' })).closest(
      'tr',
    );
    expect(screen.queryByRole('cell', { name: 'Baotou Magnetics Co.' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([
      '/api/v1/organizations?limit=20',
      '/api/v1/organizations?cursor=page-2&limit=20',
      '/api/v1/organizations?limit=20&type=AGENCY',
    ]);

    if (row === null) throw new Error('the organization has no table row');
    await user.click(
      within(row).getByRole('button', { name: 'Users of Jiangxi Ecology Inspectorate' }),
    );
    expect(onShowUsers).toHaveBeenCalledWith(
      expect.objectContaining({ id: 9, name: 'Jiangxi Ecology Inspectorate' }),
    );
  });
});
