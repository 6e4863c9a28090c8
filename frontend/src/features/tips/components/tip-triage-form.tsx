import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { TipResponse, TipTriageStatus } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { isProblemError } from '@/lib/problem-error';
import { fieldErrorMessage, requiredText } from '@/lib/validation';
import { useTriageTip } from '../api/tips';

/** The steps open from each status; none from the final ones. */
export const NEXT_STEPS: Record<TipResponse['status'], TipTriageStatus[]> = {
  NEW: ['INVESTIGATING'],
  INVESTIGATING: ['SUBSTANTIATED', 'UNSUBSTANTIATED'],
  SUBSTANTIATED: [],
  UNSUBSTANTIATED: [],
};

const idList = z
  .string()
  .trim()
  .regex(/^(\d{1,18}(\s*[,，\s]\s*\d{1,18})*)?$/, 'validation.idList');

const triageSchema = z.object({
  status: z.enum(['INVESTIGATING', 'SUBSTANTIATED', 'UNSUBSTANTIATED']),
  note: requiredText(2000),
  organizationIds: idList,
  lotIds: idList,
});

type TriageInput = z.input<typeof triageSchema>;

function ids(text: string): number[] {
  return text
    .split(/[\s,，]+/)
    .filter((part) => part !== '')
    .map(Number);
}

/** An agency moves a tip one step on, with a note, and may link organizations and lots by their numbers. */
export function TipTriageForm({ tip }: { tip: TipResponse }) {
  const { t } = useTranslation();
  const steps = NEXT_STEPS[tip.status];
  const triage = useTriageTip(tip.id);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<TriageInput>({
    resolver: zodResolver(triageSchema),
    defaultValues: {
      status: steps[0] ?? 'INVESTIGATING',
      note: '',
      organizationIds: '',
      lotIds: '',
    },
  });

  if (steps.length === 0) return null;

  const onSubmit = handleSubmit((values) =>
    triage.mutate(
      {
        status: values.status,
        note: values.note,
        organizationIds: ids(values.organizationIds),
        lotIds: ids(values.lotIds),
      },
      {
        onSuccess: (answer) => {
          notifications.show({
            color: 'teal',
            message: t('tips.triage.done', {
              id: tip.id,
              status: t(`tips.status.${answer.status}`),
            }),
          });
          const next = NEXT_STEPS[answer.status][0];
          reset({ status: next ?? 'INVESTIGATING', note: '', organizationIds: '', lotIds: '' });
        },
        onError: (error) => {
          if (!isProblemError(error)) return;
          for (const param of error.invalidParams) {
            const field = param.name.startsWith('organizationIds')
              ? 'organizationIds'
              : param.name.startsWith('lotIds')
                ? 'lotIds'
                : param.name === 'note'
                  ? 'note'
                  : undefined;
            if (field !== undefined) setError(field, { type: 'server', message: param.reason });
          }
        },
      },
    ),
  );

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t('tips.triage.title')}>
      <Stack gap="sm">
        <FormErrorAlert
          error={triage.error}
          fieldNames={['note', 'organizationIds', 'lotIds']}
          statusMessages={{ 409: t('tips.triage.conflict') }}
        />
        <NativeSelect
          label={t('tips.triage.status')}
          data={steps.map((value) => ({ value, label: t(`tips.triage.to.${value}`) }))}
          maw={360}
          {...register('status')}
        />
        <Textarea
          label={t('tips.triage.note')}
          description={t('tips.triage.noteHint')}
          required
          autosize
          minRows={3}
          maxRows={8}
          maxLength={2000}
          error={fieldErrorMessage(t, errors.note?.message)}
          {...register('note')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('tips.triage.organizationIds')}
            description={t('tips.triage.idsHint')}
            inputMode="numeric"
            error={fieldErrorMessage(t, errors.organizationIds?.message)}
            {...register('organizationIds')}
          />
          <TextInput
            label={t('tips.triage.lotIds')}
            description={t('tips.triage.idsHint')}
            inputMode="numeric"
            error={fieldErrorMessage(t, errors.lotIds?.message)}
            {...register('lotIds')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={triage.isPending}>
            {t('tips.triage.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
