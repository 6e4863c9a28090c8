import { describe, expect, it } from 'vitest';
import { balanceOff, belowRecord, expectedClosing } from './balance';

describe('balance', () => {
  it('computes closing stock exactly', () => {
    expect(expectedClosing('120.5', '1490.254', '990.25')).toBe('620.504');
    expect(expectedClosing('0.1', '0.2', '0')).toBe('0.300');
    expect(expectedClosing('1', 'x', '0')).toBeUndefined();
  });

  it('says nothing within the half-kilogram tolerance and how far off beyond it', () => {
    expect(balanceOff('100', '50', '30', '120.5')).toBeUndefined();
    expect(balanceOff('100', '50', '30', '119.5')).toBeUndefined();
    expect(balanceOff('100', '50', '30', '121')).toBe('1.000');
    expect(balanceOff('100', '50', '30', '119.499')).toBe('0.501');
  });

  it('tells a figure below REEx’s record', () => {
    expect(belowRecord('1400', '1490.254')).toBe(true);
    expect(belowRecord('1490.254', '1490.254')).toBe(false);
    expect(belowRecord('5', undefined)).toBe(false);
  });
});
