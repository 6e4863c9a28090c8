import { Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LotResponse } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useCustodyTrail, useRecoveryReport } from '../api/custody';
import { ChainBadge } from '@/components/ui/chain-badge';
import { CustodyStepForm } from './custody-step-form';
import { CustodyTimeline } from './custody-timeline';
import { RecoveryReportForm } from './recovery-report-form';
import { RecoveryReportView } from './recovery-report-view';

type LotCustodyProps = {
  lot: LotResponse;
  /** The viewer's organization: the winner reports recovery. */
  viewerOrganizationId: number;
  /** Called when a step or the report changed the lot (its status, its flags, its certificate). */
  onChanged?: () => void;
};

/** After the award: the chain of custody, the viewer's next step, and the recovery report. */
export function LotCustody({ lot, viewerOrganizationId, onChanged }: LotCustodyProps) {
  const { t } = useTranslation();
  const trail = useCustodyTrail(lot.id);
  const certified = lot.status === 'CERTIFIED' || trail.data?.certificateCode !== undefined;
  const report = useRecoveryReport(lot.id, certified);

  if (trail.isError) {
    return <QueryErrorAlert error={trail.error} onRetry={() => void trail.refetch()} />;
  }
  if (trail.data === undefined) {
    return <Loader aria-label={t('common.loading')} />;
  }
  const data = trail.data;
  const isWinner = data.winnerOrganizationId === viewerOrganizationId;
  const received = data.events.find((event) => event.type === 'RECEIVED');
  const processed = data.events.find((event) => event.type === 'PROCESSED');

  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="custody-title">
        <Stack gap="md">
          <Group justify="space-between" align="center" wrap="wrap">
            <Title order={2} size="h4" id="custody-title">
              {t('custody.title')}
            </Title>
            {data.events.length > 0 && <ChainBadge verification={data.verification} />}
          </Group>
          <CustodyTimeline
            events={data.events}
            brokenAtSequence={
              data.verification.valid ? undefined : data.verification.brokenAtSequence
            }
          />
          {data.nextStep !== undefined && !data.callerMayRecord && (
            <Text c="dimmed" size="sm">
              {t('custody.waiting', {
                party: t(`custody.party.${data.nextParty ?? 'WINNER'}`),
                step: t(`custody.type.${data.nextStep}`),
              })}
            </Text>
          )}
        </Stack>
      </Card>

      {data.nextStep !== undefined && data.callerMayRecord && (
        <Card withBorder padding="lg" component="section" aria-labelledby="custody-step-title">
          <Stack gap="md">
            <div>
              <Title order={2} size="h4" id="custody-step-title">
                {t(`custody.form.title.${data.nextStep}`)}
              </Title>
              <Text size="sm" c="dimmed">
                {t(`custody.form.intro.${data.nextStep}`)}
              </Text>
            </div>
            <CustodyStepForm key={data.nextStep} trail={data} onRecorded={onChanged} />
          </Stack>
        </Card>
      )}

      {data.reportDue === true && isWinner && (
        <Card withBorder padding="lg" component="section" aria-labelledby="recovery-form-title">
          <Stack gap="md">
            <div>
              <Title order={2} size="h4" id="recovery-form-title">
                {t('recovery.form.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('recovery.form.intro')}
              </Text>
            </div>
            <RecoveryReportForm
              lotId={lot.id}
              composition={lot.composition}
              receivedKg={received?.weighedKg}
              processRoute={processed?.processRoute}
              onSubmitted={onChanged}
            />
          </Stack>
        </Card>
      )}

      {certified && (
        <Card withBorder padding="lg" component="section" aria-labelledby="recovery-view-title">
          <Stack gap="md">
            <Title order={2} size="h4" id="recovery-view-title">
              {t('recovery.view.title')}
            </Title>
            {report.isError ? (
              <QueryErrorAlert error={report.error} onRetry={() => void report.refetch()} />
            ) : report.data === undefined ? (
              <Loader aria-label={t('common.loading')} />
            ) : (
              <RecoveryReportView report={report.data} />
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
