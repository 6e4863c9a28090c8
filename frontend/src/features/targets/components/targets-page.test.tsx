import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { TargetsPage } from './targets-page';

const DY_TARGET = {
  id: 7,
  year: 2026,
  region: 'Jiangxi',
  element: 'Dy',
  targetRecoveredKg: '300.000',
  version: 1,
  createdAt: '2026-01-02T00:00:00Z',
  progress: {
    achievedKg: '70.000',
    declaredKg: '150.000',
    achievedRate: '0.466667',
    shareOfTarget: '0.233333',
    projectedKg: '240.000',
    projectedShareOfTarget: '0.800000',
    neededKgPerMonth: '27.059',
    monthsElapsed: '3.500000',
    monthsRemaining: '8.500000',
    asOf: '2026-04-16T00:00:00Z',
  },
};

describe('TargetsPage', { timeout: 60_000 }, () => {
  it('shows progress, projection, pace and the link to the statistics behind a target', async () => {
    mockFetch({ 'GET /api/v1/targets': () => json({ items: [DY_TARGET] }) });
    startSession('token', 3600);
    renderWithProviders(
      <MemoryRouter>
        <TargetsPage
          canEdit={false}
          statsHref={() => '/stats?from=2026-01&to=2026-12&element=Dy'}
        />
      </MemoryRouter>,
    );

    const card = await screen.findByRole('article', { name: 'Dy · Dysprosium · Jiangxi · 2026' });
    expect(within(card).getByText('70 of 300 kg recovered (23.3 %)')).toBeVisible();
    expect(
      within(card).getByRole('progressbar', { name: 'Share of the kg target' }),
    ).toHaveAttribute('aria-valuenow', expect.stringMatching(/^23\.3/));
    expect(
      within(card).getByText('Straight-line projection to year end: 240 kg (80.0 % of target)'),
    ).toBeVisible();
    expect(
      within(card).getByText('Needed: 27.059 kg a month for the remaining 8.5 months'),
    ).toBeVisible();
    expect(within(card).getByText('Behind pace')).toBeVisible();
    expect(within(card).getByRole('link', { name: 'View statistics' })).toHaveAttribute(
      'href',
      '/stats?from=2026-01&to=2026-12&element=Dy',
    );
    expect(within(card).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New target' })).not.toBeInTheDocument();
  });

  it('lets an agency set a target and shows the server’s reason at the field it names', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      'GET /api/v1/targets': () => json({ items: [] }),
      'POST /api/v1/targets': async (request) => {
        const body = await request.json();
        bodies.push(body);
        if (bodies.length === 1) {
          return problem(400, {
            invalidParams: [{ name: 'region', reason: 'is not a region we know' }],
          });
        }
        return json(DY_TARGET, 201);
      },
    });
    startSession('token', 3600);
    const user = userEvent.setup();
    renderWithProviders(
      <MemoryRouter>
        <TargetsPage canEdit />
      </MemoryRouter>,
    );

    await user.click(await screen.findByRole('button', { name: 'New target' }));
    const form = screen.getByRole('form', { name: 'New recovery target' });
    const year = within(form).getByRole('textbox', { name: 'Year' });
    await user.clear(year);
    await user.type(year, '1999');
    await user.click(within(form).getByRole('button', { name: 'Set target' }));
    expect(await within(form).findByText('Enter a year from 2000 to 2100')).toBeVisible();
    expect(within(form).getByText('Give a target in kg, a recovery rate, or both')).toBeVisible();
    expect(bodies).toHaveLength(0);

    await user.clear(year);
    await user.type(year, '2026');
    await user.type(within(form).getByRole('textbox', { name: /Region/ }), 'Jiangxi');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Element' }), 'Dy');
    await user.type(within(form).getByRole('textbox', { name: /Target recovered/ }), '300');
    await user.click(within(form).getByRole('button', { name: 'Set target' }));
    expect(await within(form).findByText('is not a region we know')).toBeVisible();

    await user.click(within(form).getByRole('button', { name: 'Set target' }));
    await screen.findByRole('button', { name: 'New target' });
    expect(bodies[1]).toEqual({
      year: 2026,
      region: 'Jiangxi',
      element: 'Dy',
      targetRecoveredKg: '300',
    });
  });
});
