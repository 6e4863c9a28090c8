import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GetRecoveryStatsRequest } from '@/api/generated';
import { fetchRecoveryCsv } from '../api/stats';

/** The file name says what the figures are: grouping, period and basis. */
export function csvFileName(request: GetRecoveryStatsRequest): string {
  const groups = request.groupBy?.length ? request.groupBy.join('-') : 'totals';
  return `reex-recovery-${groups}-${request.from}-${request.to}-${(request.basis ?? 'METAL').toLowerCase()}.csv`;
}

function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type CsvButtonProps = {
  /** Exactly the request whose answer is on screen. */
  request: GetRecoveryStatsRequest;
  /** What is downloaded, for assistive technology, e.g. the section's title. */
  subject: string;
};

/** Downloads the figures a chart shows as CSV (the server's, not a copy made in the browser). */
export function CsvButton({ request, subject }: CsvButtonProps) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const download = async () => {
    setLoading(true);
    try {
      saveFile(await fetchRecoveryCsv(request), csvFileName(request));
    } catch {
      notifications.show({ color: 'red', message: t('stats.csv.failed') });
    } finally {
      setLoading(false);
    }
  };
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconDownload size={14} aria-hidden />}
      loading={loading}
      onClick={() => void download()}
      aria-label={t('stats.csv.downloadNamed', { subject })}
    >
      {t('stats.csv.download')}
    </Button>
  );
}
