import { describe, expect, it } from 'vitest';
import type { TargetResponse } from '@/api/generated';
import { barValue, onTrack, rateBarValue, statsSearch } from './progress';

function target(overrides: Partial<TargetResponse> = {}): TargetResponse {
  return {
    id: 1,
    year: 2026,
    region: 'Jiangxi',
    element: 'Dy',
    targetRecoveredKg: '300.000',
    version: 1,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    progress: {
      achievedKg: '70.000',
      declaredKg: '150.000',
      achievedRate: '0.466667',
      shareOfTarget: '0.233333',
      projectedKg: '240.000',
      projectedShareOfTarget: '0.800000',
      neededKgPerMonth: '27.059',
      monthsElapsed: '3.500000',
      monthsRemaining: '8.500000',
      asOf: new Date('2026-04-16T00:00:00Z'),
    },
    ...overrides,
  };
}

describe('target progress', () => {
  it('turns shares into bar values capped at 100', () => {
    expect(barValue('0.233333')).toBeCloseTo(23.3333);
    expect(barValue('1.5')).toBe(100);
    expect(barValue(undefined)).toBeUndefined();
    expect(barValue('abc')).toBeUndefined();
  });

  it('compares the achieved rate with the rate target', () => {
    expect(rateBarValue(target({ targetRecoveryRate: '0.5' }))).toBeCloseTo(93.3334);
    expect(rateBarValue(target())).toBeUndefined();
  });

  it('says whether the projection reaches the target', () => {
    expect(onTrack(target())).toBe(false);
    const ahead = target();
    ahead.progress = { ...ahead.progress, projectedShareOfTarget: '1.000000' };
    expect(onTrack(ahead)).toBe(true);
  });

  it('links to the dashboard with the year, region and element', () => {
    expect(statsSearch(target())).toBe('from=2026-01&to=2026-12&element=Dy&region=Jiangxi');
    expect(statsSearch(target({ region: undefined, element: undefined }))).toBe(
      'from=2026-01&to=2026-12',
    );
  });
});
