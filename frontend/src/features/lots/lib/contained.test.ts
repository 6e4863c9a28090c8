import { describe, expect, it } from 'vitest';
import { containedOf, fractionSum, fractionToPercent, parseDecimal, totalOf } from './contained';

describe('containedOf', () => {
  it('multiplies in exact decimals: 1000 kg × 0.228 = 228.000 kg, × 1.1664 = 265.939 kg oxide', () => {
    expect(containedOf('1000', '0.228', '1.1664')).toEqual({ kg: '228.000', oxideKg: '265.939' });
  });

  it('keeps what floats lose: 0.1 × 3 kg is 0.300, not 0.30000000000000004', () => {
    expect(containedOf('3', '0.1', '1')).toEqual({ kg: '0.300', oxideKg: '0.300' });
    expect(containedOf('1250.500', '0.012000', '1.1477')).toEqual({
      kg: '15.006',
      oxideKg: '17.222',
    });
  });

  it('rounds half up to 3 decimals', () => {
    expect(containedOf('1', '0.0005', '1')).toEqual({ kg: '0.001', oxideKg: '0.001' });
    expect(containedOf('1', '0.0004999', '1')).toEqual({ kg: '0.000', oxideKg: '0.000' });
  });

  it('is null while the mass, the fraction or the factor is not a number', () => {
    expect(containedOf('', '0.2', '1.1664')).toBeNull();
    expect(containedOf('100', '0.2x', '1.1664')).toBeNull();
    expect(containedOf('100', '-0.2', '1.1664')).toBeNull();
    expect(containedOf('100', '0.2', undefined)).toBeNull();
  });
});

describe('totals', () => {
  it('adds the computed lines and skips the others', () => {
    expect(
      totalOf([{ kg: '228.000', oxideKg: '265.939' }, null, { kg: '33.000', oxideKg: '39.854' }]),
    ).toEqual({ kg: '261.000', oxideKg: '305.793' });
  });

  it('sums fractions exactly and ignores blanks', () => {
    expect(fractionSum(['0.7', '0.2', '0.1', '']).toString()).toBe('1');
    expect(fractionSum(['0.9', '0.2']).greaterThan(1)).toBe(true);
  });

  it('shows fractions as percentages without float noise', () => {
    expect(fractionToPercent('0.228000')).toBe('22.8');
    expect(fractionToPercent('0.070000')).toBe('7');
    expect(parseDecimal(' 12.5 ')?.toString()).toBe('12.5');
  });
});
