import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { FlagDecision, FlagResponse } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { setServerFieldErrors } from '@/lib/form-errors';
import { fieldErrorMessage, requiredText } from '@/lib/validation';
import { useDecideFlag } from '../api/flags';

const FIELDS = ['note'] as const;

const decisionSchema = z.object({ note: requiredText(2000) });

type DecisionInput = z.input<typeof decisionSchema>;

/** An agency dismisses or confirms an open flag, always with a note saying why. */
export function FlagDecisionForm({ flag }: { flag: FlagResponse }) {
  const { t } = useTranslation();
  const decide = useDecideFlag(flag.id);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<DecisionInput>({
    resolver: zodResolver(decisionSchema),
    defaultValues: { note: '' },
  });

  const submit = (decision: FlagDecision) =>
    handleSubmit((values) =>
      decide.mutate(
        { decision, note: values.note },
        {
          onSuccess: () =>
            notifications.show({
              color: 'teal',
              message: t(`flags.decide.done.${decision}`, { id: flag.id }),
            }),
          onError: (error) => setServerFieldErrors(error, FIELDS, setError),
        },
      ),
    );

  return (
    <form
      noValidate
      aria-label={t('flags.decide.title', { id: flag.id })}
      onSubmit={(event) => event.preventDefault()}
    >
      <Stack gap="xs">
        <FormErrorAlert
          error={decide.error}
          fieldNames={FIELDS}
          statusMessages={{ 409: t('flags.decide.conflict') }}
        />
        <Textarea
          label={t('flags.decide.note')}
          description={t('flags.decide.noteHint')}
          autosize
          minRows={2}
          maxRows={6}
          error={fieldErrorMessage(t, errors.note?.message)}
          {...register('note')}
        />
        <Group gap="sm">
          {(['CONFIRM', 'DISMISS'] as const).map((decision) => (
            <Button
              key={decision}
              color={decision === 'CONFIRM' ? 'red' : 'gray'}
              variant={decision === 'CONFIRM' ? 'filled' : 'default'}
              loading={decide.isPending && decide.variables.decision === decision}
              disabled={decide.isPending && decide.variables.decision !== decision}
              onClick={() => void submit(decision)()}
            >
              {t(`flags.decide.action.${decision}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </form>
  );
}
