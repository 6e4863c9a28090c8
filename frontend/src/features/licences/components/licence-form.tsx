import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LicenceResponse } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { isProblemError } from '@/lib/problem-error';
import { fieldErrorMessage } from '@/lib/validation';
import { useCreateLicence } from '../api/licences';
import {
  MAX_HAUL_KM,
  formPathOf,
  initialValues,
  licenceFormSchema,
  toLicenceRequest,
  type LicenceFormInput,
  type LicenceFormValues,
} from '../lib/licence-form-schema';
import { CapacitiesEditor } from './capacities-editor';

type LicenceFormProps = {
  onSaved: (licence: LicenceResponse) => void;
};

/** Submits a recycler's licence for an agency to verify. */
export function LicenceForm({ onSaved }: LicenceFormProps) {
  const { t } = useTranslation();
  const createLicence = useCreateLicence();
  const form = useForm<LicenceFormInput, unknown, LicenceFormValues>({
    resolver: zodResolver(licenceFormSchema),
    defaultValues: initialValues(new Date()),
  });
  const { register, control, handleSubmit, setError, formState } = form;
  const { errors } = formState;
  const rowCount = useWatch({ control, name: 'capacities' }).length;

  const onSubmit = handleSubmit((values) =>
    createLicence.mutate(toLicenceRequest(values), {
      onSuccess: (licence) => onSaved(licence),
      onError: (error) => {
        if (!isProblemError(error)) return;
        for (const param of error.invalidParams) {
          const path = formPathOf(param.name, rowCount);
          if (path !== undefined) {
            setError(path, { type: 'server', message: param.reason }, { shouldFocus: true });
          }
        }
      },
    }),
  );

  const message = (text: string | undefined) => fieldErrorMessage(t, text);
  const placedParams = isProblemError(createLicence.error)
    ? createLicence.error.invalidParams
        .map((param) => param.name)
        .filter((name) => formPathOf(name, rowCount) !== undefined)
    : [];
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('licences.form.title')}>
      <Stack gap="lg">
        <FormErrorAlert error={createLicence.error} fieldNames={placedParams} />

        <Card withBorder padding="lg">
          <Stack gap="md">
            <Title order={2} size="h4">
              {t('licences.form.permit')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('licences.fields.number')}
                required
                error={message(errors.number?.message)}
                {...register('number')}
              />
              <TextInput
                label={t('licences.fields.issuingAuthority')}
                required
                error={message(errors.issuingAuthority?.message)}
                {...register('issuingAuthority')}
              />
              <TextInput
                label={t('licences.fields.dischargePermitNumber')}
                required
                error={message(errors.dischargePermitNumber?.message)}
                {...register('dischargePermitNumber')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('licences.fields.validFrom')}
                description={t('licences.form.validFromHint', { timeZone })}
                required
                error={message(errors.validFrom?.message)}
                {...register('validFrom')}
              />
              <TextInput
                type="date"
                label={t('licences.fields.validTo')}
                description={t('licences.form.validToHint', { timeZone })}
                required
                error={message(errors.validTo?.message)}
                {...register('validTo')}
              />
            </SimpleGrid>
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <CapacitiesEditor form={form} />
        </Card>

        <Card withBorder padding="lg">
          <Stack gap="md">
            <Title order={2} size="h4">
              {t('licences.form.area')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('licences.fields.regionServed')}
                description={t('licences.form.regionServedHint')}
                required
                error={message(errors.regionServed?.message)}
                {...register('regionServed')}
              />
              <TextInput
                label={t('licences.fields.maxHaulKm')}
                description={t('licences.form.maxHaulHint', { max: MAX_HAUL_KM })}
                inputMode="numeric"
                required
                error={message(errors.maxHaulKm?.message)}
                {...register('maxHaulKm')}
              />
            </SimpleGrid>
          </Stack>
        </Card>

        <Group justify="flex-end">
          <Button type="submit" loading={createLicence.isPending}>
            {t('licences.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
