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
    <Group component="nav" aria-label={t('mtg.nav.label')} gap={4}>
      <ButtonLink to="/bodies" {...props('/bodies')}>
        {t('mtg.nav.bodies')}
      </ButtonLink>
      <ButtonLink to="/decisions" {...props('/decisions')}>
        {t('mtg.nav.decisions')}
      </ButtonLink>
      {me && (
        <ButtonLink to="/action-items" search={{ mine: true }} {...props('/action-items')}>
          {t('mtg.nav.myActionItems')}
        </ButtonLink>
      )}
    </Group>
  );
}
