// The home page: the user's day — for the mission's staff and head, the week's meetings, consultations closing, approvals, action items, mechanisms due; for a delegation or a secretariat, what awaits their position and what was shared with them.
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../lib/auth.ts';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { ConsultationRows } from '../components/ConsultationRows.tsx';
import { AwaitingApprovalBlock, ClosingConsultationsBlock, MechanismsDueBlock, MeetingsBlock, MyActionItemsBlock } from '../components/MissionBlocks.tsx';
import { LiaisonOverdueBlock } from '../components/LiaisonOverdueBlock.tsx';
import { NotificationsBlock } from '../components/NotificationsBlock.tsx';

export function TodayPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const me = useMe();
  usePageTitle(t('today.title'));
  // One "now" per visit, so the blocks ask for the same day.
  const now = useMemo(() => new Date(), []);
  const day = new Intl.DateTimeFormat(fmt.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(now);
  if (!me) return null;
  const role = me.user.role;
  const outside = role === 'delegate' || role === 'liaison';

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('today.title')}
        </Title>
        <Text c="dimmed">{day}</Text>
      </div>
      {outside ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <ConsultationRows
            view="awaiting_mine"
            title={role === 'delegate' ? t('today.awaitingMyDelegation') : t('today.awaitingMyOrganization')}
            empty={t('today.awaitingMineEmpty')}
            seeAll="/consultations?view=awaiting_mine&sort=deadline"
          />
          <MeetingsBlock now={now} days={30} title={role === 'delegate' ? t('today.meetingsInvited') : t('today.meetingsAhead')} empty={t('today.meetingsAheadEmpty')} />
          <ConsultationRows view="shared" title={t('today.sharedRecently')} empty={t('today.sharedRecentlyEmpty')} seeAll="/consultations" />
          <NotificationsBlock />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <LiaisonOverdueBlock />
          <MeetingsBlock now={now} days={7} title={t('today.thisWeek')} empty={t('today.thisWeekEmpty')} />
          <ClosingConsultationsBlock />
          <MyActionItemsBlock />
          <AwaitingApprovalBlock isHead={role === 'head'} />
          <MechanismsDueBlock />
          <NotificationsBlock />
        </SimpleGrid>
      )}
    </Stack>
  );
}
