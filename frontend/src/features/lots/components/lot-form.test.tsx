import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { LotForm } from './lot-form';

function element(symbol: string, name: string, atomicNumber: number, factor: string) {
  return {
    symbol,
    name,
    atomicNumber,
    atomicMass: '140.000',
    group: atomicNumber < 62 ? 'LIGHT' : 'HEAVY',
    oxideFormula: `${symbol}2O3`,
    metalToOxideFactor: factor,
  };
}

const ELEMENTS = [
  element('La', 'Lanthanum', 57, '1.1728'),
  element('Ce', 'Cerium', 58, '1.2284'),
  element('Pr', 'Praseodymium', 59, '1.2077'),
  element('Nd', 'Neodymium', 60, '1.1664'),
  element('Dy', 'Dysprosium', 66, '1.1477'),
];

function typical(element: string, fraction: string, confidence: string) {
  return {
    element,
    typicalFraction: fraction,
    minFraction: fraction,
    maxFraction: fraction,
    confidence,
    source: 'Reference source',
  };
}

const CATEGORIES = [
  {
    code: 'NDFEB_MAGNET',
    assayRequired: false,
    hazards: ['PYROPHORIC_DUST'],
    typicalComposition: [
      typical('Nd', '0.228000', 'PUBLISHED'),
      typical('Pr', '0.033000', 'PUBLISHED'),
      typical('Dy', '0.012000', 'PUBLISHED'),
    ],
    note: 'Published figures',
  },
  {
    code: 'NIMH_BATTERY',
    assayRequired: false,
    hazards: ['ELECTROLYTE', 'HEAVY_METALS'],
    typicalComposition: [
      typical('La', '0.035000', 'ESTIMATE'),
      typical('Ce', '0.025000', 'ESTIMATE'),
    ],
    note: 'Estimates',
  },
  {
    code: 'E_WASTE',
    assayRequired: true,
    hazards: ['HEAVY_METALS'],
    typicalComposition: [],
    note: 'None',
  },
];

const LOCATION = { region: 'Inner Mongolia', latitude: 40.6571, longitude: 109.8403 };

function mockReference(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/v1/reference/elements': () => json(ELEMENTS),
    'GET /api/v1/reference/categories': () => json(CATEGORIES),
    ...extra,
  });
}

async function renderForm() {
  startSession('token', 3600);
  const onSaved = vi.fn();
  const user = userEvent.setup();
  renderWithProviders(<LotForm defaultLocation={LOCATION} onSaved={onSaved} />);
  const form = await screen.findByRole('form', { name: 'New lot' });
  return { user, form: within(form), onSaved };
}

