import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CompositionLine, ProcessRoute } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { isProblemError } from '@/lib/problem-error';
import { fieldErrorMessage } from '@/lib/validation';
import { useSubmitRecoveryReport } from '../api/custody';
import { useRecoveryFormat } from '@/hooks/use-recovery-format';
import { PROCESS_ROUTES } from '../lib/custody-schema';
import {
  MAX_REPORT_LINES,
  PRODUCT_FORMS,
  RARE_EARTHS,
  initialReport,
  recoveryRate,
  recoveryReportSchema,
  reportPathOf,
  sumKg,
  toReportRequest,
  type RecoveryReportInput,
  type RecoveryReportValues,
} from '../lib/recovery';

type RecoveryReportFormProps = {
  lotId: number;
  /** The lot's declared composition: one row per declared element. */
  composition: readonly CompositionLine[];
  /** Kg weighed at receipt, which caps what can be recovered. */
  receivedKg: string | undefined;
  /** The route recorded at processing, the report's default. */
  processRoute: ProcessRoute | undefined;
  onSubmitted?: () => void;
};

/** The winner's recovery report: kg recovered per element against what the lot declared. */
export function RecoveryReportForm({
  lotId,
  composition,
  receivedKg,
  processRoute,
  onSubmitted,
}: RecoveryReportFormProps) {
  const { t } = useTranslation();
  const format = useRecoveryFormat();
  const submit = useSubmitRecoveryReport(lotId, onSubmitted);
  const form = useForm<RecoveryReportInput, unknown, RecoveryReportValues>({
    resolver: zodResolver(recoveryReportSchema(receivedKg)),
    defaultValues: initialReport(composition, processRoute ?? ''),
  });
  const { register, control, handleSubmit, setError, formState } = form;
  const { errors } = formState;
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' });
  const lines = useWatch({ control, name: 'lines' });
  const [adding, setAdding] = useState('');
  // On a phone the seven columns do not fit: each element becomes a card of its own.
  const narrow = useMediaQuery('(max-width: 48em)') === true;
  const message = (text: string | undefined) => fieldErrorMessage(t, text);

  const used = new Set(lines.map((line) => line.element));
  const addable = RARE_EARTHS.filter((symbol) => !used.has(symbol));
  const declaredCount = composition.length;
  const totalDeclared = sumKg(lines.map((line) => line.declaredKg));
  const totalRecovered = sumKg(lines.map((line) => line.recoveredKg));
  const totalRate = recoveryRate(totalRecovered, totalDeclared);

  const onSubmit = handleSubmit((values) =>
    submit.mutate(toReportRequest(values), {
      onSuccess: () => notifications.show({ color: 'teal', message: t('recovery.form.submitted') }),
      onError: (error) => {
        if (!isProblemError(error)) return;
        for (const param of error.invalidParams) {
          const path = reportPathOf(param.name, lines.length);
          if (path !== undefined) {
            setError(path, { type: 'server', message: param.reason }, { shouldFocus: true });
          }
        }
      },
    }),
  );

  const placed = isProblemError(submit.error)
    ? submit.error.invalidParams
        .map((param) => param.name)
        .filter((name) => reportPathOf(name, lines.length) !== undefined)
    : [];
  const listError = errors.lines?.root?.message ?? errors.lines?.message;

  return (
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      aria-label={t('recovery.form.title')}
    >
      <Stack gap="md">
        <FormErrorAlert
          error={submit.error}
          fieldNames={placed}
          statusMessages={{ 409: t('recovery.form.conflict') }}
        />
        <Group align="flex-end" gap="md" wrap="wrap">
          <NativeSelect
            label={t('custody.fields.processRoute')}
            error={message(errors.processRoute?.message)}
            data={[
              { value: '', label: t('custody.form.chooseRoute') },
              ...PROCESS_ROUTES.map((route) => ({
                value: route,
                label: t(`custody.processRoute.${route}`),
              })),
            ]}
            {...register('processRoute')}
          />
          {receivedKg !== undefined && (
            <Text size="sm" c="dimmed" pb={8}>
              {t('recovery.form.received', { kg: format.kg(receivedKg) })}
            </Text>
          )}
        </Group>

        {narrow ? (
          <Stack gap="sm" role="list" aria-label={t('recovery.form.linesLabel')}>
            {fields.map((field, index) => {
              const line = lines[index];
              const element = line?.element ?? field.element;
              const name = format.element(element);
              const lineErrors = errors.lines?.[index];
              const rate =
                line === undefined ? null : recoveryRate(line.recoveredKg, line.declaredKg);
              const declared = index < declaredCount;
              return (
                <Card key={field.id} withBorder padding="sm" role="listitem">
                  <Stack gap="xs">
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <div>
                        <Text fw={600}>{name}</Text>
                        <Text size="xs" c={declared ? 'dimmed' : 'orange.8'}>
                          {declared
                            ? t('recovery.form.declaredValue', { kg: format.kg3(field.declaredKg) })
                            : t('recovery.form.undeclared')}
                        </Text>
                        {lineErrors?.element?.message !== undefined && (
                          <Text size="xs" c="red">
                            {message(lineErrors.element.message)}
                          </Text>
                        )}
                      </div>
                      <Group gap={4} wrap="nowrap">
                        <Text
                          size="sm"
                          fw={600}
                          aria-label={t('recovery.form.rateOf', { element: name })}
                        >
                          {rate === null ? '—' : format.rate(rate)}
                        </Text>
                        {!declared && (
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            onClick={() => remove(index)}
                            aria-label={t('recovery.form.remove', { element: name })}
                          >
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        )}
                      </Group>
                    </Group>
                    <SimpleGrid cols={2} spacing="xs">
                      <TextInput
                        label={t('recovery.fields.recoveredKg')}
                        aria-label={t('recovery.form.recoveredOf', { element: name })}
                        inputMode="decimal"
                        placeholder="0.000"
                        error={message(lineErrors?.recoveredKg?.message)}
                        {...register(`lines.${index}.recoveredKg`)}
                      />
                      <TextInput
                        label={t('recovery.fields.purityPercent')}
                        aria-label={t('recovery.form.purityOf', { element: name })}
                        inputMode="decimal"
                        placeholder="99.5"
                        error={message(lineErrors?.purityPercent?.message)}
                        {...register(`lines.${index}.purityPercent`)}
                      />
                    </SimpleGrid>
                    <NativeSelect
                      label={t('recovery.fields.productForm')}
                      aria-label={t('recovery.form.productFormOf', { element: name })}
                      error={message(lineErrors?.productForm?.message)}
                      data={PRODUCT_FORMS.map((form) => ({
                        value: form,
                        label: t(`recovery.productForm.${form}`),
                      }))}
                      {...register(`lines.${index}.productForm`)}
                    />
                  </Stack>
                </Card>
              );
            })}
            <Text fw={600} px="sm">
              {t('recovery.form.totalValue', {
                recovered: format.kg3(totalRecovered),
                declared: format.kg3(totalDeclared),
                rate: totalRate === null ? '—' : format.rate(totalRate),
              })}
            </Text>
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="xs" aria-label={t('recovery.form.linesLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('recovery.fields.element')}</Table.Th>
                  <Table.Th ta="end">{t('recovery.fields.declaredKg')}</Table.Th>
                  <Table.Th w={150}>{t('recovery.fields.recoveredKg')}</Table.Th>
                  <Table.Th ta="end">{t('recovery.fields.rate')}</Table.Th>
                  <Table.Th w={190}>{t('recovery.fields.productForm')}</Table.Th>
                  <Table.Th w={120}>{t('recovery.fields.purityPercent')}</Table.Th>
                  <Table.Th w={44}>
                    <VisuallyHidden>{t('recovery.form.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fields.map((field, index) => {
                  const line = lines[index];
                  const element = line?.element ?? field.element;
                  const name = format.element(element);
                  const lineErrors = errors.lines?.[index];
                  const rate =
                    line === undefined ? null : recoveryRate(line.recoveredKg, line.declaredKg);
                  const declared = index < declaredCount;
                  return (
                    <Table.Tr key={field.id}>
                      <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                        {name}
                        {!declared && (
                          <Text size="xs" c="orange">
                            {t('recovery.form.undeclared')}
                          </Text>
                        )}
                        {lineErrors?.element?.message !== undefined && (
                          <Text size="xs" c="red">
                            {message(lineErrors.element.message)}
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                        {declared ? format.kg3(field.declaredKg) : '—'}
                      </Table.Td>
                      <Table.Td valign="top">
                        <TextInput
                          aria-label={t('recovery.form.recoveredOf', { element: name })}
                          inputMode="decimal"
                          placeholder="0.000"
                          error={message(lineErrors?.recoveredKg?.message)}
                          {...register(`lines.${index}.recoveredKg`)}
                        />
                      </Table.Td>
                      <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                        <Text
                          size="sm"
                          fw={600}
                          aria-label={t('recovery.form.rateOf', { element: name })}
                        >
                          {rate === null ? '—' : format.rate(rate)}
                        </Text>
                      </Table.Td>
                      <Table.Td valign="top">
                        <NativeSelect
                          aria-label={t('recovery.form.productFormOf', { element: name })}
                          error={message(lineErrors?.productForm?.message)}
                          data={PRODUCT_FORMS.map((form) => ({
                            value: form,
                            label: t(`recovery.productForm.${form}`),
                          }))}
                          {...register(`lines.${index}.productForm`)}
                        />
                      </Table.Td>
                      <Table.Td valign="top">
                        <TextInput
                          aria-label={t('recovery.form.purityOf', { element: name })}
                          inputMode="decimal"
                          placeholder="99.5"
                          error={message(lineErrors?.purityPercent?.message)}
                          {...register(`lines.${index}.purityPercent`)}
                        />
                      </Table.Td>
                      <Table.Td valign="top">
                        {!declared && (
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            size="lg"
                            onClick={() => remove(index)}
                            aria-label={t('recovery.form.remove', { element: name })}
                          >
                            <IconTrash size={18} aria-hidden />
                          </ActionIcon>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('recovery.form.total')}</Table.Th>
                  <Table.Td ta="end" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {format.kg3(totalDeclared)}
                  </Table.Td>
                  <Table.Td
                    fw={600}
                    style={{ whiteSpace: 'nowrap' }}
                    aria-label={t('recovery.form.totalRecovered')}
                  >
                    {format.kg3(totalRecovered)}
                  </Table.Td>
                  <Table.Td ta="end" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {totalRate === null ? '—' : format.rate(totalRate)}
                  </Table.Td>
                  <Table.Td colSpan={3} />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}

        {listError !== undefined && (
          <Text c="red" size="sm" role="alert">
            {message(listError)}
          </Text>
        )}

        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('recovery.form.addElement')}
            value={adding}
            onChange={(event) => setAdding(event.currentTarget.value)}
            data={[
              { value: '', label: t('recovery.form.chooseElement') },
              ...addable.map((symbol) => ({ value: symbol, label: format.element(symbol) })),
            ]}
          />
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            disabled={adding === '' || lines.length >= MAX_REPORT_LINES}
            onClick={() => {
              append({
                element: adding,
                declaredKg: '',
                recoveredKg: '',
                productForm: 'OXIDE',
                purityPercent: '',
              });
              setAdding('');
            }}
          >
            {t('recovery.form.add')}
          </Button>
        </Group>

        <Group>
          <Button type="submit" loading={submit.isPending}>
            {t('recovery.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
