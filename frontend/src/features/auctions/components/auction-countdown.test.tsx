import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clockOffsetMs, clockText, remainingMs, splitDuration } from '../lib/countdown';
import { renderWithProviders } from '@/testing/render';
import { AuctionCountdown } from './auction-countdown';

const format = (ms: number) => clockText(splitDuration(ms));

describe('countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // The browser's clock is 2 minutes behind the server's.
    vi.setSystemTime(new Date('2026-11-28T11:58:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts by the server’s clock, not the browser’s', () => {
    const serverTime = new Date('2026-11-28T12:00:00Z');
    const offset = clockOffsetMs(serverTime, Date.now());
    expect(offset).toBe(120_000);
    const closesAt = new Date('2026-11-28T12:01:30Z');
    expect(remainingMs(closesAt, offset, Date.now())).toBe(90_000);

    renderWithProviders(<AuctionCountdown until={closesAt} offsetMs={offset} format={format} />);
    expect(screen.getByRole('timer')).toHaveTextContent('01:30');
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('timer')).toHaveTextContent('01:29');
    act(() => vi.advanceTimersByTime(89_000));
    expect(screen.getByRole('timer')).toHaveTextContent('00:00');
    act(() => vi.advanceTimersByTime(5000));
    expect(screen.getByRole('timer')).toHaveTextContent('00:00');
  });

  it('grows again when soft close moves the end', () => {
    const offset = 120_000;
    const countdown = (until: string) => (
      <MantineProvider>
        <AuctionCountdown until={new Date(until)} offsetMs={offset} format={format} />
      </MantineProvider>
    );
    const { rerender } = render(countdown('2026-11-28T12:00:05Z'));
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByRole('timer')).toHaveTextContent('00:03');
    rerender(countdown('2026-11-28T12:00:15Z'));
    expect(screen.getByRole('timer')).toHaveTextContent('00:13');
  });

  it('splits long durations and rounds seconds up', () => {
    expect(splitDuration(90_061_500)).toEqual({ days: 1, hours: 1, minutes: 1, seconds: 2 });
    expect(clockText({ days: 0, hours: 3, minutes: 5, seconds: 9 })).toBe('3:05:09');
    expect(remainingMs(new Date(0), 0, 5000)).toBe(0);
  });
});
