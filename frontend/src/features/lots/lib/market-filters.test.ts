import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  filtersFromSearchParams,
  filtersToSearchParams,
  toListLotsRequest,
  type MarketFilters,
} from './market-filters';

describe('marketplace filters in the URL', () => {
  it('reads an empty query string as the defaults: open lots, closing soonest first', () => {
    expect(filtersFromSearchParams(new URLSearchParams())).toEqual(DEFAULT_FILTERS);
    expect(filtersToSearchParams(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('round-trips every filter', () => {
    const filters: MarketFilters = {
      status: 'ALL',
      category: 'NDFEB_MAGNET',
      element: 'Dy',
      region: 'Jiangxi',
      minMassKg: '100',
      maxMassKg: '2500.5',
      closingBefore: '2026-12-01T10:00:00.000Z',
      sort: 'CONTAINED_REE',
    };
    const query = filtersToSearchParams(filters);
    expect(query.toString()).toBe(
      'status=ALL&category=NDFEB_MAGNET&element=Dy&region=Jiangxi&minMassKg=100' +
        '&maxMassKg=2500.5&closingBefore=2026-12-01T10%3A00%3A00.000Z&sort=CONTAINED_REE',
    );
    expect(filtersFromSearchParams(query)).toEqual(filters);
  });

  it('drops values the server would refuse instead of sending them', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams(
        'status=SOLD&category=GOLD&element=dysprosium&minMassKg=-5&maxMassKg=1e9' +
          '&closingBefore=tomorrow&sort=CHEAPEST&region=%20%20',
      ),
    );
    expect(filters).toEqual(DEFAULT_FILTERS);
  });

  it('normalises the closing time to UTC', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams('closingBefore=2026-12-01T18:00:00%2B08:00'),
    );
    expect(filters.closingBefore).toBe('2026-12-01T10:00:00.000Z');
  });

  it('turns filters into the list request: ALL sends no status, the time as a Date', () => {
    expect(
      toListLotsRequest({
        ...DEFAULT_FILTERS,
        status: 'ALL',
        element: 'Dy',
        closingBefore: '2026-12-01T10:00:00.000Z',
      }),
    ).toEqual({
      scope: 'MARKET',
      status: undefined,
      category: undefined,
      element: 'Dy',
      region: undefined,
      minMassKg: undefined,
      maxMassKg: undefined,
      closingBefore: new Date('2026-12-01T10:00:00.000Z'),
      sort: 'CLOSING_SOON',
    });
    expect(toListLotsRequest(DEFAULT_FILTERS).status).toBe('OPEN');
  });
});
