import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Card,
  Group,
  Stack,
  Text,
  Textarea,
  Title,
  type MantineColor,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { LicenceDecision, LicenceResponse } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { setServerFieldErrors } from '@/lib/form-errors';
import { isProblemError } from '@/lib/problem-error';
import { fieldErrorMessage } from '@/lib/validation';
import { useDecideLicence, useReloadLicence } from '../api/licences';
import { ALLOWED_DECISIONS, MAX_REASON_LENGTH, reasonRequired } from '../lib/decisions';

const COLOR: Record<LicenceDecision, MantineColor> = {
  VERIFY: 'teal',
  REJECT: 'red',
  SUSPEND: 'orange',
  REINSTATE: 'teal',
};

const FIELDS = ['reason'] as const;

const decisionSchema = z.object({
  reason: z.string().trim().max(MAX_REASON_LENGTH, 'validation.tooLong'),
});

type DecisionInput = z.input<typeof decisionSchema>;
type DecisionValues = z.output<typeof decisionSchema>;

/** An agency's decision on a licence: only the decisions its status allows, with a reason. */
export function DecisionForm({ licence }: { licence: LicenceResponse }) {
  const { t } = useTranslation();
  const decide = useDecideLicence(licence.id);
  const reload = useReloadLicence(licence.id);
  const allowed = ALLOWED_DECISIONS[licence.status];
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<DecisionInput, unknown, DecisionValues>({
    resolver: zodResolver(decisionSchema),
    defaultValues: { reason: '' },
  });

  const submit = (decision: LicenceDecision) =>
    handleSubmit((values) => {
      if (reasonRequired(decision) && values.reason === '') {
        setError(
          'reason',
          { type: 'required', message: 'validation.reasonRequired' },
          { shouldFocus: true },
        );
        return;
      }
      decide.mutate(
        { decision, reason: values.reason === '' ? undefined : values.reason },
        {
          onSuccess: (decided) => {
            reset({ reason: '' });
            notifications.show({
              color: 'teal',
              message: t('licences.decide.done', {
                number: decided.number,
                status: t(`licences.status.${decided.status}`),
              }),
            });
          },
          onError: (error) => {
            setServerFieldErrors(error, FIELDS, setError);
            if (isProblemError(error) && error.status === 409) void reload();
          },
        },
      );
    });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`decide-${licence.id}`}>
      <Stack gap="md">
        <Title order={3} size="h4" id={`decide-${licence.id}`}>
          {t('licences.decide.title')}
        </Title>
        {allowed.length === 0 ? (
          <Text c="dimmed">
            {t('licences.decide.none', { status: t(`licences.status.${licence.status}`) })}
          </Text>
        ) : (
          <form
            noValidate
            aria-label={t('licences.decide.title')}
            onSubmit={(event) => event.preventDefault()}
          >
            <Stack gap="sm">
              <FormErrorAlert
                error={decide.error}
                fieldNames={FIELDS}
                statusMessages={{ 409: t('licences.decide.conflict') }}
              />
              <Textarea
                label={t('licences.decide.reason')}
                description={t('licences.decide.reasonHint')}
                autosize
                minRows={3}
                maxRows={8}
                error={fieldErrorMessage(t, errors.reason?.message)}
                {...register('reason')}
              />
              <Group gap="sm">
                {allowed.map((decision) => (
                  <Button
                    key={decision}
                    color={COLOR[decision]}
                    variant={decision === 'VERIFY' || decision === 'REINSTATE' ? 'filled' : 'light'}
                    loading={decide.isPending && decide.variables.decision === decision}
                    disabled={decide.isPending && decide.variables.decision !== decision}
                    onClick={() => void submit(decision)()}
                  >
                    {t(`licences.decide.action.${decision}`)}
                  </Button>
                ))}
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
