// The meetings' sub-navigation: mechanisms, the decisions register, my action items.
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/links.tsx';
import { useSubNavLink } from '../../../components/sub-nav.ts';
import { useMe } from '../../../lib/auth.ts';

/** Mechanisms · Decisions register · My action items. */
export function MeetingsSubNav() {
  const { t } = useTranslation();
  const me = useMe();
  const props = useSubNavLink();
  return (
    <Group component="nav" aria-label={t('meetings.nav.label')} gap={4}>
      <ButtonLink to="/bodies" {...props('/bodies')}>
        {t('meetings.nav.bodies')}
      </ButtonLink>
      <ButtonLink to="/decisions" {...props('/decisions')}>
        {t('meetings.nav.decisions')}
      </ButtonLink>
      {me && (
        <ButtonLink to="/action-items" search={{ mine: true }} {...props('/action-items')}>
          {t('meetings.nav.myActionItems')}
        </ButtonLink>
      )}
    </Group>
  );
}
