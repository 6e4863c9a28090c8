import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES } from '@/lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={0} wrap="nowrap" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map(({ code, label }, index) => {
        const active = i18n.language === code;
        return (
          <Button
            key={code}
            lang={code}
            size="xs"
            variant={active ? 'filled' : 'default'}
            aria-pressed={active}
            onClick={() => changeLanguage(code)}
            styles={{
              root: {
                borderTopLeftRadius: index === 0 ? undefined : 0,
                borderBottomLeftRadius: index === 0 ? undefined : 0,
                borderTopRightRadius: index === LANGUAGES.length - 1 ? undefined : 0,
                borderBottomRightRadius: index === LANGUAGES.length - 1 ? undefined : 0,
              },
            }}
          >
            {label}
          </Button>
        );
      })}
    </Group>
  );
}
