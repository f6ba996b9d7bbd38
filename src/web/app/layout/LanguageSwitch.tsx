import { SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
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
        { onError: (error) => notifications.show({ color: 'red', title: t('header.languageNotSaved'), message: describeError(error, t) }) },
      );
  };

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={i18n.language === 'ru' ? 'ru' : 'en'}
      onChange={change}
      data={[
        { value: 'en', label: <span lang="en">EN</span> },
        { value: 'ru', label: <span lang="ru">RU</span> },
      ]}
    />
  );
}
