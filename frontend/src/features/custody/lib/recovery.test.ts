import { describe, expect, it } from 'vitest';
import { recoveryRate, reportPathOf, sumKg } from './recovery';

describe('recoveryRate', () => {
  it('divides exactly and rounds half-up to 6 decimals', () => {
    expect(recoveryRate('212.5', '228.000')).toBe('0.932018');
    expect(recoveryRate('1', '3')).toBe('0.333333');
    expect(recoveryRate('2', '3')).toBe('0.666667');
    expect(recoveryRate('228', '228.000')).toBe('1.000000');
  });

  it('keeps what a float would lose', () => {
    // 0.1 + 0.2 in binary floating point is 0.30000000000000004.
    expect(sumKg(['0.1', '0.2'])).toBe('0.300');
    expect(recoveryRate('0.3', sumKg(['0.1', '0.2']))).toBe('1.000000');
    expect(recoveryRate('9999999999.999', '3333333333.333')).toBe('3.000000');
  });

  it('has no rate while a figure is missing or nothing was declared', () => {
    expect(recoveryRate('', '228.000')).toBeNull();
    expect(recoveryRate('12,5', '228.000')).toBeNull();
    expect(recoveryRate('5', '')).toBeNull();
    expect(recoveryRate('5', '0.000')).toBeNull();
  });
});

describe('sumKg', () => {
  it('adds the figures that are numbers, to the gram', () => {
    expect(sumKg(['212.5', '60.355', '', 'x', '10.001'])).toBe('282.856');
    expect(sumKg([])).toBe('0.000');
  });
});

describe('reportPathOf', () => {
  it('maps the server’s field paths to the form’s', () => {
    expect(reportPathOf('lines[1].purityPercent', 3)).toBe('lines.1.purityPercent');
    expect(reportPathOf('lines[0].recoveredKg', 3)).toBe('lines.0.recoveredKg');
    expect(reportPathOf('processRoute', 3)).toBe('processRoute');
    expect(reportPathOf('lines', 3)).toBe('lines');
    expect(reportPathOf('lines[5].recoveredKg', 3)).toBeUndefined();
    expect(reportPathOf('lines[0].declaredKg', 3)).toBeUndefined();
  });
});
