import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorMessage } from '@/lib/validation';
import {
  CATEGORIES,
  EMPTY_CAPACITY,
  type LicenceFormInput,
  type LicenceFormValues,
} from '../lib/licence-form-schema';

type CapacitiesEditorProps = {
  form: UseFormReturn<LicenceFormInput, unknown, LicenceFormValues>;
};

/** The categories a licence covers: one row per category with its annual capacity. */
export function CapacitiesEditor({ form }: CapacitiesEditorProps) {
  const { t } = useTranslation();
  const { control, register, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'capacities' });
  const errors = formState.errors.capacities;
  const listError = errors?.root?.message ?? errors?.message;

  return (
    <Stack gap="md" component="fieldset" m={0} p={0} style={{ border: 0 }}>
      <div>
        <Title order={2} size="h4" component="legend">
          {t('licences.capacities.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('licences.capacities.hint')}
        </Text>
      </div>

      {fields.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" aria-label={t('licences.capacities.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('licences.fields.category')}</Table.Th>
                <Table.Th>{t('licences.fields.tonnesPerYear')}</Table.Th>
                <Table.Th w={56}>
                  <VisuallyHidden>{t('licences.capacities.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((field, index) => {
                const row = index + 1;
                const rowErrors = errors?.[index];
                return (
                  <Table.Tr key={field.id}>
                    <Table.Td valign="top">
                      <NativeSelect
                        aria-label={t('licences.capacities.categoryOfRow', { row })}
                        miw={220}
                        error={fieldErrorMessage(t, rowErrors?.category?.message)}
                        data={[
                          { value: '', label: t('licences.capacities.chooseCategory') },
                          ...CATEGORIES.map((code) => ({
                            value: code,
                            label: t(`lots.category.${code}`),
                          })),
                        ]}
                        {...register(`capacities.${index}.category`)}
                      />
                    </Table.Td>
                    <Table.Td valign="top">
                      <TextInput
                        aria-label={t('licences.capacities.tonnesOfRow', { row })}
                        inputMode="decimal"
                        rightSection={
                          <Text size="sm" c="dimmed" aria-hidden>
                            {t('licences.units.tonnesPerYearShort')}
                          </Text>
                        }
                        rightSectionWidth={56}
                        error={fieldErrorMessage(t, rowErrors?.tonnesPerYear?.message)}
                        {...register(`capacities.${index}.tonnesPerYear`)}
                      />
                    </Table.Td>
                    <Table.Td valign="top">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        onClick={() => remove(index)}
                        disabled={fields.length === 1}
                        aria-label={t('licences.capacities.removeRow', { row })}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
          onClick={() => append(EMPTY_CAPACITY)}
          disabled={fields.length >= CATEGORIES.length}
        >
          {t('licences.capacities.addRow')}
        </Button>
      </Group>
    </Stack>
  );
}
