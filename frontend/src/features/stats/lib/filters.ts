/**
 * The statistics filters and the URL query string that carries them, so that a view can be
 * shared and reloaded. The period is always written out (`from`, `to`), so a shared link shows
 * the same months whenever it is opened; the metal basis, which is the default, stays out.
 * Values the URL gets wrong are dropped rather than sent to the server.
 */
import {
  MassBasis,
  WasteCategory,
  type GetPriceStatsRequest,
  type GetRecoveryStatsRequest,
  type StatsGroupKey,
} from '@/api/generated';
import {
  addMonths,
  compareMonths,
  currentMonth,
  isMonth,
  MAX_MONTHS,
  presetPeriod,
  type Period,
} from './months';

export type StatsFilters = Period & {
  /** Element symbols; none means every element. */
  elements: string[];
  category: WasteCategory | undefined;
  region: string | undefined;
  basis: MassBasis;
};

const SYMBOL = /^[A-Z][a-z]?$/;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function text(value: string | null, maxLength: number): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed.slice(0, maxLength);
}

/** The period the URL names, or the last 12 months; never longer than the API answers. */
export function periodFromSearchParams(params: URLSearchParams, now = new Date()): Period {
  const from = params.get('from');
  const to = params.get('to');
  const latest = currentMonth(now);
  if (!isMonth(from) || !isMonth(to) || compareMonths(from, to) > 0) {
    return presetPeriod('last12', now);
  }
  const end = compareMonths(to, latest) > 0 ? latest : to;
  const earliest = addMonths(end, -(MAX_MONTHS - 1));
  const start = compareMonths(from, earliest) < 0 ? earliest : from;
  return compareMonths(start, end) > 0 ? presetPeriod('last12', now) : { from: start, to: end };
}

export function filtersFromSearchParams(params: URLSearchParams, now = new Date()): StatsFilters {
  const elements = [...new Set(params.getAll('element').filter((value) => SYMBOL.test(value)))];
  return {
    ...periodFromSearchParams(params, now),
    elements,
    category: oneOf(Object.values(WasteCategory), params.get('category')),
    region: text(params.get('region'), 120),
    basis: oneOf(Object.values(MassBasis), params.get('basis')) ?? MassBasis.Metal,
  };
}

export function filtersToSearchParams(filters: StatsFilters): URLSearchParams {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  for (const element of filters.elements) params.append('element', element);
  if (filters.category !== undefined) params.set('category', filters.category);
  if (filters.region !== undefined) params.set('region', filters.region);
  if (filters.basis !== MassBasis.Metal) params.set('basis', filters.basis);
  return params;
}

/** The recovery request for one chart: the filters, grouped as the chart needs. */
export function toRecoveryRequest(
  filters: StatsFilters,
  groupBy: StatsGroupKey[],
): GetRecoveryStatsRequest {
  return {
    from: filters.from,
    to: filters.to,
    groupBy,
    basis: filters.basis,
    element: filters.elements.length === 0 ? undefined : filters.elements,
    region: filters.region,
    category: filters.category,
  };
}

export type PriceFilters = Period & { category: WasteCategory | undefined };

export function priceFiltersFromSearchParams(
  params: URLSearchParams,
  now = new Date(),
): PriceFilters {
  return {
    ...periodFromSearchParams(params, now),
    category: oneOf(Object.values(WasteCategory), params.get('category')),
  };
}

export function priceFiltersToSearchParams(filters: PriceFilters): URLSearchParams {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.category !== undefined) params.set('category', filters.category);
  return params;
}

export function toPriceRequest(filters: PriceFilters): GetPriceStatsRequest {
  return { from: filters.from, to: filters.to, category: filters.category };
}
