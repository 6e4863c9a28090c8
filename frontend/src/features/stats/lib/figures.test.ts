import { describe, expect, it } from 'vitest';
import { byRecoveredDescending, elementMonthGrid, percentChange, pointChange } from './figures';
import { presetOf, presetPeriod } from './months';

describe('changes against the previous period', () => {
  it('gives the relative change of a mass exactly, to one decimal', () => {
    expect(percentChange('1100.000', '1000.000')).toEqual({ direction: 'up', amount: '10.0' });
    expect(percentChange('0.300', '0.900')).toEqual({ direction: 'down', amount: '66.7' });
    expect(percentChange(5, 5)).toEqual({ direction: 'flat', amount: '0.0' });
    // Nothing before: the direction, but no percentage.
    expect(percentChange('12.000', '0.000')).toEqual({ direction: 'up', amount: undefined });
  });

  it('gives the change of a rate in percentage points', () => {
    expect(pointChange('0.923456', '0.900000')).toEqual({ direction: 'up', amount: '2.3' });
    expect(pointChange('0.85', '0.9')).toEqual({ direction: 'down', amount: '5.0' });
    expect(pointChange(undefined, '0.9')).toEqual({ direction: 'flat', amount: undefined });
  });
});

describe('ordering and grids', () => {
  it('orders by recovered mass exactly, beyond what a float tells apart', () => {
    const rows = [
      { id: 'a', recoveredKg: '9007199254740993.001' },
      { id: 'b', recoveredKg: '9007199254740993.002' },
      { id: 'c', recoveredKg: '10.000' },
    ];
    expect(byRecoveredDescending(rows).map((row) => row.id)).toEqual(['b', 'a', 'c']);
  });

  it('puts each element × month row in its cell, elements by atomic number', () => {
    const row = (element: string, month: string) => ({
      element,
      month,
      declaredKg: '1.000',
      recoveredKg: '1.000',
      lots: 1,
    });
    const grid = elementMonthGrid(
      [row('Tb', '2026-02'), row('Dy', '2026-01'), row('Dy', '2025-12')],
      ['2026-01', '2026-02'],
      ['Tb', 'Dy'],
    );
    expect(grid.elements).toEqual(['Tb', 'Dy']);
    expect(grid.cells.get('2026-01')?.get('Dy')).toBeDefined();
    expect(grid.cells.get('2026-01')?.get('Tb')).toBeUndefined();
    expect(grid.cells.has('2025-12')).toBe(false);
  });
});

describe('period presets', () => {
  const now = new Date('2026-01-15T00:00:00Z');
  it('counts back from this month across a year boundary', () => {
    expect(presetPeriod('last3', now)).toEqual({ from: '2025-11', to: '2026-01' });
    expect(presetPeriod('lastYear', now)).toEqual({ from: '2025-01', to: '2025-12' });
    expect(presetOf({ from: '2025-02', to: '2026-01' }, now)).toBe('last12');
    expect(presetOf({ from: '2025-02', to: '2025-12' }, now)).toBeUndefined();
  });
});
