import { Badge, Group, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBattery,
  IconDroplet,
  IconFlame,
  IconFlask,
  IconRadioactive,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Hazard } from '@/api/generated';

const HAZARD_ICON: Record<Hazard, Icon> = {
  MERCURY: IconDroplet,
  RADIOACTIVE: IconRadioactive,
  ELECTROLYTE: IconBattery,
  PYROPHORIC_DUST: IconFlame,
  HEAVY_METALS: IconAlertTriangle,
  FLUORIDE_SALTS: IconFlask,
};

type HazardBadgesProps = {
  hazards: readonly Hazard[];
  /** The id of the element naming the list. */
  labelledBy: string;
};

export function HazardBadges({ hazards, labelledBy }: HazardBadgesProps) {
  const { t } = useTranslation();
  if (hazards.length === 0) {
    return <Text c="dimmed">{t('lots.hazards.none')}</Text>;
  }
  return (
    <Group
      gap="xs"
      component="ul"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-labelledby={labelledBy}
    >
      {hazards.map((hazard) => {
        const HazardIcon = HAZARD_ICON[hazard];
        return (
          <Badge
            key={hazard}
            component="li"
            color="orange"
            variant="light"
            size="lg"
            leftSection={<HazardIcon size={16} aria-hidden />}
          >
            {t(`lots.hazard.${hazard}`)}
          </Badge>
        );
      })}
    </Group>
  );
}
