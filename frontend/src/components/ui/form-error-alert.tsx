import { Alert, List } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isProblemError } from '@/lib/problem-error';

type FormErrorAlertProps = {
  error: unknown;
  /** The form's field names: invalid params naming one of them are shown at the field instead. */
  fieldNames: readonly string[];
  /** Messages for statuses the form knows better, e.g. 401 on sign-in. */
  statusMessages?: Partial<Record<number, string>>;
};

/** The part of a failed submission that no single field can show, as an alert inside the form. */
export function FormErrorAlert({ error, fieldNames, statusMessages = {} }: FormErrorAlertProps) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;

  if (!isProblemError(error)) {
    return <ErrorAlert message={t('errors.network')} />;
  }

  const known = statusMessages[error.status];
  if (known !== undefined) {
    return <ErrorAlert message={known} />;
  }
  if (error.status === 429) {
    return <ErrorAlert message={tooManyAttempts(t, error.retryAfterSeconds)} />;
  }
  // Whatever the status (400, or 409 for a taken email), params naming a field are shown there.
  const unplaced = error.invalidParams.filter((param) => !fieldNames.includes(param.name));
  if (error.invalidParams.length > 0 && unplaced.length === 0) return null;
  if (error.status === 400) {
    return (
      <ErrorAlert
        message={t('errors.invalid')}
        detail={error.invalidParams.length === 0 ? error.detail : undefined}
      >
        {unplaced.length > 0 && (
          <List size="sm">
            {unplaced.map((param) => (
              <List.Item key={param.name}>
                {param.name}: {param.reason}
              </List.Item>
            ))}
          </List>
        )}
      </ErrorAlert>
    );
  }
  if (error.status === 403) {
    return <ErrorAlert message={t('errors.forbidden')} />;
  }
  if (error.status === 409) {
    return <ErrorAlert message={t('errors.conflict')} detail={error.detail} />;
  }
  return (
    <ErrorAlert message={t('errors.unexpected', { status: error.status })} detail={error.detail} />
  );
}

function tooManyAttempts(t: TFunction, retryAfterSeconds: number | undefined): string {
  if (retryAfterSeconds === undefined) return t('errors.tooManyAttemptsLater');
  if (retryAfterSeconds < 120) return t('errors.tooManyAttempts', { count: retryAfterSeconds });
  return t('errors.tooManyAttemptsMinutes', { count: Math.ceil(retryAfterSeconds / 60) });
}

type ErrorAlertProps = {
  message: string;
  detail?: string | undefined;
  children?: ReactNode;
};

function ErrorAlert({ message, detail, children }: ErrorAlertProps) {
  return (
    <Alert color="red" variant="light" role="alert" title={message}>
      {detail}
      {children}
    </Alert>
  );
}
