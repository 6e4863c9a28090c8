import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LotResponse } from '@/api/generated';
import { startSession } from '@/lib/session';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { PublishLotDialog } from './publish-lot-dialog';

const LOT: LotResponse = {
  id: 42,
  sellerOrganizationId: 3,
  sellerName: 'Baotou Magnetics Co.',
  title: 'Offcuts',
  description: '',
  category: 'NDFEB_MAGNET',
  grossMassKg: '1000.000',
  composition: [],
  containedRareEarthKg: '0.000',
  containedRareEarthOxideKg: '0.000',
  location: { region: 'Baotou', latitude: 40.6571, longitude: 109.8403 },
  hazards: [],
  status: 'DRAFT',
  version: 5,
  documentCount: 0,
  createdAt: new Date('2026-11-20T08:00:00Z'),
  updatedAt: new Date('2026-11-20T08:00:00Z'),
};

describe('PublishLotDialog', { timeout: 20_000 }, () => {
  // The user types Beijing time; the server gets UTC.
  beforeEach(() => {
    vi.stubEnv('TZ', 'Asia/Shanghai');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('sends local times as UTC instants and shows the server’s errors at their fields', async () => {
    startSession('token', 3600);
    const fetchMock = mockFetch({
      'POST /api/v1/lots/42/publish': () =>
        problem(400, {
          title: 'Bad Request',
          invalidParams: [{ name: 'closesAt', reason: 'must be at most 30 days away' }],
        }),
    });
    const user = userEvent.setup();
    renderWithProviders(<PublishLotDialog lot={LOT} opened onClose={vi.fn()} />);
    const form = within(await screen.findByRole('form', { name: 'Publish the lot' }));

    expect(form.getByRole('combobox', { name: 'Currency' })).toHaveValue('CNY');
    await user.type(form.getByRole('textbox', { name: 'Start price' }), '50000');
    await user.type(form.getByRole('textbox', { name: 'Reserve price' }), '40000');
    await user.type(form.getByRole('textbox', { name: 'Minimum increment' }), '500');
    const closesAt = form.getByLabelText(/^Closes at/);
    await user.clear(closesAt);
    await user.type(closesAt, '2030-01-15T18:30');
    await user.click(form.getByRole('button', { name: 'Publish lot' }));
    expect(form.getByRole('textbox', { name: 'Reserve price' })).toHaveAccessibleDescription(
      /At least the start price/,
    );
    expect(fetchMock).not.toHaveBeenCalled();

    await user.clear(form.getByRole('textbox', { name: 'Reserve price' }));
    await user.type(form.getByRole('textbox', { name: 'Reserve price' }), '60000.50');
    await user.click(form.getByRole('radio', { name: 'Sealed bid' }));
    await user.click(form.getByRole('button', { name: 'Publish lot' }));

    expect(await form.findByText('must be at most 30 days away')).toBeInTheDocument();
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({
      currency: 'CNY',
      startPrice: '50000',
      reservePrice: '60000.50',
      minIncrement: '500',
      closesAt: '2030-01-15T10:30:00.000Z',
      softCloseSeconds: 300,
      auctionType: 'SEALED',
      version: 5,
    });
  });

  it('closes once the lot is open', async () => {
    startSession('token', 3600);
    mockFetch({
      'POST /api/v1/lots/42/publish': () => json({ ...LOT, status: 'OPEN', version: 6 }),
    });
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<PublishLotDialog lot={LOT} opened onClose={onClose} />);
    const form = within(await screen.findByRole('form', { name: 'Publish the lot' }));
    await user.type(form.getByRole('textbox', { name: 'Start price' }), '100');
    await user.type(form.getByRole('textbox', { name: 'Minimum increment' }), '5');
    await user.click(form.getByRole('button', { name: 'Publish lot' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
