import { Anchor, Badge, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetResponse } from '@/api/generated';
import { useFormat } from '@/lib/format';
import { isRareEarth } from '../lib/elements';
import { barValue, onTrack, rateBarValue } from '../lib/progress';

type TargetCardProps = {
  target: TargetResponse;
  /** The statistics view behind the target; none when the caller has no such view. */
  statsHref?: string;
  onEdit?: () => void;
  onDelete?: () => void;
  /** The delete button's label while it asks to be pressed again. */
  deleteLabel?: string;
};

/** One target: what it asks, how far the year has come, where the straight line ends. */
export function TargetCard({ target, statsHref, onEdit, onDelete, deleteLabel }: TargetCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = target.progress;
  const kg = (value: string) => format.decimal(value, { minimum: 0, maximum: 3 });
  const percent = (fraction: string) =>
    format.decimal((Number(fraction) * 100).toFixed(1), { minimum: 1, maximum: 1 });
  const element =
    target.element === undefined
      ? t('targets.allElements')
      : isRareEarth(target.element)
        ? `${target.element} · ${t(`lots.element.${target.element}`)}`
        : target.element;
  const region = target.region ?? t('targets.nationwide');
  const title = t('targets.card.title', { element, region, year: target.year });
  const track = onTrack(target);
  const kgBar = barValue(p.shareOfTarget);
  const rateBar = rateBarValue(target);

  return (
    <Card withBorder padding="md" component="article" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={600} style={{ minWidth: 0, flex: '1 1 200px' }}>
            {title}
          </Text>
          {track !== undefined && (
            <Badge color={track ? 'teal' : 'orange'} variant="light">
              {t(track ? 'targets.card.onTrack' : 'targets.card.behind')}
            </Badge>
          )}
        </Group>

        {target.targetRecoveredKg !== undefined && (
          <div>
            <Text size="sm">
              {t('targets.card.kgProgress', {
                achieved: kg(p.achievedKg),
                target: kg(target.targetRecoveredKg),
                share: p.shareOfTarget === undefined ? '—' : percent(p.shareOfTarget),
              })}
            </Text>
            <Progress
              value={kgBar ?? 0}
              size="lg"
              aria-label={t('targets.card.kgBar')}
              color={track === false ? 'orange' : 'teal'}
            />
          </div>
        )}

        {target.targetRecoveryRate !== undefined && (
          <div>
            <Text size="sm">
              {t('targets.card.rateProgress', {
                achieved: p.achievedRate === undefined ? '—' : percent(p.achievedRate),
                target: percent(target.targetRecoveryRate),
              })}
            </Text>
            <Progress
              value={rateBar ?? 0}
              size="lg"
              aria-label={t('targets.card.rateBar')}
              color="blue"
            />
          </div>
        )}

        <Stack gap={2}>
          {p.projectedKg !== undefined && (
            <Text size="sm">
              {p.projectedShareOfTarget === undefined
                ? t('targets.card.projection', { kg: kg(p.projectedKg) })
                : t('targets.card.projectionShare', {
                    kg: kg(p.projectedKg),
                    share: percent(p.projectedShareOfTarget),
                  })}
            </Text>
          )}
          {p.neededKgPerMonth !== undefined && (
            <Text size="sm">
              {t('targets.card.pace', {
                kg: kg(p.neededKgPerMonth),
                months: format.decimal(p.monthsRemaining, { minimum: 1, maximum: 1 }),
              })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('targets.card.asOf', {
              declared: kg(p.declaredKg),
              at: format.dateTime(p.asOf),
            })}
          </Text>
        </Stack>

        {(statsHref !== undefined || onEdit !== undefined) && (
          <Group gap="sm">
            {statsHref !== undefined && (
              <Anchor component={Link} to={statsHref} size="sm">
                {t('targets.card.statistics')}
              </Anchor>
            )}
            {onEdit !== undefined && (
              <Button size="xs" variant="light" onClick={onEdit}>
                {t('targets.card.edit')}
              </Button>
            )}
            {onDelete !== undefined && (
              <Button
                size="xs"
                variant={deleteLabel ? 'filled' : 'subtle'}
                color="red"
                onClick={onDelete}
              >
                {deleteLabel ?? t('targets.card.delete')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
