// The consultations' sub-navigation: awaiting my delegation, all consultations, the positions matrix.
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/links.tsx';
import { useSubNavLink } from '../../../components/sub-nav.ts';
import { useMe } from '../../../lib/auth.ts';
import { isDelegate } from '../lib/roles.ts';

/** Awaiting my delegation · All consultations · Positions matrix. */
export function ConsultationsSubNav() {
  const { t } = useTranslation();
  const me = useMe();
  const props = useSubNavLink();
  return (
    <Group component="nav" aria-label={t('consultations.nav.label')} gap={4}>
      {isDelegate(me) && (
        <ButtonLink to="/consultations/inbox" {...props('/consultations/inbox')}>
          {t('consultations.nav.inbox')}
        </ButtonLink>
      )}
      <ButtonLink to="/consultations" {...props('/consultations')}>
        {t('consultations.nav.list')}
      </ButtonLink>
      <ButtonLink to="/consultations/matrix" {...props('/consultations/matrix')}>
        {t('consultations.nav.matrix')}
      </ButtonLink>
    </Group>
  );
}
