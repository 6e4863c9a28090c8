/** How far the server's clock is ahead of this browser's (negative when behind). */
export function clockOffsetMs(serverTime: Date, receivedAt: number): number {
  return serverTime.getTime() - receivedAt;
}

/** Milliseconds until `until` by the server's clock, never below 0. */
export function remainingMs(until: Date, offsetMs: number, now: number): number {
  return Math.max(0, until.getTime() - (now + offsetMs));
}

export type Duration = { days: number; hours: number; minutes: number; seconds: number };

/** Whole days, hours, minutes and seconds, rounding up so that 0 shows only at the end. */
export function splitDuration(ms: number): Duration {
  const total = Math.ceil(ms / 1000);
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The clock part of a duration: "05:09" under an hour, "3:05:09" otherwise. */
export function clockText({ hours, minutes, seconds }: Duration): string {
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}
