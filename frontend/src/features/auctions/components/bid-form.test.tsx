import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AuctionState } from '@/api/generated';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { BidForm } from './bid-form';

const AUCTION: AuctionState = {
  lotId: 7,
  auctionType: 'ENGLISH',
  status: 'OPEN',
  currency: 'CNY',
  startPrice: '1000.0000',
  minIncrement: '100.0000',
  currentPrice: '1000.0000',
  nextMinimumBid: '1100.0000',
  leading: false,
  reserveMet: false,
  bidCount: 1,
  opensAt: new Date('2026-11-28T10:00:00Z'),
  closesAt: new Date('2026-11-28T12:00:00Z'),
  extended: false,
  serverTime: new Date('2026-11-28T11:00:00Z'),
  sequence: 1,
  mayBid: true,
};

function idempotencyKeys(fetchMock: ReturnType<typeof mockFetch>): (string | null)[] {
  return fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers).get('Idempotency-Key'));
}

describe('BidForm', { timeout: 20_000 }, () => {
  it('starts at the next minimum bid and shows "bid too low" at the amount', async () => {
    const fetchMock = mockFetch({
      'POST /api/v1/lots/7/bids': () =>
        problem(422, {
          title: 'Bid too low',
          invalidParams: [{ name: 'amount', reason: 'must be at least 1200.0000' }],
        }),
    });
    const user = userEvent.setup();
    renderWithProviders(<BidForm auction={AUCTION} />);
    const form = within(screen.getByRole('form', { name: 'Place a bid' }));
    const amount = form.getByRole('textbox', { name: 'Your bid' });
    expect(amount).toHaveValue('1100');
    expect(amount).toHaveAccessibleDescription('At least 1,100.00 CNY');

    await user.type(form.getByRole('textbox', { name: 'Maximum (optional)' }), '1500');
    await user.click(form.getByRole('button', { name: 'Place bid' }));

    expect(await form.findByText('Bid too low: bid at least 1,100.00 CNY')).toBeInTheDocument();
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(form.queryByRole('alert')).not.toBeInTheDocument();
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({ amount: '1100', maxAmount: '1500' });
  });

  it('keeps the Idempotency-Key when the same bid is retried after a network error', async () => {
    let answers = 0;
    const fetchMock = mockFetch({
      'POST /api/v1/lots/7/bids': () => {
        answers += 1;
        if (answers === 1) throw new TypeError('Failed to fetch');
        return json(
          {
            bidId: 3,
            outcome: 'LEADING',
            auction: { ...AUCTION, leading: true, nextMinimumBid: '1200.0000', sequence: 2 },
          },
          201,
        );
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<BidForm auction={AUCTION} />);
    const form = within(screen.getByRole('form', { name: 'Place a bid' }));

    await user.click(form.getByRole('button', { name: 'Place bid' }));
    expect(await form.findByRole('alert')).toHaveTextContent(/server could not be reached/);
    await user.click(form.getByRole('button', { name: 'Place bid' }));
    expect(await form.findByRole('textbox', { name: 'Your bid' })).toHaveValue('1200');

    // A new bid is a new action: a new key.
    await user.click(form.getByRole('button', { name: 'Place bid' }));
    await screen.findAllByText('Bid placed: you are leading');
    const keys = idempotencyKeys(fetchMock);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('has no maximum in a sealed tender', () => {
    renderWithProviders(
      <BidForm auction={{ ...AUCTION, auctionType: 'SEALED', currentPrice: undefined }} />,
    );
    const form = within(screen.getByRole('form', { name: 'Place a bid' }));
    expect(form.queryByRole('textbox', { name: 'Maximum (optional)' })).not.toBeInTheDocument();
    expect(form.getByRole('button', { name: 'Submit sealed bid' })).toBeInTheDocument();
  });

  it('reads thousands separators as typed and says the amount in words', async () => {
    const fetchMock = mockFetch({
      'POST /api/v1/lots/7/bids': () =>
        json({ bidId: 4, outcome: 'LEADING', auction: { ...AUCTION, leading: true } }, 201),
    });
    const user = userEvent.setup();
    renderWithProviders(<BidForm auction={AUCTION} />);
    const form = within(screen.getByRole('form', { name: 'Place a bid' }));
    const amount = form.getByRole('textbox', { name: 'Your bid' });

    await user.clear(amount);
    await user.type(amount, '1,150.50');
    expect(amount).toHaveAccessibleDescription('At least 1,100.00 CNY');
    await user.click(form.getByRole('button', { name: 'Place bid' }));

    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({ amount: '1150.50' });
  });

  it('refuses commas that are not thousands separators', async () => {
    const fetchMock = mockFetch({});
    const user = userEvent.setup();
    renderWithProviders(<BidForm auction={AUCTION} />);
    const form = within(screen.getByRole('form', { name: 'Place a bid' }));
    const amount = form.getByRole('textbox', { name: 'Your bid' });
    await user.clear(amount);
    await user.type(amount, '11,50');
    await user.click(form.getByRole('button', { name: 'Place bid' }));
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks before a bid far above the next minimum, and a cancel sends nothing', async () => {
    const fetchMock = mockFetch({
      'POST /api/v1/lots/7/bids': () =>
        json({ bidId: 5, outcome: 'LEADING', auction: { ...AUCTION, leading: true } }, 201),
    });
    const user = userEvent.setup();
    renderWithProviders(<BidForm auction={AUCTION} />);
    const form = within(screen.getByRole('form', { name: 'Place a bid' }));
    const amount = form.getByRole('textbox', { name: 'Your bid' });
    await user.clear(amount);
    await user.type(amount, '11,000');
    expect(amount).toHaveAccessibleDescription('At least 1,100.00 CNY · ≈ 11 thousand CNY');
    await user.click(form.getByRole('button', { name: 'Place bid' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'Confirm a large bid' }));
    expect(
      dialog.getByText(
        'Your bid of 11,000.00 CNY is 10× the next minimum bid of 1,100.00 CNY. Place it?',
      ),
    ).toBeVisible();
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Confirm a large bid' })).toBeNull(),
    );
    expect(fetchMock).not.toHaveBeenCalled();

    await user.click(form.getByRole('button', { name: 'Place bid' }));
    const again = within(await screen.findByRole('dialog', { name: 'Confirm a large bid' }));
    await user.click(again.getByRole('button', { name: 'Yes, place it' }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({ amount: '11000' });
  });

  it('says what a proxy maximum will do before it is placed', async () => {
    mockFetch({});
    const user = userEvent.setup();
    renderWithProviders(<BidForm auction={AUCTION} />);
    const form = within(screen.getByRole('form', { name: 'Place a bid' }));
    const max = form.getByRole('textbox', { name: 'Maximum (optional)' });
    await user.type(max, '1500');
    expect(max).toHaveAccessibleDescription(
      'REEx will bid for you in steps of 100.00 CNY, only when someone outbids you, up to 1,500.00 CNY. ' +
        'If your maximum meets a reserve the seller set, the price rises to the reserve at once',
    );
  });

  it('leaves the reserve out of the plan once it is met', async () => {
    mockFetch({});
    const user = userEvent.setup();
    renderWithProviders(<BidForm auction={{ ...AUCTION, reserveMet: true }} />);
    const form = within(screen.getByRole('form', { name: 'Place a bid' }));
    const max = form.getByRole('textbox', { name: 'Maximum (optional)' });
    await user.type(max, '1500');
    expect(max).toHaveAccessibleDescription(
      'REEx will bid for you in steps of 100.00 CNY, only when someone outbids you, up to 1,500.00 CNY',
    );
  });
});
