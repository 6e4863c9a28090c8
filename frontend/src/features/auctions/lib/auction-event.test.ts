import { describe, expect, it } from 'vitest';
import type { AuctionState } from '@/api/generated';
import { applyAuctionEvent, parseAuctionEvent } from './auction-event';

const STATE: AuctionState = {
  lotId: 7,
  auctionType: 'ENGLISH',
  status: 'OPEN',
  currency: 'CNY',
  startPrice: '1000.0000',
  minIncrement: '100.0000',
  currentPrice: '1000.0000',
  nextMinimumBid: '1100.0000',
  leading: true,
  reserveMet: false,
  bidCount: 1,
  myMaxAmount: '1000.0000',
  opensAt: new Date('2026-11-28T10:00:00Z'),
  closesAt: new Date('2026-11-28T12:00:00Z'),
  extended: false,
  serverTime: new Date('2026-11-28T11:00:00Z'),
  sequence: 1,
  mayBid: true,
};

function event(data: Record<string, unknown>) {
  const parsed = parseAuctionEvent(JSON.stringify(data));
  if (parsed === null) throw new Error('not an event');
  return parsed;
}

describe('applyAuctionEvent', () => {
  it('shows a price event at once, leaving the caller’s own fields to the refetch', () => {
    const next = applyAuctionEvent(
      STATE,
      event({
        sequence: 2,
        type: 'price',
        currentPrice: '1100',
        bidCount: 2,
        closesAt: '2026-11-28T12:00:00Z',
        reserveMet: true,
        leaderLabel: 'Bidder 2',
        occurredAt: '2026-11-28T11:00:05Z',
      }),
    );
    expect(next).toMatchObject({
      sequence: 2,
      currentPrice: '1100',
      bidCount: 2,
      reserveMet: true,
      extended: false,
      status: 'OPEN',
      leading: true,
      nextMinimumBid: '1100.0000',
    });
  });

  it('moves the close and marks the auction extended', () => {
    const next = applyAuctionEvent(
      STATE,
      event({
        sequence: 2,
        type: 'extended',
        currentPrice: '1000.0000',
        bidCount: 1,
        closesAt: '2026-11-28T12:00:10Z',
        reserveMet: false,
        occurredAt: '2026-11-28T11:59:55Z',
      }),
    );
    expect(next.extended).toBe(true);
    expect(next.closesAt).toEqual(new Date('2026-11-28T12:00:10Z'));
  });

  it('closes with the result', () => {
    const next = applyAuctionEvent(
      STATE,
      event({
        sequence: 3,
        type: 'closed',
        currentPrice: '1000.0000',
        bidCount: 1,
        closesAt: '2026-11-28T12:00:00Z',
        reserveMet: true,
        result: 'AWARDED',
        occurredAt: '2026-11-28T12:00:00.4Z',
      }),
    );
    expect(next).toMatchObject({ status: 'CLOSED', result: 'AWARDED', sequence: 3 });
  });

  it('keeps a sealed price hidden and ignores events it already has', () => {
    const sealed = { ...STATE, auctionType: 'SEALED' as const, currentPrice: undefined };
    const next = applyAuctionEvent(
      sealed,
      event({
        sequence: 2,
        type: 'price',
        bidCount: 2,
        closesAt: '2026-11-28T12:00:00Z',
        reserveMet: false,
        occurredAt: '2026-11-28T11:00:05Z',
      }),
    );
    expect(next.currentPrice).toBeUndefined();
    expect(next.bidCount).toBe(2);
    const replayed = event({
      sequence: 1,
      type: 'price',
      currentPrice: '900',
      bidCount: 9,
      closesAt: '2026-11-28T12:00:00Z',
      reserveMet: false,
      occurredAt: '2026-11-28T10:30:00Z',
    });
    expect(applyAuctionEvent(STATE, replayed)).toBe(STATE);
  });

  it('reads only AuctionEvent data', () => {
    expect(parseAuctionEvent('not json')).toBeNull();
    expect(parseAuctionEvent('{"hello":1}')).toBeNull();
  });
});
