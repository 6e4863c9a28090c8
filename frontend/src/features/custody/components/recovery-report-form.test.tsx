import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CompositionLineFromJSON } from '@/api/generated';
import { startSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { RecoveryReportForm } from './recovery-report-form';

const composition = [
  {
    element: 'Nd',
    fraction: '0.114000',
    source: 'TYPICAL',
    containedKg: '228.000',
    containedOxideKg: '265.939',
  },
  {
    element: 'Pr',
    fraction: '0.035500',
    source: 'TYPICAL',
    containedKg: '71.000',
    containedOxideKg: '85.768',
  },
  {
    element: 'Dy',
    fraction: '0.006000',
    source: 'ASSAY',
    containedKg: '12.000',
    containedOxideKg: '13.771',
  },
].map(CompositionLineFromJSON);

function reportJson() {
  return {
    id: 1,
    lotId: 42,
    recyclerOrganizationId: 3,
    recyclerName: 'Ganzhou Recycling Co.',
    processRoute: 'HYDROMETALLURGY',
    declaredGrossKg: '2000',
    receivedKg: '1700',
    lines: [],
    totalDeclaredKg: '311.000',
    totalRecoveredKg: '0.000',
    submittedAt: '2026-12-05T08:00:00Z',
    certificateCode: 'c3ZkZmdoamtsbW5vcHFy',
  };
}

function renderForm() {
  startSession('token', 3600);
  const user = userEvent.setup();
  renderWithProviders(
    <RecoveryReportForm
      lotId={42}
      composition={composition}
      receivedKg="1700"
      processRoute="HYDROMETALLURGY"
    />,
  );
  const form = within(screen.getByRole('form', { name: 'Report the recovery' }));
  return { user, form };
}

function sentBody(fetchMock: ReturnType<typeof mockFetch>): unknown {
  const [, init] = fetchMock.mock.calls[0] ?? [];
  return JSON.parse(String(init?.body));
}

describe('RecoveryReportForm', { timeout: 20_000 }, () => {
  it('has one row per declared element with its declared kg beside it', () => {
    mockFetch({});
    const { form } = renderForm();
    const rows = form.getAllByRole('row');
    // Header, three elements, total.
    expect(rows).toHaveLength(5);
    expect(rows[1]).toHaveTextContent('Nd · Neodymium');
    expect(rows[1]).toHaveTextContent('228.000 kg');
    expect(rows[3]).toHaveTextContent('Dy · Dysprosium');
    expect(rows[3]).toHaveTextContent('12.000 kg');
    expect(form.getByText('Received at the gate: 1,700 kg')).toBeVisible();
  });

  it('computes each rate and the totals exactly as you type', async () => {
    mockFetch({});
    const { user, form } = renderForm();
    const ndRate = form.getByLabelText('Recovery rate of Nd · Neodymium');
    expect(ndRate).toHaveTextContent('—');

    await user.type(form.getByRole('textbox', { name: 'Recovered kg of Nd · Neodymium' }), '212.5');
    expect(ndRate).toHaveTextContent('93.2 %');

    await user.type(form.getByRole('textbox', { name: 'Recovered kg of Pr · Praseodymium' }), '71');
    expect(form.getByLabelText('Recovery rate of Pr · Praseodymium')).toHaveTextContent('100.0 %');

    await user.type(form.getByRole('textbox', { name: 'Recovered kg of Dy · Dysprosium' }), '0.1');
    expect(form.getByLabelText('Recovery rate of Dy · Dysprosium')).toHaveTextContent('0.83 %');

    const total = form.getAllByRole('row').at(-1);
    // 212.5 + 71 + 0.1 = 283.6 of 311 declared: 91.19 %.
    expect(total).toHaveTextContent('311.000 kg');
    expect(total).toHaveTextContent('283.600 kg');
    expect(total).toHaveTextContent('91.19 %');
  });

  it('checks the figures before sending anything', async () => {
    const fetchMock = mockFetch({});
    const { user, form } = renderForm();
    await user.type(form.getByRole('textbox', { name: 'Recovered kg of Nd · Neodymium' }), '1800');
    await user.type(
      form.getByRole('textbox', { name: 'Recovered kg of Pr · Praseodymium' }),
      '1.2345',
    );
    await user.type(form.getByRole('textbox', { name: 'Purity of Nd · Neodymium' }), '101');
    await user.click(form.getByRole('button', { name: 'Submit report' }));

    expect(
      form.getByRole('textbox', { name: 'Recovered kg of Pr · Praseodymium' }),
    ).toHaveAccessibleDescription('Enter kg with at most 3 decimals, e.g. 212.5');
    expect(
      form.getByRole('textbox', { name: 'Purity of Nd · Neodymium' }),
    ).toHaveAccessibleDescription('Enter a percentage from 0 to 100, at most 3 decimals');
    expect(
      form.getByRole('textbox', { name: 'Purity of Dy · Dysprosium' }),
    ).toHaveAccessibleDescription('Required');
    expect(form.getByRole('alert')).toHaveTextContent(
      'The total recovered is more than the mass received',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends every row, an added undeclared element too, and shows the server’s errors at their fields', async () => {
    const fetchMock = mockFetch({
      'POST /api/v1/lots/42/recovery-report': () =>
        problem(400, {
          title: 'Invalid request',
          invalidParams: [
            { name: 'lines[3].purityPercent', reason: 'must be at most 99.999 for a salt' },
          ],
        }),
    });
    const { user, form } = renderForm();
    const fill = async (element: string, kg: string, purity: string) => {
      await user.type(form.getByRole('textbox', { name: `Recovered kg of ${element}` }), kg);
      await user.type(form.getByRole('textbox', { name: `Purity of ${element}` }), purity);
    };
    await fill('Nd · Neodymium', '212.5', '99.5');
    await fill('Pr · Praseodymium', '60', '99');
    await fill('Dy · Dysprosium', '0', '0');
    await user.selectOptions(form.getByRole('combobox', { name: 'Element not declared' }), 'Ce');
    await user.click(form.getByRole('button', { name: 'Add element' }));
    const ceRow = form.getAllByRole('row')[4];
    expect(ceRow).toHaveTextContent('Ce · Cerium');
    expect(ceRow).toHaveTextContent('not declared');
    await fill('Ce · Cerium', '3.25', '100');
    await user.selectOptions(
      form.getByRole('combobox', { name: 'Product form of Ce · Cerium' }),
      'SALT',
    );
    await user.click(form.getByRole('button', { name: 'Submit report' }));

    expect(await form.findByText('must be at most 99.999 for a salt')).toBeVisible();
    expect(form.getByRole('textbox', { name: 'Purity of Ce · Cerium' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(form.queryByRole('alert')).not.toBeInTheDocument();
    expect(sentBody(fetchMock)).toEqual({
      processRoute: 'HYDROMETALLURGY',
      lines: [
        { element: 'Nd', recoveredKg: '212.5', productForm: 'OXIDE', purityPercent: '99.5' },
        { element: 'Pr', recoveredKg: '60', productForm: 'OXIDE', purityPercent: '99' },
        { element: 'Dy', recoveredKg: '0', productForm: 'OXIDE', purityPercent: '0' },
        { element: 'Ce', recoveredKg: '3.25', productForm: 'SALT', purityPercent: '100' },
      ],
    });
  });

  it('says when the report was accepted', async () => {
    mockFetch({
      'POST /api/v1/lots/42/recovery-report': () => json(reportJson(), 201),
      'GET /api/v1/lots/42/custody': () => json({}),
    });
    const { user, form } = renderForm();
    for (const element of ['Nd · Neodymium', 'Pr · Praseodymium', 'Dy · Dysprosium']) {
      await user.type(form.getByRole('textbox', { name: `Recovered kg of ${element}` }), '1');
      await user.type(form.getByRole('textbox', { name: `Purity of ${element}` }), '99');
    }
    await user.click(form.getByRole('button', { name: 'Submit report' }));
    expect(await screen.findByText('Report submitted: the certificate is issued')).toBeVisible();
  });
});
