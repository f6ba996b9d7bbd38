// A delegation's inbox: the consultations awaiting its position, soonest deadline first.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { useMe } from '../../../lib/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useConsultations } from '../api/get-consultations.ts';
import type { Consultation } from '../api/types.ts';
import { MethodBadge, PositionBadge } from '../components/Badges.tsx';
import { bodyLabel, consultationTitle } from '../components/consultation-title.ts';
import { DeadlineLines } from '../components/Deadline.tsx';
import { RespondActions } from '../components/RespondActions.tsx';
import { isDelegate } from '../lib/roles.ts';

/** "Awaiting my delegation's position": soonest deadline first, each answerable in one click. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  usePageTitle(t('consultations.inbox.title'));
  const delegate = isDelegate(me);
  const query = useConsultations({ view: 'awaiting_mine', sort: 'deadline' });

  const columns: Column<Consultation>[] = [
    {
      key: 'title',
      header: t('consultations.fields.title'),
      render: (c) => (
        <Stack gap={2}>
          {c.reference && <Text size="xs" ff="monospace" c="dimmed">{c.reference}</Text>}
          <AnchorLink to="/consultations/$id" params={{ id: c.id }} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {consultationTitle(c, i18n.language)}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {[bodyLabel(c.body, i18n.language), c.currentVersion ? t('consultations.text.versionNumber', { number: c.currentVersion.number }) : null].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'method',
      header: t('consultations.fields.method'),
      width: 170,
      visibleFrom: 'sm',
      render: (c) => (
        <Stack gap={4} align="flex-start">
          <MethodBadge method={c.method} />
          <PositionBadge kind={c.myParty?.position ?? 'none'} />
        </Stack>
      ),
    },
    {
      key: 'closesAt',
      header: t('consultations.fields.closesAt'),
      width: 280,
      render: (c) => (c.closesAt ? <DeadlineLines iso={c.closesAt} timeZone={c.silence?.status === 'running' ? c.silence.timeZone : c.timeZone} size="xs" /> : <Text size="sm" c="dimmed">{t('consultations.time.noDeadline')}</Text>),
    },
    {
      key: 'respond',
      header: t('consultations.inbox.respond'),
      width: 290,
      render: (c) =>
        c.myParty?.canRespond ? <RespondActions consultation={c} partyCode={c.myParty.partyCode} size="xs" /> : <Text size="sm" c="dimmed">{t('consultations.respond.closed')}</Text>,
    },
  ];

  return (
    <ListPage title={t('consultations.inbox.title')} intro={delegate ? t('consultations.inbox.intro') : t('consultations.inbox.notDelegate')}>
      <ListView
        query={query}
        caption={t('consultations.inbox.title')}
        columns={columns}
        rowKey={(c) => c.id}
        empty={<ListEmptyState filtered={false} title={t('consultations.inbox.empty')} description={t('consultations.inbox.emptyHint')} />}
      />
    </ListPage>
  );
}
