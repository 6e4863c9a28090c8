import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { LicenceForm } from './licence-form';

const SAVED = {
  id: 12,
  organizationId: 3,
  organizationName: 'Baotou Recycling Co.',
  number: 'NM-BT-2026-0001',
  issuingAuthority: 'Inner Mongolia Department of Ecology and Environment',
  categories: ['NDFEB_MAGNET'],
  capacities: [{ category: 'NDFEB_MAGNET', tonnesPerYear: '500' }],
  regionServed: 'Inner Mongolia',
  maxHaulKm: 800,
  validFrom: '2026-11-27T16:00:00Z',
  validTo: '2027-11-28T15:59:59Z',
  dischargePermitNumber: '91150200MA0NBT0800',
  status: 'PENDING',
  hasDocument: false,
  decisions: [],
  createdAt: '2026-11-28T08:00:00Z',
};

async function renderForm() {
  startSession('token', 3600);
  const onSaved = vi.fn();
  const user = userEvent.setup();
  renderWithProviders(<LicenceForm onSaved={onSaved} />);
  const form = within(await screen.findByRole('form', { name: 'Submit a licence' }));
  return { user, form, onSaved };
}

async function fillValidLicence(
  user: ReturnType<typeof userEvent.setup>,
  form: ReturnType<typeof within>,
) {
  await user.type(form.getByRole('textbox', { name: 'Licence number' }), 'NM-BT-2026-0001');
  await user.type(
    form.getByRole('textbox', { name: 'Issuing authority' }),
    'Inner Mongolia Department of Ecology and Environment',
  );
  await user.type(
    form.getByRole('textbox', { name: 'Discharge permit number' }),
    '91150200MA0NBT0800',
  );
  const validFrom = form.getByLabelText(/^Valid from/);
  await user.clear(validFrom);
  await user.type(validFrom, '2026-11-28');
  await user.type(form.getByLabelText(/^Valid until/), '2027-11-28');
  await user.selectOptions(form.getByRole('combobox', { name: 'Category, row 1' }), 'NDFEB_MAGNET');
  await user.type(form.getByRole('textbox', { name: 'Tonnes per year, row 1' }), '500');
  await user.type(form.getByRole('textbox', { name: 'Region served' }), 'Inner Mongolia');
  await user.type(form.getByRole('textbox', { name: 'Maximum haul distance (km)' }), '800');
}

function licenceRequests(fetchMock: ReturnType<typeof mockFetch>) {
  return fetchMock.mock.calls.filter(([url]) => String(url) === '/api/v1/licences');
}

