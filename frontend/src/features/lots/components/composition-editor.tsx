import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CategoryResponse, ElementResponse } from '@/api/generated';
import { fieldErrorMessage } from '@/lib/validation';
import { useElementName } from '../hooks/use-element-name';
import { useLotFormat } from '../hooks/use-lot-format';
import { containedOf, fractionSum, totalOf } from '../lib/contained';
import {
  MAX_COMPOSITION_LINES,
  SOURCES,
  type CompositionLineInput,
  type LotFormInput,
  type LotFormValues,
} from '../lib/lot-form-schema';

type CompositionEditorProps = {
  form: UseFormReturn<LotFormInput, unknown, LotFormValues>;
  elements: readonly ElementResponse[];
  /** The chosen category, whose typical composition can fill the rows. */
  category: CategoryResponse | undefined;
};

const EMPTY_LINE: CompositionLineInput = { element: '', fraction: '', source: 'ASSAY' };

/** The declared composition: one row per element, with what it contains as you type. */
export function CompositionEditor({ form, elements, category }: CompositionEditorProps) {
  const { t } = useTranslation();
  const format = useLotFormat();
  const elementName = useElementName();
  const { control, register, formState } = form;
  const { fields, append, remove, replace } = useFieldArray({ control, name: 'composition' });
  const lines = useWatch({ control, name: 'composition' });
  const grossMassKg = useWatch({ control, name: 'grossMassKg' });

  const factorOf = (symbol: string) =>
    elements.find((element) => element.symbol === symbol)?.metalToOxideFactor;
  const isEstimate = (line: CompositionLineInput | undefined) =>
    line?.source === 'TYPICAL' &&
    category?.typicalComposition.some(
      (typical) => typical.element === line.element && typical.confidence === 'ESTIMATE',
    ) === true;

  const contained = lines.map((line) =>
    containedOf(grossMassKg, line.fraction, factorOf(line.element)),
  );
  const total = totalOf(contained);
  const sum = fractionSum(lines.map((line) => line.fraction));
  const errors = formState.errors.composition;
  const listError = errors?.root?.message ?? errors?.message;

  const fillTypical = () => {
    if (category === undefined) return;
    replace(
      category.typicalComposition.map((typical) => ({
        element: typical.element,
        fraction: typical.typicalFraction,
        source: 'TYPICAL' as const,
      })),
    );
  };
  const typicalUnavailable =
    category === undefined
      ? t('lots.composition.typicalNeedsCategory')
      : category.assayRequired
        ? t('lots.composition.typicalAssayRequired')
        : undefined;

  return (
    <Stack gap="sm" component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={2} size="h4" component="legend">
            {t('lots.composition.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('lots.composition.hint')}
          </Text>
        </div>
        <Stack gap={4} align="flex-end" maw={360}>
          <Button
            variant="light"
            onClick={fillTypical}
            disabled={typicalUnavailable !== undefined}
            aria-describedby={typicalUnavailable === undefined ? undefined : 'typical-unavailable'}
          >
            {t('lots.composition.fillTypical')}
          </Button>
          {typicalUnavailable !== undefined && (
            <Text id="typical-unavailable" size="xs" c="dimmed" ta="end">
              {typicalUnavailable}
            </Text>
          )}
        </Stack>
      </Group>

      {fields.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('lots.composition.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table verticalSpacing="xs" aria-label={t('lots.composition.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={230}>{t('lots.composition.element')}</Table.Th>
                <Table.Th w={140}>{t('lots.composition.fraction')}</Table.Th>
                <Table.Th w={190}>{t('lots.composition.source')}</Table.Th>
                <Table.Th ta="end">{t('lots.composition.containedKg')}</Table.Th>
                <Table.Th ta="end">{t('lots.composition.containedOxideKg')}</Table.Th>
                <Table.Th w={48}>
                  <VisuallyHidden>{t('lots.composition.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((field, index) => {
                const row = index + 1;
                const lineErrors = errors?.[index];
                const line = lines[index];
                const lineContained = contained[index] ?? null;
                return (
                  <Table.Tr key={field.id}>
                    <Table.Td valign="top">
                      <NativeSelect
                        aria-label={t('lots.composition.elementOfRow', { row })}
                        miw={210}
                        error={fieldErrorMessage(t, lineErrors?.element?.message)}
                        data={[
                          { value: '', label: t('lots.composition.chooseElement') },
                          ...elements.map((element) => ({
                            value: element.symbol,
                            label: `${element.symbol} · ${elementName(element.symbol)}`,
                          })),
                        ]}
                        {...register(`composition.${index}.element`)}
                      />
                    </Table.Td>
                    <Table.Td valign="top">
                      <TextInput
                        aria-label={t('lots.composition.fractionOfRow', { row })}
                        inputMode="decimal"
                        placeholder="0.000000"
                        error={fieldErrorMessage(t, lineErrors?.fraction?.message)}
                        {...register(`composition.${index}.fraction`)}
                      />
                    </Table.Td>
                    <Table.Td valign="top">
                      <Group gap={6} wrap="nowrap">
                        <NativeSelect
                          aria-label={t('lots.composition.sourceOfRow', { row })}
                          error={fieldErrorMessage(t, lineErrors?.source?.message)}
                          data={SOURCES.map((source) => ({
                            value: source,
                            label: t(`lots.source.${source}`),
                          }))}
                          {...register(`composition.${index}.source`)}
                        />
                        {isEstimate(line) && (
                          <Tooltip label={t('lots.confidence.estimateHint')}>
                            <Badge color="yellow" variant="light" tabIndex={0}>
                              {t('lots.confidence.estimate')}
                            </Badge>
                          </Tooltip>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="end" valign="top" pt="md" style={{ whiteSpace: 'nowrap' }}>
                      {lineContained === null ? '—' : format.contained(lineContained.kg)}
                    </Table.Td>
                    <Table.Td ta="end" valign="top" pt="md" style={{ whiteSpace: 'nowrap' }}>
                      {lineContained === null ? '—' : format.contained(lineContained.oxideKg)}
                    </Table.Td>
                    <Table.Td valign="top">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        onClick={() => remove(index)}
                        aria-label={t('lots.composition.removeRow', { row })}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('lots.composition.total')}</Table.Th>
                <Table.Td>
                  <Text size="sm" fw={600} data-testid="fraction-sum">
                    {t('lots.composition.sumValue', {
                      sum: sum.toString(),
                      percent: format.percent(sum.toString()),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td />
                <Table.Td ta="end" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {format.contained(total.kg)}
                </Table.Td>
                <Table.Td ta="end" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {format.contained(total.oxideKg)}
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}

      {sum.greaterThan(1) && (
        <Alert color="yellow" variant="light" role="status">
          {t('lots.composition.sumOverOne', { percent: format.percent(sum.toString()) })}
        </Alert>
      )}
      {listError !== undefined && (
        <Text c="red" size="sm" role="alert">
          {fieldErrorMessage(t, listError)}
        </Text>
      )}

      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => append(EMPTY_LINE)}
          disabled={fields.length >= MAX_COMPOSITION_LINES}
        >
          {t('lots.composition.addRow')}
        </Button>
      </Group>
    </Stack>
  );
}
