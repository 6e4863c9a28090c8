/**
 * Progress figures for the bars: decimal strings from the API turned into bar percentages, capped
 * at 100 for the bar itself (the label still says the real share), and the statistics link.
 */
import type { TargetResponse } from '@/api/generated';

const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

/** A fraction such as "0.233333" as a bar value 0–100; undefined when there is none. */
export function barValue(fraction: string | undefined): number | undefined {
  if (fraction === undefined || !DECIMAL.test(fraction)) return undefined;
  return Math.min(100, Math.max(0, Number(fraction) * 100));
}

/** achievedRate over targetRecoveryRate, as a fraction string-free number for the rate bar. */
export function rateBarValue(target: TargetResponse): number | undefined {
  const achieved = target.progress.achievedRate;
  const goal = target.targetRecoveryRate;
  if (achieved === undefined || goal === undefined || Number(goal) === 0) return undefined;
  return Math.min(100, Math.max(0, (Number(achieved) / Number(goal)) * 100));
}

/** Whether the straight-line projection reaches the kg target by year end. */
export function onTrack(target: TargetResponse): boolean | undefined {
  const share = target.progress.projectedShareOfTarget;
  if (share === undefined) return undefined;
  return Number(share) >= 1;
}

/**
 * The statistics dashboard's query string for the figures behind a target: its year (up to this
 * month), its region and element, grouped by month on the dashboard.
 */
export function statsSearch(target: TargetResponse): string {
  const params = new URLSearchParams({
    from: `${target.year}-01`,
    to: `${target.year}-12`,
  });
  if (target.element !== undefined) params.append('element', target.element);
  if (target.region !== undefined) params.set('region', target.region);
  return params.toString();
}
