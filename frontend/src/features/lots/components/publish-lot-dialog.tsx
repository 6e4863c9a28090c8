import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  Modal,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LotResponse } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { setServerFieldErrors } from '@/lib/form-errors';
import { fieldErrorMessage } from '@/lib/validation';
import { usePublishLot } from '../api/lots';
import {
  AUCTION_TYPES,
  CURRENCIES,
  MAX_SOFT_CLOSE_SECONDS,
  defaultClosesAt,
  publishSchema,
  toPublishRequest,
  type PublishInput,
  type PublishValues,
} from '../lib/publish-schema';

const FIELDS = [
  'currency',
  'startPrice',
  'reservePrice',
  'minIncrement',
  'opensAt',
  'closesAt',
  'softCloseSeconds',
  'auctionType',
] as const;

type PublishLotDialogProps = {
  lot: LotResponse;
  opened: boolean;
  onClose: () => void;
};

/** Opens a draft for bidding with its auction settings. */
export function PublishLotDialog({ lot, opened, onClose }: PublishLotDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('lots.publish.title')} size="lg">
      {opened && <PublishForm lot={lot} onDone={onClose} />}
    </Modal>
  );
}

function PublishForm({ lot, onDone }: { lot: LotResponse; onDone: () => void }) {
  const { t } = useTranslation();
  const publish = usePublishLot(lot.id);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<PublishInput, unknown, PublishValues>({
    resolver: zodResolver(publishSchema),
    defaultValues: {
      currency: 'CNY',
      startPrice: '',
      reservePrice: '',
      minIncrement: '',
      opensAt: '',
      closesAt: defaultClosesAt(new Date()),
      softCloseSeconds: '300',
      auctionType: 'ENGLISH',
    },
  });

  const onSubmit = handleSubmit((values) =>
    publish.mutate(toPublishRequest(values, lot.version), {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('lots.publish.published') });
        onDone();
      },
      onError: (error) => setServerFieldErrors(error, FIELDS, setError),
    }),
  );
  const message = (key: keyof typeof errors) => fieldErrorMessage(t, errors[key]?.message);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('lots.publish.title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('lots.publish.intro', { title: lot.title })}
        </Text>
        <FormErrorAlert
          error={publish.error}
          fieldNames={FIELDS}
          statusMessages={{ 409: t('lots.form.stale') }}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NativeSelect
            label={t('lots.publish.currency')}
            required
            data={[...CURRENCIES]}
            error={message('currency')}
            {...register('currency')}
          />
          <Controller
            control={control}
            name="auctionType"
            render={({ field }) => (
              <Radio.Group
                label={t('lots.publish.auctionType')}
                required
                value={field.value}
                onChange={field.onChange}
                name={field.name}
                error={message('auctionType')}
              >
                <Group gap="md" mt="xs">
                  {AUCTION_TYPES.map((type) => (
                    <Radio key={type} value={type} label={t(`lots.auctionType.${type}`)} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          <TextInput
            label={t('lots.publish.startPrice')}
            inputMode="decimal"
            required
            error={message('startPrice')}
            {...register('startPrice')}
          />
          <TextInput
            label={t('lots.publish.reservePrice')}
            description={t('lots.publish.reserveHint')}
            inputMode="decimal"
            error={message('reservePrice')}
            {...register('reservePrice')}
          />
          <TextInput
            label={t('lots.publish.minIncrement')}
            inputMode="decimal"
            required
            error={message('minIncrement')}
            {...register('minIncrement')}
          />
          <TextInput
            label={t('lots.publish.softCloseSeconds')}
            description={t('lots.publish.softCloseHint', { max: MAX_SOFT_CLOSE_SECONDS })}
            inputMode="numeric"
            required
            error={message('softCloseSeconds')}
            {...register('softCloseSeconds')}
          />
          <TextInput
            type="datetime-local"
            label={t('lots.publish.opensAt')}
            description={t('lots.publish.opensAtHint', { timeZone })}
            error={message('opensAt')}
            {...register('opensAt')}
          />
          <TextInput
            type="datetime-local"
            label={t('lots.publish.closesAt')}
            description={t('lots.publish.closesAtHint', { timeZone })}
            required
            error={message('closesAt')}
            {...register('closesAt')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.close')}
          </Button>
          <Button type="submit" loading={publish.isPending}>
            {t('lots.publish.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
