import { Text } from '@mantine/core';
import { useCountdown } from '../hooks/use-countdown';

type AuctionCountdownProps = {
  until: Date;
  /** Server clock − browser clock, from the auction's `serverTime`. */
  offsetMs: number;
  format: (ms: number) => string;
  /** Large on the lot page, small inside a list line. */
  size?: 'sm' | 'lg';
};

/** Time left by the server's clock; not announced every second (a timer, not a live region). */
export function AuctionCountdown({ until, offsetMs, format, size = 'lg' }: AuctionCountdownProps) {
  const left = useCountdown(until, offsetMs);
  return (
    <Text component="span" role="timer" fw={600} ff="monospace" fz={size}>
      {format(left)}
    </Text>
  );
}
