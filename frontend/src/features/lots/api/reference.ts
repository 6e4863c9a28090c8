import { queryOptions, useQuery } from '@tanstack/react-query';
import { referenceApi } from '@/lib/api-client';

/** Reference data changes with a release, not while the app is open. */
const REFERENCE_STALE_TIME = Number.POSITIVE_INFINITY;

export const elementsQueryOptions = queryOptions({
  queryKey: ['reference', 'elements'],
  queryFn: () => referenceApi.listElements(),
  staleTime: REFERENCE_STALE_TIME,
});

export const categoriesQueryOptions = queryOptions({
  queryKey: ['reference', 'categories'],
  queryFn: () => referenceApi.listCategories(),
  staleTime: REFERENCE_STALE_TIME,
});

/** The 17 rare earths, by atomic number. */
export function useElements() {
  return useQuery(elementsQueryOptions);
}

/** The waste categories with their typical composition and hazards. */
export function useCategories() {
  return useQuery(categoriesQueryOptions);
}
