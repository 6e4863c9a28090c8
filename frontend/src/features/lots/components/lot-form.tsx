import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CategoryResponse, ElementResponse, Location, LotResponse } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { isProblemError } from '@/lib/problem-error';
import { fieldErrorMessage } from '@/lib/validation';
import { useCreateLot, useReloadLot, useUpdateLot } from '../api/lots';
import { useCategories, useElements } from '../api/reference';
import {
  CATEGORIES,
  HAZARDS,
  formPathOf,
  initialValues,
  lotFormSchema,
  toComposition,
  type LotFormInput,
  type LotFormValues,
} from '../lib/lot-form-schema';
import { CompositionEditor } from './composition-editor';

type LotFormProps = {
  /** The draft to edit; a new lot is created without one. */
  lot?: LotResponse;
  /** Where a new lot is, until the user says otherwise: their organization's place. */
  defaultLocation: Location;
  onSaved: (lot: LotResponse) => void;
};

/** Creates a lot as a draft, or edits a draft (sending the version it was read at). */
export function LotForm(props: LotFormProps) {
  const { t } = useTranslation();
  const elements = useElements();
  const categories = useCategories();
  if (elements.isError) {
    return <QueryErrorAlert error={elements.error} onRetry={() => void elements.refetch()} />;
  }
  if (categories.isError) {
    return <QueryErrorAlert error={categories.error} onRetry={() => void categories.refetch()} />;
  }
  if (elements.data === undefined || categories.data === undefined) {
    return <Loader aria-label={t('common.loading')} />;
  }
  return <LotFormFields {...props} elements={elements.data} categories={categories.data} />;
}

type LotFormFieldsProps = LotFormProps & {
  elements: readonly ElementResponse[];
  categories: readonly CategoryResponse[];
};

function LotFormFields({
  lot,
  defaultLocation,
  onSaved,
  elements,
  categories,
}: LotFormFieldsProps) {
  const { t } = useTranslation();
  const createLot = useCreateLot();
  const updateLot = useUpdateLot(lot?.id ?? 0);
  const reloadLot = useReloadLot(lot?.id ?? 0);
  const saving = lot === undefined ? createLot : updateLot;
  const form = useForm<LotFormInput, unknown, LotFormValues>({
    resolver: zodResolver(lotFormSchema),
    defaultValues: initialValues(lot, defaultLocation),
  });
  const { register, control, handleSubmit, setError, setValue, getFieldState, formState } = form;
  const { errors } = formState;
  const categoryCode = useWatch({ control, name: 'category' });
  const category = categories.find((candidate) => candidate.code === categoryCode);
  const lineCount = useWatch({ control, name: 'composition' }).length;

  const onError = (error: unknown) => {
    if (!isProblemError(error)) return;
    for (const param of error.invalidParams) {
      const path = formPathOf(param.name, lineCount);
      if (path !== undefined) {
        setError(path, { type: 'server', message: param.reason }, { shouldFocus: true });
      }
    }
  };

  const onSubmit = handleSubmit((values) => {
    const fields = {
      title: values.title,
      description: values.description,
      category: values.category,
      grossMassKg: values.grossMassKg,
      composition: toComposition(values),
      location: values.location,
      hazards: values.hazards,
    };
    if (lot === undefined) {
      createLot.mutate(
        { ...fields, useTypicalComposition: false },
        { onSuccess: onSaved, onError },
      );
    } else {
      updateLot.mutate({ ...fields, version: lot.version }, { onSuccess: onSaved, onError });
    }
  });

  const message = (text: string | undefined) => fieldErrorMessage(t, text);
  const placedParams = isProblemError(saving.error)
    ? saving.error.invalidParams
        .map((param) => param.name)
        .filter((name) => formPathOf(name, lineCount) !== undefined)
    : [];
  const stale = isProblemError(saving.error) && saving.error.status === 409;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t(lot ? 'lots.form.editTitle' : 'lots.form.createTitle')}
    >
      <Stack gap="lg">
        {stale ? (
          <Alert color="orange" variant="light" role="alert" title={t('lots.form.stale')}>
            <Button size="xs" variant="white" color="orange" onClick={() => void reloadLot()}>
              {t('lots.form.reload')}
            </Button>
          </Alert>
        ) : (
          <FormErrorAlert error={saving.error} fieldNames={placedParams} />
        )}

        <Card withBorder padding="lg">
          <Stack gap="md">
            <Title order={2} size="h4">
              {t('lots.form.about')}
            </Title>
            <TextInput
              label={t('lots.fields.title')}
              required
              error={message(errors.title?.message)}
              {...register('title')}
            />
            <Textarea
              label={t('lots.fields.description')}
              autosize
              minRows={3}
              maxRows={10}
              error={message(errors.description?.message)}
              {...register('description')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('lots.fields.category')}
                required
                error={message(errors.category?.message)}
                data={[
                  { value: '', label: t('lots.form.chooseCategory') },
                  ...CATEGORIES.map((code) => ({ value: code, label: t(`lots.category.${code}`) })),
                ]}
                {...register('category', {
                  onChange: (event: { target: { value: string } }) => {
                    const chosen = categories.find((item) => item.code === event.target.value);
                    // A new lot starts with its category's hazards until the user picks their own.
                    if (
                      lot === undefined &&
                      chosen !== undefined &&
                      !getFieldState('hazards').isDirty
                    ) {
                      setValue('hazards', [...chosen.hazards]);
                    }
                  },
                })}
              />
              <TextInput
                label={t('lots.fields.grossMassKg')}
                description={t('lots.form.grossMassHint')}
                inputMode="decimal"
                required
                error={message(errors.grossMassKg?.message)}
                {...register('grossMassKg')}
              />
            </SimpleGrid>
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <CompositionEditor form={form} elements={elements} category={category} />
        </Card>

        <Card withBorder padding="lg">
          <Stack gap="md">
            <Title order={2} size="h4">
              {t('lots.form.whereAndHazards')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('organization.region')}
                description={t('lots.form.regionHint')}
                required
                error={message(errors.location?.region?.message)}
                {...register('location.region')}
              />
              <TextInput
                label={t('organization.latitude')}
                description={t('organization.latitudeHint')}
                inputMode="decimal"
                required
                error={message(errors.location?.latitude?.message)}
                {...register('location.latitude')}
              />
              <TextInput
                label={t('organization.longitude')}
                description={t('organization.longitudeHint')}
                inputMode="decimal"
                required
                error={message(errors.location?.longitude?.message)}
                {...register('location.longitude')}
              />
            </SimpleGrid>
            <Controller
              control={control}
              name="hazards"
              render={({ field }) => (
                <Checkbox.Group
                  label={t('lots.fields.hazards')}
                  description={t('lots.form.hazardsHint')}
                  error={message(errors.hazards?.message)}
                  value={field.value}
                  onChange={(values) =>
                    field.onChange(HAZARDS.filter((hazard) => values.includes(hazard)))
                  }
                >
                  <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs">
                    {HAZARDS.map((hazard) => (
                      <Checkbox key={hazard} value={hazard} label={t(`lots.hazard.${hazard}`)} />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
              )}
            />
          </Stack>
        </Card>

        <Group justify="flex-end">
          <Button type="submit" loading={saving.isPending}>
            {t(lot ? 'lots.form.save' : 'lots.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
