import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { TargetResponse } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { setServerFieldErrors } from '@/lib/form-errors';
import { fieldErrorMessage } from '@/lib/validation';
import { useCreateTarget, useUpdateTarget } from '../api/targets';
import { RARE_EARTHS } from '../lib/elements';

const FIELDS = ['year', 'region', 'element', 'targetRecoveredKg', 'targetRecoveryRate'] as const;

const optionalDecimal = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || pattern.test(value), message);

const targetSchema = z
  .object({
    year: z
      .string()
      .trim()
      .min(1, 'validation.required')
      .regex(/^\d{4}$/, 'validation.yearRange')
      .refine((value) => Number(value) >= 2000 && Number(value) <= 2100, 'validation.yearRange'),
    region: z.string().trim().max(120, 'validation.tooLong'),
    element: z.string(),
    targetRecoveredKg: optionalDecimal(/^\d+(\.\d{1,3})?$/, 'validation.mass').refine(
      (value) => value === '' || Number(value) > 0,
      'validation.positive',
    ),
    targetRecoveryRate: optionalDecimal(/^(0(\.\d{1,6})?|1(\.0{1,6})?)$/, 'validation.fraction'),
  })
  .refine((values) => values.targetRecoveredKg !== '' || values.targetRecoveryRate !== '', {
    path: ['targetRecoveredKg'],
    message: 'validation.targetFigure',
  });

type TargetInput = z.input<typeof targetSchema>;

type TargetFormProps = {
  /** The target to change; none to set a new one. */
  target?: TargetResponse;
  onDone: () => void;
};

/** An agency sets a target (year, region, element, kg and/or rate) or changes a target's figures. */
export function TargetForm({ target, onDone }: TargetFormProps) {
  const { t } = useTranslation();
  const create = useCreateTarget();
  const update = useUpdateTarget(target?.id ?? 0);
  const mutation = target === undefined ? create : update;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<TargetInput>({
    resolver: zodResolver(targetSchema),
    defaultValues: {
      year: String(target?.year ?? new Date().getUTCFullYear()),
      region: target?.region ?? '',
      element: target?.element ?? '',
      targetRecoveredKg: target?.targetRecoveredKg ?? '',
      targetRecoveryRate: target?.targetRecoveryRate ?? '',
    },
  });

  const onSubmit = handleSubmit((values) => {
    const figures = {
      targetRecoveredKg: values.targetRecoveredKg === '' ? undefined : values.targetRecoveredKg,
      targetRecoveryRate: values.targetRecoveryRate === '' ? undefined : values.targetRecoveryRate,
    };
    const options = {
      onSuccess: () => {
        notifications.show({
          color: 'teal',
          message: t(target ? 'targets.form.saved' : 'targets.form.created'),
        });
        onDone();
      },
      onError: (error: unknown) => setServerFieldErrors(error, FIELDS, setError),
    };
    if (target === undefined) {
      create.mutate(
        {
          year: Number(values.year),
          region: values.region === '' ? undefined : values.region,
          element: values.element === '' ? undefined : values.element,
          ...figures,
        },
        options,
      );
    } else {
      update.mutate({ version: target.version, ...figures }, options);
    }
  });

  const editing = target !== undefined;
  return (
    <form
      noValidate
      aria-label={t(editing ? 'targets.form.editTitle' : 'targets.form.createTitle')}
      onSubmit={(e) => void onSubmit(e)}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t(editing ? 'targets.form.editTitle' : 'targets.form.createTitle')}
        </Title>
        <FormErrorAlert
          error={mutation.error}
          fieldNames={FIELDS}
          statusMessages={{ 409: t(editing ? 'targets.form.conflict' : 'targets.form.duplicate') }}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('targets.field.year')}
            inputMode="numeric"
            disabled={editing}
            error={fieldErrorMessage(t, errors.year?.message)}
            {...register('year')}
          />
          <TextInput
            label={t('targets.field.region')}
            description={t('targets.field.regionHint')}
            disabled={editing}
            error={fieldErrorMessage(t, errors.region?.message)}
            {...register('region')}
          />
          <NativeSelect
            label={t('targets.field.element')}
            disabled={editing}
            error={fieldErrorMessage(t, errors.element?.message)}
            data={[
              { value: '', label: t('targets.allElements') },
              ...RARE_EARTHS.map((symbol) => ({
                value: symbol,
                label: `${symbol} · ${t(`lots.element.${symbol}`)}`,
              })),
            ]}
            {...register('element')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('targets.field.targetRecoveredKg')}
            description={t('targets.field.figuresHint')}
            inputMode="decimal"
            error={fieldErrorMessage(t, errors.targetRecoveredKg?.message)}
            {...register('targetRecoveredKg')}
          />
          <TextInput
            label={t('targets.field.targetRecoveryRate')}
            description={t('targets.field.rateHint')}
            inputMode="decimal"
            error={fieldErrorMessage(t, errors.targetRecoveryRate?.message)}
            {...register('targetRecoveryRate')}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            {t(editing ? 'targets.form.save' : 'targets.form.create')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('targets.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
