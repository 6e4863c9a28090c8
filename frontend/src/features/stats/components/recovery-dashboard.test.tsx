import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/mock-fetch';
import { RecoveryDashboard } from './recovery-dashboard';

/** Oxide factors as /reference/elements gives them: the mock scales metal figures by them. */
const FACTOR = { Dy: '1.1477', Tb: '1.1762' } as const;

function scaled(kg: string, basis: string | null, element: keyof typeof FACTOR): string {
  if (basis !== 'OXIDE') return kg;
  // Three decimals of an exact product, as the server would round them (half-up).
  const [whole = '0', fraction = ''] = kg.split('.');
  const milligrams = BigInt(whole + fraction.padEnd(3, '0'));
  const factor = BigInt(FACTOR[element].replace('.', ''));
  const product = (milligrams * factor + 5000n) / 10000n;
  const text = product.toString().padStart(4, '0');
  return `${text.slice(0, -3)}.${text.slice(-3)}`;
}

const METAL = {
  'Dy:2026-10': '1200.250',
  'Dy:2026-12': '80.125',
  'Tb:2026-11': '310.500',
} as const;

function recovery(request: Request) {
  const url = new URL(request.url);
  const basis = url.searchParams.get('basis');
  const groupBy = url.searchParams.get('groupBy');
  const base = { from: url.searchParams.get('from'), to: url.searchParams.get('to'), basis };
  if (groupBy === 'element,month') {
    return json({
      ...base,
      groupBy: ['element', 'month'],
      rows: Object.entries(METAL).map(([key, kg]) => {
        const [element, month] = key.split(':') as [keyof typeof FACTOR, string];
        const recoveredKg = scaled(kg, basis, element);
        return {
          element,
          month,
          declaredKg: recoveredKg,
          recoveredKg,
          recoveryRate: '1.000000',
          lots: 2,
        };
      }),
      totals: { declaredKg: '0.000', recoveredKg: '0.000', lots: 3 },
    });
  }
  if (groupBy === 'element') {
    return json({
      ...base,
      groupBy: ['element'],
      rows: [
        {
          element: 'Tb',
          declaredKg: '400.000',
          recoveredKg: scaled('310.500', basis, 'Tb'),
          recoveryRate: '0.776250',
          lots: 1,
        },
        {
          element: 'Dy',
          declaredKg: '1500.000',
          recoveredKg: scaled('1280.375', basis, 'Dy'),
          recoveryRate: '0.853583',
          lots: 2,
        },
      ],
      totals: { declaredKg: '1900.000', recoveredKg: '1590.875', lots: 3 },
    });
  }
  if (groupBy === 'recycler') {
    return json({
      ...base,
      groupBy: ['recycler'],
      rows: [
        {
          recyclerId: 4,
          recyclerName: 'Baotou Green Metals',
          declaredKg: '100.000',
          recoveredKg: '90.000',
          recoveryRate: '0.900000',
          lots: 1,
        },
        {
          recyclerId: 5,
          recyclerName: 'Ganzhou Rare Earth Recycling',
          declaredKg: '1800.000',
          recoveredKg: '1500.875',
          recoveryRate: '0.833819',
          lots: 2,
        },
      ],
      totals: { declaredKg: '1900.000', recoveredKg: '1590.875', lots: 3 },
    });
  }
  return json({
    ...base,
    groupBy: groupBy?.split(',') ?? [],
    rows: [],
    totals: { declaredKg: '0.000', recoveredKg: '0.000', lots: 0 },
  });
}

const OVERVIEW = {
  from: '2026-10',
  to: '2026-12',
  previousFrom: '2026-07',
  previousTo: '2026-09',
  recoveredKg: '1590.875',
  previousRecoveredKg: '1446.250',
  declaredKg: '1900.000',
  previousDeclaredKg: '1600.000',
  recoveryRate: '0.837303',
  previousRecoveryRate: '0.903906',
  lotsCertified: 3,
  previousLotsCertified: 3,
  openFlags: 2,
  byElement: [],
};

function mockStats() {
  return mockFetch({
    'GET /api/v1/stats/overview': () => json(OVERVIEW),
    'GET /api/v1/stats/recovery': recovery,
  });
}

/** The recovery requests made so far, as query strings, with the Accept header asked for. */
function recoveryRequests(fetchMock: ReturnType<typeof mockFetch>) {
  return fetchMock.mock.calls
    .map(([input, init]) => ({ url: new URL(String(input), 'http://localhost'), init }))
    .filter(({ url }) => url.pathname === '/api/v1/stats/recovery')
    .map(({ url, init }) => ({
      params: url.searchParams,
      accept: new Headers(init?.headers).get('Accept'),
    }));
}

const PATH = '/stats?from=2026-10&to=2026-12&element=Dy&element=Tb';

