import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
});