// Long user journeys: generous timeouts for slow, busy machines.
describe('LicenceForm', { timeout: 20_000 }, () => {
  // The user picks days in Beijing time; the server gets UTC instants.
  beforeEach(() => {
    vi.stubEnv('TZ', 'Asia/Shanghai');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('adds and removes capacity rows, keeping at least one', async () => {
    mockFetch({});
    const { user, form } = await renderForm();

    expect(form.getByRole('button', { name: 'Remove row 1' })).toBeDisabled();
    await user.click(form.getByRole('button', { name: 'Add category' }));
    await user.click(form.getByRole('button', { name: 'Add category' }));
    expect(form.getByRole('combobox', { name: 'Category, row 3' })).toHaveValue('');
    await user.selectOptions(
      form.getByRole('combobox', { name: 'Category, row 2' }),
      'SMCO_MAGNET',
    );
    await user.click(form.getByRole('button', { name: 'Remove row 1' }));

    expect(form.getByRole('combobox', { name: 'Category, row 1' })).toHaveValue('SMCO_MAGNET');
    expect(form.queryByRole('combobox', { name: 'Category, row 3' })).not.toBeInTheDocument();
  });

  it('checks capacities, haul and validity before sending', async () => {
    const fetchMock = mockFetch({});
    const { user, form } = await renderForm();
    await fillValidLicence(user, form);
    await user.click(form.getByRole('button', { name: 'Add category' }));
    await user.selectOptions(
      form.getByRole('combobox', { name: 'Category, row 2' }),
      'NDFEB_MAGNET',
    );
    await user.type(form.getByRole('textbox', { name: 'Tonnes per year, row 2' }), '12.3456');
    const haul = form.getByRole('textbox', { name: 'Maximum haul distance (km)' });
    await user.clear(haul);
    await user.type(haul, '25000');
    const validTo = form.getByLabelText(/^Valid until/);
    await user.clear(validTo);
    await user.type(validTo, '2026-11-01');
    await user.click(form.getByRole('button', { name: 'Submit for verification' }));

    expect(form.getByRole('combobox', { name: 'Category, row 2' })).toHaveAccessibleDescription(
      'This category is already listed',
    );
    expect(
      form.getByRole('textbox', { name: 'Tonnes per year, row 2' }),
    ).toHaveAccessibleDescription('Enter tonnes with at most 3 decimals, e.g. 500');
    expect(haul).toHaveAccessibleDescription(/Between 1 and 20,000 km/);
    expect(validTo).toHaveAccessibleDescription(/Must be after the first day of validity/);
    expect(licenceRequests(fetchMock)).toHaveLength(0);
  });

  it('sends local days as UTC instants and shows the server’s errors at their fields', async () => {
    const fetchMock = mockFetch({
      'POST /api/v1/licences': () =>
        problem(400, {
          title: 'Invalid request',
          invalidParams: [
            { name: 'capacities[0].tonnesPerYear', reason: 'must be at most 1000000' },
            { name: 'validTo', reason: 'must be at most 10 years after validFrom' },
          ],
        }),
    });
    const { user, form, onSaved } = await renderForm();
    await fillValidLicence(user, form);
    await user.click(form.getByRole('button', { name: 'Submit for verification' }));

    const tonnes = form.getByRole('textbox', { name: 'Tonnes per year, row 1' });
    expect(await form.findByText('must be at most 1000000')).toBeInTheDocument();
    expect(tonnes).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByLabelText(/^Valid until/)).toHaveAccessibleDescription(
      /must be at most 10 years after validFrom/,
    );
    expect(form.queryByRole('alert')).not.toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();

    const [, init] = licenceRequests(fetchMock)[0] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({
      number: 'NM-BT-2026-0001',
      issuingAuthority: 'Inner Mongolia Department of Ecology and Environment',
      capacities: [{ category: 'NDFEB_MAGNET', tonnesPerYear: '500' }],
      regionServed: 'Inner Mongolia',
      maxHaulKm: 800,
      validFrom: '2026-11-27T16:00:00.000Z',
      validTo: '2027-11-28T15:59:59.000Z',
      dischargePermitNumber: '91150200MA0NBT0800',
    });
  });

  it('shows a duplicate number at the number field and hands over the saved licence', async () => {
    let attempts = 0;
    mockFetch({
      'POST /api/v1/licences': () => {
        attempts += 1;
        return attempts === 1
          ? problem(409, {
              title: 'Conflict',
              invalidParams: [
                {
                  name: 'number',
                  reason: 'You have submitted a licence with this number already.',
                },
              ],
            })
          : json(SAVED, 201);
      },
    });
    const { user, form, onSaved } = await renderForm();
    await fillValidLicence(user, form);
    await user.click(form.getByRole('button', { name: 'Submit for verification' }));

    const number = form.getByRole('textbox', { name: 'Licence number' });
    await vi.waitFor(() =>
      expect(number).toHaveAccessibleDescription(
        'You have submitted a licence with this number already.',
      ),
    );
    expect(form.queryByRole('alert')).not.toBeInTheDocument();

    await user.type(number, '-B');
    await user.click(form.getByRole('button', { name: 'Submit for verification' }));
    await vi.waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 12 })),
    );
  });
});
