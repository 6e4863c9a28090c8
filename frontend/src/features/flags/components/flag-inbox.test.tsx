import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { FlagInbox } from './flag-inbox';

function flag(id: number, lotTitle: string) {
  return {
    id,
    lotId: 100 + id,
    lotTitle,
    category: 'NDFEB_MAGNET',
    region: 'Jiangxi',
    rule: 'ELEMENT_NOT_DECLARED',
    status: 'OPEN',
    evidence: { element: 'Ce', recoveredKg: '3.250' },
    createdAt: '2026-12-05T07:00:00Z',
  };
}

describe('FlagInbox', { timeout: 20_000 }, () => {
  it('asks for open flags first, filters by rule, and loads more by cursor', async () => {
    const queries: URLSearchParams[] = [];
    mockFetch({
      'GET /api/v1/flags': (request) => {
        const query = new URL(request.url).searchParams;
        queries.push(query);
        if (query.get('cursor') === 'next-1') return json({ items: [flag(2, 'Lamp phosphor')] });
        return json({ items: [flag(1, 'Motor scrap')], nextCursor: 'next-1' });
      },
    });
    startSession('token', 3600);
    const user = userEvent.setup();
    renderWithProviders(
      <MemoryRouter>
        <FlagInbox subjectHref={(flag) => `/lots/${flag.lotId}`} />
      </MemoryRouter>,
    );

    expect(await screen.findByRole('link', { name: 'Lot #101 · Motor scrap' })).toHaveAttribute(
      'href',
      '/lots/101',
    );
    expect(queries[0]?.get('status')).toBe('OPEN');
    expect(queries[0]?.get('rule')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Lot #102 · Lamp phosphor' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Lot #101 · Motor scrap' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Rule' }),
      'Element recovered that was not declared',
    );
    await screen.findByRole('link', { name: 'Lot #101 · Motor scrap' });
    expect(queries.at(-1)?.get('rule')).toBe('ELEMENT_NOT_DECLARED');
    expect(queries.at(-1)?.get('status')).toBe('OPEN');
  });
});
