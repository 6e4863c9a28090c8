import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LotResponseFromJSON } from '@/api/generated';
import { startSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { LotCustody } from './lot-custody';

const SELLER = 11;
const WINNER = 3;

const lot = LotResponseFromJSON({
  id: 42,
  sellerOrganizationId: SELLER,
  sellerName: 'Baotou Magnetics',
  title: 'Sintered NdFeB swarf',
  description: '',
  category: 'NDFEB_MAGNET',
  grossMassKg: '2000',
  composition: [
    {
      element: 'Nd',
      fraction: '0.114',
      source: 'TYPICAL',
      containedKg: '228.000',
      containedOxideKg: '265.939',
    },
  ],
  containedRareEarthKg: '228.000',
  containedRareEarthOxideKg: '265.939',
  location: { region: 'Baotou', latitude: 40.6574, longitude: 109.8403 },
  hazards: [],
  status: 'PICKED_UP',
  version: 3,
  createdAt: '2026-12-01T08:00:00Z',
  updatedAt: '2026-12-05T08:00:00Z',
  documentCount: 0,
  winnerOrganizationId: WINNER,
});

const pickup = {
  id: 501,
  lotId: 42,
  sequence: 1,
  type: 'PICKED_UP',
  at: '2026-12-05T06:30:00Z',
  actorOrganizationId: SELLER,
  actorOrganizationName: 'Baotou Magnetics',
  recordedAt: '2026-12-05T06:31:00Z',
  shippedKg: '2000.000',
  carrier: 'Inner Mongolia Freight',
  vehiclePlate: '蒙B·12345',
  transportDocument: 'TD-2026-0042',
  previousHash: '0'.repeat(64),
  hash: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
};

function trail(overrides: Record<string, unknown> = {}) {
  return {
    lotId: 42,
    lotStatus: 'PICKED_UP',
    sellerOrganizationId: SELLER,
    winnerOrganizationId: WINNER,
    winnerName: 'Ganzhou Recycling Co.',
    events: [pickup],
    verification: { valid: true, eventCount: 1, checkedAt: '2026-12-05T08:00:00Z' },
    nextStep: 'DELIVERED',
    nextParty: 'WINNER',
    callerMayRecord: true,
    reportDue: false,
    ...overrides,
  };
}

function renderCustody(viewer = WINNER) {
  startSession('token', 3600);
  const user = userEvent.setup();
  renderWithProviders(<LotCustody lot={lot} viewerOrganizationId={viewer} />);
  return { user };
}

function sentBody(fetchMock: ReturnType<typeof mockFetch>, index = 1): Record<string, unknown> {
  const post = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')[index - 1];
  return JSON.parse(String(post?.[1]?.body)) as Record<string, unknown>;
}

describe('LotCustody', { timeout: 20_000 }, () => {
  it('shows each event with its figures, actor and short hash, and that the chain holds', async () => {
    mockFetch({ 'GET /api/v1/lots/42/custody': () => json(trail({ callerMayRecord: false })) });
    renderCustody(SELLER);
    const section = within(await screen.findByRole('region', { name: 'Chain of custody' }));
    expect(section.getByRole('status')).toHaveTextContent('Chain verified · 1 event');
    expect(section.getByRole('heading', { name: '1. Picked up' })).toBeVisible();
    expect(section.getByText(/Baotou Magnetics$/)).toBeVisible();
    expect(section.getByText('2,000 kg')).toBeVisible();
    expect(section.getByText('蒙B·12345')).toBeVisible();
    expect(section.getByText('a1b2c3d4e5f6…')).toHaveAttribute('title', pickup.hash);
    expect(section.getByText('Next: the winning recycler records “Delivered”.')).toBeVisible();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('says where and why a chain breaks', async () => {
    mockFetch({
      'GET /api/v1/lots/42/custody': () =>
        json(
          trail({
            verification: {
              valid: false,
              eventCount: 1,
              brokenAtEventId: 501,
              brokenAtSequence: 1,
              reason: 'HASH_MISMATCH',
              checkedAt: '2026-12-05T08:00:00Z',
            },
          }),
        ),
    });
    renderCustody();
    const section = within(await screen.findByRole('region', { name: 'Chain of custody' }));
    expect(section.getByRole('status')).toHaveTextContent(
      'Chain broken at event 1 (its content was changed)',
    );
  });

  it('offers the winner the delivery with the pickup’s document, and asks why when it differs', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/lots/42/custody': () => json(trail()),
      'POST /api/v1/lots/42/custody': () =>
        json({ ...pickup, id: 502, sequence: 2, type: 'DELIVERED' }, 201),
    });
    const { user } = renderCustody();
    const form = within(await screen.findByRole('form', { name: 'Record the delivery' }));
    const document = form.getByRole('textbox', { name: 'Transport document no.' });
    expect(document).toHaveValue('TD-2026-0042');
    expect(
      form.queryByRole('textbox', { name: 'Why the document differs' }),
    ).not.toBeInTheDocument();

    await user.clear(document);
    await user.type(document, 'TD-2026-0042-B');
    await user.click(form.getByRole('button', { name: 'Record delivery' }));
    expect(
      form.getByRole('textbox', { name: 'Why the document differs' }),
    ).toHaveAccessibleDescription(/The document differs from the pickup's: say why/);
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await user.type(
      form.getByRole('textbox', { name: 'Why the document differs' }),
      'Reissued at the border',
    );
    await user.click(form.getByRole('button', { name: 'Record delivery' }));
    expect(await screen.findByText('Recorded: Delivered')).toBeVisible();
    expect(sentBody(fetchMock)).toMatchObject({
      type: 'DELIVERED',
      transportDocument: 'TD-2026-0042-B',
      documentMismatchReason: 'Reissued at the border',
    });
    expect(typeof sentBody(fetchMock).at).toBe('string');
  });

  it('checks the receipt and shows the server’s errors next to the fields they name', async () => {
    const fetchMock = mockFetch({
      'GET /api/v1/lots/42/custody': () =>
        json(trail({ lotStatus: 'DELIVERED', nextStep: 'RECEIVED' })),
      'POST /api/v1/lots/42/custody': () =>
        problem(400, {
          title: 'Invalid request',
          invalidParams: [{ name: 'weighbridgeTicket', reason: 'already used for lot 17' }],
        }),
    });
    const { user } = renderCustody();
    const form = within(await screen.findByRole('form', { name: 'Record the receipt' }));
    const weighed = form.getByRole('textbox', { name: 'Weighed at the gate (kg)' });
    await user.type(weighed, '1700.1234');
    await user.click(form.getByRole('button', { name: 'Record receipt' }));
    expect(weighed).toHaveAccessibleDescription(/Enter kg with at most 3 decimals/);
    expect(
      form.getByRole('textbox', { name: 'Weighbridge ticket no.' }),
    ).toHaveAccessibleDescription('Required');

    await user.clear(weighed);
    await user.type(weighed, '1700');
    await user.type(form.getByRole('textbox', { name: 'Weighbridge ticket no.' }), 'WB-88');
    await user.click(form.getByRole('button', { name: 'Record receipt' }));
    expect(await form.findByText('already used for lot 17')).toBeVisible();
    expect(form.getByRole('textbox', { name: 'Weighbridge ticket no.' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(form.queryByRole('alert')).not.toBeInTheDocument();
    expect(sentBody(fetchMock)).toMatchObject({
      type: 'RECEIVED',
      weighedKg: '1700',
      weighbridgeTicket: 'WB-88',
    });
  });

  it('says so when someone else recorded the step first', async () => {
    mockFetch({
      'GET /api/v1/lots/42/custody': () => json(trail()),
      'POST /api/v1/lots/42/custody': () =>
        problem(409, { title: 'Conflict', detail: 'DELIVERED is already recorded' }),
    });
    const { user } = renderCustody();
    const form = within(await screen.findByRole('form', { name: 'Record the delivery' }));
    await user.click(form.getByRole('button', { name: 'Record delivery' }));
    expect(await form.findByRole('alert')).toHaveTextContent('This step was already recorded');
  });
});