async function openDashboard(path = PATH) {
  startSession('token', 3600);
  const fetchMock = mockStats();
  const user = userEvent.setup();
  const router = createMemoryRouter(
    [{ path: '/stats', element: <RecoveryDashboard scope="market" flagsHref="/flags" /> }],
    { initialEntries: [path] },
  );
  render(
    <AppProvider queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  const section = await screen.findByRole('region', { name: 'Recovered kg by element and month' });
  return { router, fetchMock, user, section: within(section) };
}

function cellsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('RecoveryDashboard', { timeout: 60_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-06T07:00:00Z') });
  });

  it('shows the filters the URL holds and writes every change back to it', async () => {
    const { user, router } = await openDashboard();
    const filters = within(screen.getByRole('form', { name: 'Statistics filters' }));

    expect(filters.getByRole('combobox', { name: 'Period' })).toHaveValue('last3');
    expect(filters.getByRole('combobox', { name: 'From' })).toHaveValue('2026-10');
    expect(filters.getByRole('checkbox', { name: 'Dy' })).toBeChecked();
    expect(filters.getByRole('checkbox', { name: 'Tb' })).toBeChecked();
    expect(filters.getByRole('checkbox', { name: 'Nd' })).not.toBeChecked();
    expect(filters.getByRole('radio', { name: 'Metal' })).toBeChecked();

    await user.click(filters.getByRole('checkbox', { name: 'Nd' }));
    await user.selectOptions(filters.getByRole('combobox', { name: 'Category' }), 'NDFEB_MAGNET');
    await user.selectOptions(filters.getByRole('combobox', { name: 'Period' }), 'last12');
    await user.click(filters.getByRole('radio', { name: 'Oxide (REO)' }));

    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      from: '2026-01',
      to: '2026-12',
      element: 'Dy',
      category: 'NDFEB_MAGNET',
      basis: 'OXIDE',
    });
    // Elements by atomic number, whatever the order they were picked in.
    expect(new URLSearchParams(router.state.location.search).getAll('element')).toEqual([
      'Nd',
      'Tb',
      'Dy',
    ]);

    // Back in the browser's history, the controls follow the URL again.
    await act(() => router.navigate(-1));
    await vi.waitFor(() => expect(filters.getByRole('radio', { name: 'Metal' })).toBeChecked());
    expect(filters.getByRole('combobox', { name: 'Period' })).toHaveValue('last12');
  });

  it('shows in the table exactly the figures of the chart’s answer', async () => {
    const { user, section } = await openDashboard();
    await user.click(section.getByRole('radio', { name: 'Table' }));

    const table = section.getByRole('table', { name: 'Recovered kg by element and month' });
    expect(cellsOf(table)).toEqual([
      ['Month', 'Tb', 'Dy'],
      ['Oct 2026', '0.000', '1,200.250'],
      ['Nov 2026', '310.500', '0.000'],
      ['Dec 2026', '0.000', '80.125'],
    ]);
  });

  it('asks again on the oxide basis and shows the oxide figures', async () => {
    const { user, section, fetchMock } = await openDashboard();
    await user.click(section.getByRole('radio', { name: 'Table' }));
    await user.click(screen.getByRole('radio', { name: 'Oxide (REO)' }));

    const table = section.getByRole('table', { name: 'Recovered kg by element and month' });
    // 1200.250 × 1.1477 = 1377.526925; 310.500 × 1.1762 = 365.2101; 80.125 × 1.1477 = 91.9594625
    await vi.waitFor(() =>
      expect(cellsOf(table).slice(1)).toEqual([
        ['Oct 2026', '0.000', '1,377.527'],
        ['Nov 2026', '365.210', '0.000'],
        ['Dec 2026', '0.000', '91.959'],
      ]),
    );
    const oxide = recoveryRequests(fetchMock).filter(
      ({ params }) => params.get('basis') === 'OXIDE',
    );
    expect(oxide.map(({ params }) => params.get('groupBy')).sort()).toEqual([
      'category',
      'element',
      'element,month',
      'recycler',
      'region', // the region table and the regions to choose from: one question without a region
    ]);
  });

  it('downloads as CSV the very question the chart answers', async () => {
    const createObjectURL = vi.fn(() => 'blob:stats');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    // jsdom cannot follow the download link; what matters is the request behind it.
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { user, section, fetchMock } = await openDashboard(
      `${PATH}&category=NDFEB_MAGNET&basis=OXIDE`,
    );
    fetchMock.mockImplementationOnce(
      async () =>
        new Response('element,month,declaredKg,recoveredKg,recoveryRate,lots\r\n', {
          headers: { 'Content-Type': 'text/csv' },
        }),
    );
    await user.click(
      section.getByRole('button', { name: 'Download CSV: Recovered kg by element and month' }),
    );

    await vi.waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    expect(click).toHaveBeenCalledTimes(1);
    const requests = recoveryRequests(fetchMock).filter(
      ({ params }) => params.get('groupBy') === 'element,month',
    );
    const csv = requests.filter(({ accept }) => accept === 'text/csv');
    const shown = requests.filter(({ accept }) => accept !== 'text/csv');
    expect(csv).toHaveLength(1);
    expect(csv[0]?.params.toString()).toBe(shown.at(-1)?.params.toString());
    expect(csv[0]?.params.toString()).toBe(
      'from=2026-10&to=2026-12&groupBy=element%2Cmonth&basis=OXIDE&element=Dy&element=Tb&category=NDFEB_MAGNET',
    );
  });

  it('ranks the recyclers by recovered kg and links the flags inbox', async () => {
    const { user } = await openDashboard();
    const section = within(await screen.findByRole('region', { name: 'Top recyclers' }));
    await user.click(section.getByRole('radio', { name: 'Table' }));
    const table = await section.findByRole('table', { name: 'Top recyclers' });
    expect(
      cellsOf(table)
        .slice(1)
        .map((row) => row.slice(0, 3)),
    ).toEqual([
      ['1', 'Ganzhou Rare Earth Recycling', '1,500.875'],
      ['2', 'Baotou Green Metals', '90.000'],
    ]);

    const headline = within(screen.getByRole('region', { name: 'Headline figures' }));
    expect(headline.getByText('1,590.9 kg')).toBeInTheDocument();
    expect(headline.getByText(/\+10\.0 %/)).toBeInTheDocument();
    expect(headline.getByText(/−6\.7 pts/)).toBeInTheDocument();
    expect(headline.getByRole('link', { name: 'Review in the flags inbox' })).toHaveAttribute(
      'href',
      '/flags',
    );
  });
});
