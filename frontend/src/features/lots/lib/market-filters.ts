/**
 * The marketplace filters and the URL query string that carries them, so that a filtered view
 * can be linked. Defaults (status OPEN, sort CLOSING_SOON) stay out of the URL; `status=ALL`
 * asks for every status. Values the URL gets wrong are dropped rather than sent to the server.
 */
import { LotSort, LotStatus, WasteCategory, type ListLotsRequest } from '@/api/generated';

export const ALL_STATUSES = 'ALL';

export type MarketFilters = {
  status: LotStatus | typeof ALL_STATUSES;
  category: WasteCategory | undefined;
  element: string | undefined;
  region: string | undefined;
  minMassKg: string | undefined;
  maxMassKg: string | undefined;
  /** An instant, as an ISO 8601 UTC string. */
  closingBefore: string | undefined;
  sort: LotSort;
};

export const DEFAULT_FILTERS: MarketFilters = {
  status: LotStatus.Open,
  category: undefined,
  element: undefined,
  region: undefined,
  minMassKg: undefined,
  maxMassKg: undefined,
  closingBefore: undefined,
  sort: LotSort.ClosingSoon,
};

const MASS = /^\d{1,16}(\.\d{1,3})?$/;
const SYMBOL = /^[A-Z][a-z]?$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function text(value: string | null, maxLength: number): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed.slice(0, maxLength);
}

function matching(pattern: RegExp, value: string | null): string | undefined {
  const trimmed = value?.trim() ?? '';
  return pattern.test(trimmed) ? trimmed : undefined;
}

function instant(value: string | null): string | undefined {
  if (value === null || value === '') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export function filtersFromSearchParams(params: URLSearchParams): MarketFilters {
  const status = params.get('status');
  return {
    status:
      status === ALL_STATUSES
        ? ALL_STATUSES
        : (oneOf(Object.values(LotStatus), status) ?? DEFAULT_FILTERS.status),
    category: oneOf(Object.values(WasteCategory), params.get('category')),
    element: matching(SYMBOL, params.get('element')),
    region: text(params.get('region'), 120),
    minMassKg: matching(MASS, params.get('minMassKg')),
    maxMassKg: matching(MASS, params.get('maxMassKg')),
    closingBefore: instant(params.get('closingBefore')),
    sort: oneOf(Object.values(LotSort), params.get('sort')) ?? DEFAULT_FILTERS.sort,
  };
}

export function filtersToSearchParams(filters: MarketFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status !== DEFAULT_FILTERS.status) params.set('status', filters.status);
  const optional = {
    category: filters.category,
    element: filters.element,
    region: filters.region,
    minMassKg: filters.minMassKg,
    maxMassKg: filters.maxMassKg,
    closingBefore: filters.closingBefore,
  };
  for (const [name, value] of Object.entries(optional)) {
    if (value !== undefined) params.set(name, value);
  }
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort);
  return params;
}

/** The list request for one page of the filtered marketplace. */
export function toListLotsRequest(
  filters: MarketFilters,
): Omit<ListLotsRequest, 'cursor' | 'limit'> {
  return {
    scope: 'MARKET',
    status: filters.status === ALL_STATUSES ? undefined : filters.status,
    category: filters.category,
    element: filters.element,
    region: filters.region,
    minMassKg: filters.minMassKg,
    maxMassKg: filters.maxMassKg,
    closingBefore:
      filters.closingBefore === undefined ? undefined : new Date(filters.closingBefore),
    sort: filters.sort,
  };
}
