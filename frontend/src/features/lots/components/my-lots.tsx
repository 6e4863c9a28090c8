import { useTranslation } from 'react-i18next';
import { useLots } from '../api/lots';
import { LotList } from './lot-list';

/** The organization's own lots in every status, newest first. */
export function MyLots() {
  const { t } = useTranslation();
  const lots = useLots({ scope: 'MINE', sort: 'NEWEST' });
  return (
    <LotList
      lots={lots}
      caption={t('lots.mine.title')}
      showSeller={false}
      empty={t('lots.mine.empty')}
    />
  );
}
