import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { LotResponse } from '@/api/generated';
import { isProblemError } from '@/lib/problem-error';
import { useCancelLot } from '../api/lots';

/** Cancels a draft, or an open lot without bids, after the seller confirms. */
export function CancelLotButton({ lot }: { lot: LotResponse }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const cancel = useCancelLot(lot.id);
  const onConfirm = () =>
    cancel.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('lots.cancel.cancelled') });
        close();
      },
    });
  const failure = (() => {
    if (cancel.error === null) return undefined;
    if (!isProblemError(cancel.error)) return t('errors.network');
    if (cancel.error.status === 409) return t('lots.cancel.conflict');
    if (cancel.error.status === 403) return t('errors.forbidden');
    return t('errors.unexpected', { status: cancel.error.status });
  })();

  return (
    <>
      <Button variant="outline" color="red" onClick={open}>
        {t('lots.cancel.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('lots.cancel.title')}>
        <Stack gap="md">
          <Text>{t('lots.cancel.body', { title: lot.title })}</Text>
          {failure !== undefined && (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('lots.cancel.keep')}
            </Button>
            <Button color="red" onClick={onConfirm} loading={cancel.isPending}>
              {t('lots.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