// Long user journeys: generous timeouts for slow, busy machines.
describe('LotForm composition editor', { timeout: 20_000 }, () => {
  it('fills the rows from the typical composition and shows what each contains, exactly', async () => {
    mockReference();
    const { user, form } = await renderForm();

    const fill = form.getByRole('button', { name: 'Start from typical composition' });
    expect(fill).toBeDisabled();
    expect(fill).toHaveAccessibleDescription('Choose a waste category first.');

    await user.selectOptions(
      form.getByRole('combobox', { name: 'Waste category' }),
      'NDFEB_MAGNET',
    );
    expect(form.getByRole('checkbox', { name: 'Pyrophoric dust' })).toBeChecked();
    await user.type(form.getByRole('textbox', { name: 'Gross mass' }), '1000');
    await user.click(fill);

    expect(form.getByRole('combobox', { name: 'Element, row 1' })).toHaveValue('Nd');
    expect(form.getByRole('textbox', { name: 'Fraction, row 1' })).toHaveValue('0.228000');
    expect(form.getByRole('combobox', { name: 'Source, row 3' })).toHaveValue('TYPICAL');
    const rows = form.getAllByRole('row');
    expect(rows[1]).toHaveTextContent('228.000 kg');
    expect(rows[1]).toHaveTextContent('265.939 kg');
    expect(form.getByTestId('fraction-sum')).toHaveTextContent('0.273 (27.3 %)');
    expect(form.queryByText('estimate')).not.toBeInTheDocument();

    await user.selectOptions(
      form.getByRole('combobox', { name: 'Waste category' }),
      'NIMH_BATTERY',
    );
    await user.click(fill);
    expect(form.getByRole('combobox', { name: 'Element, row 1' })).toHaveValue('La');
    expect(form.queryByRole('combobox', { name: 'Element, row 3' })).not.toBeInTheDocument();
    expect(form.getAllByText('estimate')).toHaveLength(2);
    await user.selectOptions(form.getByRole('combobox', { name: 'Source, row 1' }), 'ASSAY');
    expect(form.getAllByText('estimate')).toHaveLength(1);

    await user.selectOptions(form.getByRole('combobox', { name: 'Waste category' }), 'E_WASTE');
    expect(fill).toBeDisabled();
    expect(fill).toHaveAccessibleDescription(
      'This category has no typical composition: declare it from an assay.',
    );
  });

  it('warns while the fractions add up to more than the whole lot', async () => {
    mockReference();
    const { user, form } = await renderForm();
    await user.type(form.getByRole('textbox', { name: 'Gross mass' }), '10');
    await user.click(form.getByRole('button', { name: 'Add element' }));
    await user.click(form.getByRole('button', { name: 'Add element' }));
    await user.selectOptions(form.getByRole('combobox', { name: 'Element, row 1' }), 'Nd');
    await user.type(form.getByRole('textbox', { name: 'Fraction, row 1' }), '0.9');
    await user.selectOptions(form.getByRole('combobox', { name: 'Element, row 2' }), 'Dy');
    await user.type(form.getByRole('textbox', { name: 'Fraction, row 2' }), '0.1');
    expect(form.queryByRole('status')).not.toBeInTheDocument();
    expect(form.getByTestId('fraction-sum')).toHaveTextContent('1 (100 %)');

    await user.type(form.getByRole('textbox', { name: 'Fraction, row 2' }), '5');
    expect(form.getByRole('status')).toHaveTextContent(
      'The fractions add up to 105 %, more than the whole lot. Check them.',
    );
    await user.click(form.getByRole('button', { name: 'Remove row 1' }));
    expect(form.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows the server’s errors on the composition row they name', async () => {
    const fetchMock = mockReference({
      'POST /api/v1/lots': () =>
        problem(400, {
          title: 'Bad Request',
          invalidParams: [
            { name: 'composition[1].fraction', reason: 'must not exceed the typical maximum' },
            { name: 'title', reason: 'is already used by another of your lots' },
          ],
        }),
    });
    const { user, form, onSaved } = await renderForm();
    await user.type(form.getByRole('textbox', { name: 'Title' }), 'Offcuts');
    await user.selectOptions(
      form.getByRole('combobox', { name: 'Waste category' }),
      'NDFEB_MAGNET',
    );
    await user.type(form.getByRole('textbox', { name: 'Gross mass' }), '1250.5');
    await user.click(form.getByRole('button', { name: 'Start from typical composition' }));
    await user.clear(form.getByRole('textbox', { name: 'Fraction, row 2' }));
    await user.type(form.getByRole('textbox', { name: 'Fraction, row 2' }), '0.5');
    await user.click(form.getByRole('button', { name: 'Create draft' }));

    const fraction = form.getByRole('textbox', { name: 'Fraction, row 2' });
    expect(await form.findByText('must not exceed the typical maximum')).toBeInTheDocument();
    expect(fraction).toHaveAttribute('aria-invalid', 'true');
    expect(fraction).toHaveAccessibleDescription('must not exceed the typical maximum');
    expect(form.getByRole('textbox', { name: 'Fraction, row 1' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(form.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(
      'is already used by another of your lots',
    );
    expect(form.queryByRole('alert')).not.toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();

    const [, init] = fetchMock.mock.calls.find(([url]) => String(url) === '/api/v1/lots') ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({
      title: 'Offcuts',
      description: '',
      category: 'NDFEB_MAGNET',
      grossMassKg: '1250.5',
      composition: [
        { element: 'Nd', fraction: '0.228000', source: 'TYPICAL' },
        { element: 'Pr', fraction: '0.5', source: 'TYPICAL' },
        { element: 'Dy', fraction: '0.012000', source: 'TYPICAL' },
      ],
      useTypicalComposition: false,
      location: LOCATION,
      hazards: ['PYROPHORIC_DUST'],
    });
  });

  it('checks fractions and duplicate elements before sending', async () => {
    const fetchMock = mockReference();
    const { user, form } = await renderForm();
    await user.click(form.getByRole('button', { name: 'Add element' }));
    await user.click(form.getByRole('button', { name: 'Add element' }));
    await user.selectOptions(form.getByRole('combobox', { name: 'Element, row 1' }), 'Nd');
    await user.type(form.getByRole('textbox', { name: 'Fraction, row 1' }), '22.8');
    await user.selectOptions(form.getByRole('combobox', { name: 'Element, row 2' }), 'Nd');
    await user.type(form.getByRole('textbox', { name: 'Fraction, row 2' }), '0.1');
    await user.click(form.getByRole('button', { name: 'Create draft' }));

    expect(form.getByRole('textbox', { name: 'Fraction, row 1' })).toHaveAccessibleDescription(
      /Enter a fraction from 0 to 1/,
    );
    expect(form.getByRole('combobox', { name: 'Element, row 2' })).toHaveAccessibleDescription(
      'This element is already declared',
    );
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContain('/api/v1/lots');
  });
});

describe('LotForm editing a draft', { timeout: 20_000 }, () => {
  const draft = {
    id: 42,
    sellerOrganizationId: 3,
    sellerName: 'Baotou Magnetics Co.',
    title: 'Offcuts',
    description: '',
    category: 'NDFEB_MAGNET',
    grossMassKg: '1000.000',
    composition: [
      {
        element: 'Nd',
        fraction: '0.228000',
        source: 'TYPICAL',
        containedKg: '228.000',
        containedOxideKg: '265.939',
      },
    ],
    containedRareEarthKg: '228.000',
    containedRareEarthOxideKg: '265.939',
    location: LOCATION,
    hazards: ['PYROPHORIC_DUST'],
    status: 'DRAFT',
    version: 4,
    documentCount: 0,
    createdAt: new Date('2026-11-20T08:00:00Z'),
    updatedAt: new Date('2026-11-20T08:00:00Z'),
  } as const;

  it('sends the version it read and says so when someone else changed the lot', async () => {
    startSession('token', 3600);
    const fetchMock = mockReference({
      'PUT /api/v1/lots/42': () =>
        problem(409, {
          title: 'Conflict',
          invalidParams: [{ name: 'version', reason: 'the lot has changed since version 4' }],
        }),
    });
    const user = userEvent.setup();
    renderWithProviders(
      <LotForm
        lot={{ ...draft, composition: [...draft.composition], hazards: [...draft.hazards] }}
        defaultLocation={LOCATION}
        onSaved={vi.fn()}
      />,
    );
    const form = within(await screen.findByRole('form', { name: 'Edit draft lot' }));
    expect(form.getByRole('textbox', { name: 'Fraction, row 1' })).toHaveValue('0.228000');
    await user.clear(form.getByRole('textbox', { name: 'Title' }));
    await user.type(form.getByRole('textbox', { name: 'Title' }), 'Offcuts, sorted');
    await user.click(form.getByRole('button', { name: 'Save changes' }));

    expect(await form.findByRole('alert')).toHaveTextContent(
      'Someone else changed this lot — reload it to see their changes.',
    );
    expect(form.getByRole('button', { name: 'Reload the lot' })).toBeInTheDocument();
    const [, init] = fetchMock.mock.calls.find(([url]) => String(url) === '/api/v1/lots/42') ?? [];
    expect(JSON.parse(String(init?.body))).toMatchObject({
      title: 'Offcuts, sorted',
      grossMassKg: '1000.000',
      composition: [{ element: 'Nd', fraction: '0.228000', source: 'TYPICAL' }],
      version: 4,
    });
  });
});
