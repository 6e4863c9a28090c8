import { describe, expect, it } from 'vitest';
import { filtersFromSearchParams, filtersToSearchParams, toRecoveryRequest } from './filters';

const NOW = new Date('2026-12-06T07:00:00Z');

describe('statistics filters in the URL', () => {
  it('reads back exactly what it wrote', () => {
    const query =
      'from=2025-01&to=2025-12&element=Dy&element=Tb&category=NDFEB_MAGNET&region=Jiangxi&basis=OXIDE';
    const filters = filtersFromSearchParams(new URLSearchParams(query), NOW);
    expect(filters).toEqual({
      from: '2025-01',
      to: '2025-12',
      elements: ['Dy', 'Tb'],
      category: 'NDFEB_MAGNET',
      region: 'Jiangxi',
      basis: 'OXIDE',
    });
    expect(filtersToSearchParams(filters).toString()).toBe(query);
  });

  it('defaults to the last 12 months on a metal basis, and keeps the metal basis out', () => {
    const filters = filtersFromSearchParams(new URLSearchParams(), NOW);
    expect(filters).toMatchObject({ from: '2026-01', to: '2026-12', elements: [], basis: 'METAL' });
    expect(filtersToSearchParams(filters).toString()).toBe('from=2026-01&to=2026-12');
  });

  it('drops what the URL gets wrong instead of sending it', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams(
        'from=2026-13&to=2026-05&element=dy&element=Dy&element=Dy&category=GOLD&basis=GAS',
      ),
      NOW,
    );
    expect(filters).toMatchObject({
      from: '2026-01',
      to: '2026-12',
      elements: ['Dy'],
      category: undefined,
      basis: 'METAL',
    });
  });

  it('keeps a period within the 120 months the API answers, ending no later than this month', () => {
    const filters = filtersFromSearchParams(new URLSearchParams('from=2000-01&to=2030-06'), NOW);
    expect(filters).toMatchObject({ from: '2017-01', to: '2026-12' });
  });

  it('asks for every element when none is chosen', () => {
    const filters = filtersFromSearchParams(new URLSearchParams('from=2026-01&to=2026-03'), NOW);
    expect(toRecoveryRequest(filters, ['element', 'month'])).toEqual({
      from: '2026-01',
      to: '2026-03',
      groupBy: ['element', 'month'],
      basis: 'METAL',
      element: undefined,
      region: undefined,
      category: undefined,
    });
  });
});
