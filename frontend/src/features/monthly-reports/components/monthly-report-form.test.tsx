import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { MonthlyReportForm } from './monthly-report-form';

const PREFILL = {
  month: '2026-11',
  dueOn: '2026-12-10',
  categories: [
    {
      category: 'NDFEB_MAGNET',
      openingKg: '120.500',
      receivedKg: '1490.254',
      processedKg: '990.250',
      closingKg: '620.504',
      reexReceivedKg: '1490.254',
      reexProcessedKg: '990.250',
    },
  ],
  elements: [{ element: 'Nd', recoveredKg: '200.125', reexRecoveredKg: '200.125' }],
};

describe('MonthlyReportForm', { timeout: 60_000 }, () => {
  it('shows the prefill, checks the balance as figures change, and files what is shown', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/monthly-reports/prefill': () => json(PREFILL),
      'POST /api/v1/monthly-reports': () =>
        json(
          {
            id: 5,
            organizationId: 3,
            organizationName: 'Ganzhou',
            month: '2026-11',
            version: 1,
            filedAt: '2026-12-06T10:00:00.123456Z',
            filedByName: 'Ops',
            late: false,
            categories: [],
            elements: [],
            versions: [],
          },
          201,
        ),
    });
    startSession('token', 3600);
    const onFiled = vi.fn();
    renderWithProviders(
      <MemoryRouter>
        <MonthlyReportForm month="2026-11" onFiled={onFiled} />
      </MemoryRouter>,
    );
    const form = await screen.findByRole('form', { name: 'Monthly report for November 2026' });
    const magnets = within(form).getByRole('group', { name: 'NdFeB magnets' });
    expect(within(magnets).getByRole('textbox', { name: 'Opening stock (kg)' })).toHaveValue(
      '120.500',
    );
    expect(within(magnets).getByText('REEx recorded 1,490.254 kg')).toBeVisible();
    expect(within(magnets).getByRole('status')).toHaveTextContent('Balances');
    expect(within(form).getByText(/^Due by Dec 10, 2026 \(UTC\)/)).toBeVisible();

    const user = userEvent.setup();
    const received = within(magnets).getByRole('textbox', { name: 'Received (kg)' });
    await user.clear(received);
    await user.type(received, '1400');
    expect(within(magnets).getByText("Below REEx's record of 1,490.254 kg")).toBeVisible();
    expect(within(magnets).getByRole('status')).toHaveTextContent(
      'Does not balance: off by 90.254 kg',
    );
    await user.clear(received);
    await user.type(received, '1490.254');

    await user.click(within(form).getByRole('button', { name: 'File report' }));
    await vi.waitFor(() => expect(onFiled).toHaveBeenCalled());
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      month: '2026-11',
      categories: [
        {
          category: 'NDFEB_MAGNET',
          openingKg: '120.500',
          receivedKg: '1490.254',
          processedKg: '990.250',
          closingKg: '620.504',
        },
      ],
      elements: [{ element: 'Nd', recoveredKg: '200.125' }],
    });
  });
});
