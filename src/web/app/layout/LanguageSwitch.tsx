// The header's EN / RU switch; a signed-in user's choice is saved with their account.
import { Button } from '@mantine/core';
import { toast } from '../../lib/toast.ts';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/common.ts';
import { useUpdatePreferences } from '../../features/auth/api/update-preferences.ts';
import { useMe } from '../../lib/auth.ts';
import { describeError } from '../../lib/form.ts';
import { isLanguage } from '../../lib/i18n.ts';

/** EN / RU: changes the interface at once and remembers the choice for the user. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const preferences = useUpdatePreferences();

  const change = async (value: string) => {
    if (!isLanguage(value) || value === i18n.language) return;
    const language: Language = value;
    await i18n.changeLanguage(language);
    if (me)
      preferences.mutate(
        { language },
        { onError: (error) => toast({ color: 'red', title: t('common.header.languageNotSaved'), message: describeError(error, t) }) },
      );
  };

  const active = i18n.language === 'ru' ? 'ru' : 'en';
  return (
    <Button.Group aria-label={t('common.header.language')}>
      {(['en', 'ru'] as const).map((language) => (
        <Button
          key={language}
          size="xs"
          px={10}
          variant={active === language ? 'filled' : 'default'}
          aria-pressed={active === language}
          lang={language}
          title={t(`common.languages.${language}`)}
          onClick={() => change(language)}
        >
          {language.toUpperCase()}
        </Button>
      ))}
    </Button.Group>
  );
}
