import { useEffect, useState } from 'react';
import { remainingMs } from '../lib/countdown';

/**
 * Milliseconds left until `until` by the server's clock (`offsetMs` = server − browser),
 * ticking every second until it reaches 0.
 */
export function useCountdown(until: Date, offsetMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  const left = remainingMs(until, offsetMs, now);
  const done = left === 0;

  useEffect(() => {
    if (done) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [done]);

  return left;
}
