import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  WasteCategory,
  type MonthlyReportPrefill,
  type MonthlyReportResponse,
} from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useRecoveryFormat } from '@/hooks/use-recovery-format';
import { isProblemError } from '@/lib/problem-error';
import { RARE_EARTHS } from '@/lib/rare-earths';
import { fieldErrorMessage } from '@/lib/validation';
import {
  useFileMonthlyReport,
  useMonthlyReport,
  useMonthlyReportPrefill,
} from '../api/monthly-reports';
import { balanceOff, belowRecord, isMass } from '../lib/balance';
import { monthLabel, utcDay } from '../lib/months';

const CATEGORIES = Object.values(WasteCategory);

const mass = z.string().trim().min(1, 'validation.required').refine(isMass, 'validation.mass');

const reportSchema = z.object({
  categories: z.array(
    z.object({
      category: z.enum(CATEGORIES),
      openingKg: mass,
      receivedKg: mass,
      processedKg: mass,
      closingKg: mass,
    }),
  ),
  elements: z.array(z.object({ element: z.string().min(1), recoveredKg: mass })),
  note: z.string().trim().max(2000, 'validation.tooLong'),
});

type ReportInput = z.input<typeof reportSchema>;
type Records = {
  received: Record<string, string>;
  processed: Record<string, string>;
  recovered: Record<string, string>;
};

type MonthlyReportFormProps = {
  month: string;
  onFiled: (report: MonthlyReportResponse) => void;
};

/**
 * A recycler files its month: prefilled from REEx's records (or, for a correction, from the newest
 * version), then completed with what came from outside REEx.
 */
export function MonthlyReportForm({ month, onFiled }: MonthlyReportFormProps) {
  const { t } = useTranslation();
  const prefill = useMonthlyReportPrefill(month);
  const newestId = prefill.data?.newestReportId;
  const newest = useMonthlyReport(newestId ?? 0);
  if (prefill.isError) {
    return <QueryErrorAlert error={prefill.error} onRetry={() => void prefill.refetch()} />;
  }
  if (prefill.isPending || (newestId !== undefined && newest.isPending)) {
    return <Loader aria-label={t('common.loading')} />;
  }
  if (newestId !== undefined && newest.isError) {
    return <QueryErrorAlert error={newest.error} onRetry={() => void newest.refetch()} />;
  }
  return (
    <ReportForm
      key={`${month}-${prefill.data.newestVersion ?? 0}`}
      prefill={prefill.data}
      newest={newestId === undefined ? undefined : newest.data}
      onFiled={onFiled}
    />
  );
}

