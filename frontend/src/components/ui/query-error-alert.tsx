import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isProblemError } from '@/lib/problem-error';

type QueryErrorAlertProps = {
  error: Error;
  onRetry: () => void;
};

/** A failed load, with a way to try again. */
export function QueryErrorAlert({ error, onRetry }: QueryErrorAlertProps) {
  const { t } = useTranslation();
  const message = isProblemError(error)
    ? error.status === 403
      ? t('errors.forbidden')
      : t('errors.unexpected', { status: error.status })
    : t('errors.network');
  return (
    <Alert color="red" variant="light" title={message}>
      <Button size="xs" variant="white" color="red" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </Alert>
  );
}
