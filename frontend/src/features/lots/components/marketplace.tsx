import { Card, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLots } from '../api/lots';
import { useElements } from '../api/reference';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  toListLotsRequest,
} from '../lib/market-filters';
import { LotList } from './lot-list';
import { MarketFiltersForm } from './market-filters-form';

/** Published lots, filtered and sorted as the URL says, a page at a time. */
export function Marketplace() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const elements = useElements();
  const lots = useLots(toListLotsRequest(filters));
  const query = filtersToSearchParams(filters).toString();

  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        {elements.data === undefined ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : (
          <MarketFiltersForm
            key={query}
            filters={filters}
            elements={elements.data}
            onApply={(next) => setSearchParams(filtersToSearchParams(next))}
          />
        )}
      </Card>
      <LotList
        lots={lots}
        caption={t('lots.market.results')}
        showSeller
        empty={t('lots.market.empty')}
      />
    </Stack>
  );
}