function ReportForm({
  prefill,
  newest,
  onFiled,
}: {
  prefill: MonthlyReportPrefill;
  newest: MonthlyReportResponse | undefined;
  onFiled: (report: MonthlyReportResponse) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useRecoveryFormat();
  const file = useFileMonthlyReport();
  const records: Records = {
    received: Object.fromEntries(prefill.categories.map((c) => [c.category, c.reexReceivedKg])),
    processed: Object.fromEntries(prefill.categories.map((c) => [c.category, c.reexProcessedKg])),
    recovered: Object.fromEntries(prefill.elements.map((e) => [e.element, e.reexRecoveredKg])),
  };
  const source = newest ?? prefill;
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ReportInput>({
    resolver: zodResolver(reportSchema),
    defaultValues: {
      categories: source.categories.map((c) => ({
        category: c.category,
        openingKg: c.openingKg,
        receivedKg: c.receivedKg,
        processedKg: c.processedKg,
        closingKg: c.closingKg,
      })),
      elements: source.elements.map((e) => ({ element: e.element, recoveredKg: e.recoveredKg })),
      note: '',
    },
  });
  const categories = useFieldArray({ control, name: 'categories' });
  const elements = useFieldArray({ control, name: 'elements' });
  const usedCategories = useWatch({ control, name: 'categories' }).map((c) => c.category);
  const usedElements = useWatch({ control, name: 'elements' }).map((e) => e.element);
  const [addCategory, setAddCategory] = useState('');
  const [addElement, setAddElement] = useState('');
  const freeCategories = CATEGORIES.filter((c) => !usedCategories.includes(c));
  const freeElements = RARE_EARTHS.filter((e) => !usedElements.includes(e));

  const onSubmit = handleSubmit((values) =>
    file
      .mutateAsync({
        month: prefill.month,
        correctsVersion: prefill.newestVersion,
        categories: values.categories.map((c) => ({
          category: c.category,
          openingKg: c.openingKg.trim(),
          receivedKg: c.receivedKg.trim(),
          processedKg: c.processedKg.trim(),
          closingKg: c.closingKg.trim(),
        })),
        elements: values.elements.map((e) => ({
          element: e.element,
          recoveredKg: e.recoveredKg.trim(),
        })),
        note: values.note.trim() === '' ? undefined : values.note.trim(),
      })
      .then(
        // Filing reloads every monthly-report query, this form's prefill too: the promise outlives a re-render.
        (report) => {
          notifications.show({
            color: 'teal',
            message: t('monthly.form.filed', { version: report.version }),
          });
          onFiled(report);
        },
        (error: unknown) => {
          if (!isProblemError(error)) return;
          for (const param of error.invalidParams) {
            const path = param.name.replace(/\[(\d+)\]/g, '.$1');
            if (/^(categories|elements)\.\d+\.\w+$/.test(path) || path === 'note') {
              setError(path as 'note', { type: 'server', message: param.reason });
            }
          }
        },
      ),
  );

  const month = monthLabel(prefill.month, i18n.language);
  return (
    <form
      noValidate
      aria-label={t('monthly.form.title', { month })}
      onSubmit={(e) => void onSubmit(e)}
    >
      <Stack gap="lg">
        <div>
          <Title order={1} size="h3">
            {t('monthly.form.title', { month })}
          </Title>
          <Text c="dimmed" size="sm">
            {t('monthly.form.intro', { due: utcDay(prefill.dueOn, i18n.language) })}
          </Text>
        </div>
        {prefill.newestVersion !== undefined && (
          <Alert
            color="blue"
            title={t('monthly.form.correcting', { version: prefill.newestVersion })}
          >
            {t('monthly.form.correctingHint')}
          </Alert>
        )}
        <FormErrorAlert
          error={file.error}
          fieldNames={[]}
          statusMessages={{ 409: t('monthly.form.conflict') }}
        />
        <Stack gap="sm" component="section" aria-labelledby="monthly-stock-title">
          <Title order={2} size="h4" id="monthly-stock-title">
            {t('monthly.stock.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('monthly.stock.hint')}
          </Text>
          {categories.fields.length === 0 && <Text c="dimmed">{t('monthly.stock.none')}</Text>}
          {categories.fields.map((field, index) => (
            <CategoryCard
              key={field.id}
              index={index}
              category={field.category}
              control={control}
              register={register}
              errors={errors.categories?.[index]}
              records={records}
              onRemove={() => categories.remove(index)}
            />
          ))}
          {freeCategories.length > 0 && (
            <Group align="flex-end" gap="xs">
              <NativeSelect
                label={t('monthly.stock.add')}
                value={addCategory}
                onChange={(event) => setAddCategory(event.currentTarget.value)}
                data={[
                  { value: '', label: t('monthly.stock.choose') },
                  ...freeCategories.map((c) => ({ value: c, label: t(`lots.category.${c}`) })),
                ]}
              />
              <Button
                variant="default"
                disabled={addCategory === ''}
                onClick={() => {
                  const category = CATEGORIES.find((c) => c === addCategory);
                  if (category === undefined) return;
                  categories.append({
                    category,
                    openingKg: '0',
                    receivedKg: '0',
                    processedKg: '0',
                    closingKg: '0',
                  });
                  setAddCategory('');
                }}
              >
                {t('monthly.add')}
              </Button>
            </Group>
          )}
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="monthly-elements-title">
          <Title order={2} size="h4" id="monthly-elements-title">
            {t('monthly.elements.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('monthly.elements.hint')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            {elements.fields.map((field, index) => {
              const record = records.recovered[field.element];
              return (
                <Group key={field.id} align="flex-start" gap="xs" wrap="nowrap">
                  <ElementInput
                    index={index}
                    element={field.element}
                    label={format.element(field.element)}
                    record={record}
                    control={control}
                    register={register}
                    error={fieldErrorMessage(t, errors.elements?.[index]?.recoveredKg?.message)}
                  />
                  <Button
                    variant="subtle"
                    color="gray"
                    mt={24}
                    aria-label={t('monthly.removeNamed', { name: format.element(field.element) })}
                    onClick={() => elements.remove(index)}
                  >
                    ×
                  </Button>
                </Group>
              );
            })}
          </SimpleGrid>
          {freeElements.length > 0 && (
            <Group align="flex-end" gap="xs">
              <NativeSelect
                label={t('monthly.elements.add')}
                value={addElement}
                onChange={(event) => setAddElement(event.currentTarget.value)}
                data={[
                  { value: '', label: t('monthly.elements.choose') },
                  ...freeElements.map((e) => ({ value: e, label: format.element(e) })),
                ]}
              />
              <Button
                variant="default"
                disabled={addElement === ''}
                onClick={() => {
                  elements.append({ element: addElement, recoveredKg: '0' });
                  setAddElement('');
                }}
              >
                {t('monthly.add')}
              </Button>
            </Group>
          )}
        </Stack>
        <Textarea
          label={t('monthly.form.note')}
          description={t('monthly.form.noteHint')}
          autosize
          minRows={2}
          error={fieldErrorMessage(t, errors.note?.message)}
          {...register('note')}
        />
        <Group>
          <Button type="submit" loading={file.isPending}>
            {prefill.newestVersion === undefined
              ? t('monthly.form.submit')
              : t('monthly.form.submitCorrection', { version: prefill.newestVersion + 1 })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type FieldProps = {
  control: Control<ReportInput>;
  register: ReturnType<typeof useForm<ReportInput>>['register'];
};

function CategoryCard({
  index,
  category,
  control,
  register,
  errors,
  records,
  onRemove,
}: FieldProps & {
  index: number;
  category: WasteCategory;
  errors:
    | Partial<
        Record<'openingKg' | 'receivedKg' | 'processedKg' | 'closingKg', { message?: string }>
      >
    | undefined;
  records: Records;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const format = useRecoveryFormat();
  const line = useWatch({ control, name: `categories.${index}` });
  const off = balanceOff(line.openingKg, line.receivedKg, line.processedKg, line.closingKg);
  const name = t(`lots.category.${category}`);
  const recordHint = (kind: 'received' | 'processed', value: string) => {
    const record = records[kind][category];
    if (record === undefined) return undefined;
    return belowRecord(value, record)
      ? t('monthly.belowRecord', { kg: format.kg(record) })
      : t('monthly.record', { kg: format.kg(record) });
  };
  return (
    <Card withBorder padding="md" component="fieldset" aria-label={name}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{name}</Text>
          <Button variant="subtle" color="gray" size="compact-sm" onClick={onRemove}>
            {t('monthly.remove')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <TextInput
            label={t('monthly.field.openingKg')}
            inputMode="decimal"
            error={fieldErrorMessage(t, errors?.openingKg?.message)}
            {...register(`categories.${index}.openingKg`)}
          />
          <TextInput
            label={t('monthly.field.receivedKg')}
            inputMode="decimal"
            description={recordHint('received', line.receivedKg)}
            error={fieldErrorMessage(t, errors?.receivedKg?.message)}
            {...register(`categories.${index}.receivedKg`)}
          />
          <TextInput
            label={t('monthly.field.processedKg')}
            inputMode="decimal"
            description={recordHint('processed', line.processedKg)}
            error={fieldErrorMessage(t, errors?.processedKg?.message)}
            {...register(`categories.${index}.processedKg`)}
          />
          <TextInput
            label={t('monthly.field.closingKg')}
            inputMode="decimal"
            error={fieldErrorMessage(t, errors?.closingKg?.message)}
            {...register(`categories.${index}.closingKg`)}
          />
        </SimpleGrid>
        <Text size="sm" c={off === undefined ? 'teal' : 'orange'} role="status">
          {off === undefined
            ? t('monthly.balanced')
            : t('monthly.unbalanced', { kg: format.kg(off) })}
        </Text>
      </Stack>
    </Card>
  );
}

function ElementInput({
  index,
  label,
  record,
  control,
  register,
  error,
}: FieldProps & {
  index: number;
  element: string;
  label: string;
  record: string | undefined;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useRecoveryFormat();
  const value = useWatch({ control, name: `elements.${index}.recoveredKg` });
  return (
    <TextInput
      style={{ flex: 1 }}
      label={label}
      inputMode="decimal"
      description={
        record === undefined
          ? undefined
          : belowRecord(value, record)
            ? t('monthly.belowRecord', { kg: format.kg(record) })
            : t('monthly.record', { kg: format.kg(record) })
      }
      error={error}
      {...register(`elements.${index}.recoveredKg`)}
    />
  );
}
