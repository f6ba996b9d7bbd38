// Action items with owner, due date (overdue in red, with the word) and status.
import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ACTION_ITEM_STATUSES } from '../../../../shared/meetings.ts';
import type { Names } from '../../../../shared/names.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { usePartiesLookup } from '../../../components/references/use-parties-lookup.ts';
import { describeError } from '../../../lib/form.ts';
import { localName, organizationLabel } from '../../../lib/names.ts';
import { toast } from '../../../lib/toast.ts';
import { useSetActionItemStatus } from '../api/set-action-item-status.ts';
import type { ActionItem } from '../api/types.ts';
import { ActionStatusBadge, DueDate } from './Badges.tsx';

/** Action items with owner, due date (overdue in red, with the word) and status; done / dropped when allowed. */
export function ActionItemsList({ items, caption, canChange, showMeeting }: { items: ActionItem[]; caption: string; canChange: (a: ActionItem) => boolean; showMeeting?: boolean }) {
  const { t, i18n } = useTranslation();
  const parties = usePartiesLookup();
  const setStatus = useSetActionItemStatus();
  const owner = (a: ActionItem) =>
    [
      a.ownerPartyCode ? (parties.byCode.get(a.ownerPartyCode) ? localName(parties.byCode.get(a.ownerPartyCode) as { names: Names }, i18n.language) : a.ownerPartyCode) : null,
      a.ownerOrganization ? organizationLabel(a.ownerOrganization, i18n.language) : null,
      a.ownerPerson?.fullName,
      a.ownerUserName,
    ]
      .filter(Boolean)
      .join(' · ');
  const change = (a: ActionItem, status: (typeof ACTION_ITEM_STATUSES)[number]) =>
    setStatus.mutate(
      { itemId: a.id, status },
      {
        onSuccess: () => toast({ message: t(`meetings.actions.marked.${status}`, { title: a.title }), autoClose: 3000 }),
        onError: (error) => toast({ color: 'red', title: t('meetings.common.failed'), message: describeError(error, t), autoClose: false }),
      },
    );

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('meetings.actions.what')}</Table.Th>
            <Table.Th scope="col">{t('meetings.actions.owner')}</Table.Th>
            <Table.Th scope="col" w={170}>{t('meetings.actions.due')}</Table.Th>
            <Table.Th scope="col" w={110}>{t('meetings.actions.status')}</Table.Th>
            <Table.Th scope="col" w={180}>{t('meetings.actions.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Text size="sm">{a.title}</Text>
                {(showMeeting || a.decisionCode) && (
                  <Text size="xs" c="dimmed">
                    {showMeeting && a.meetingId && a.meeting && (
                      <AnchorLink to="/meetings/$id" params={{ id: a.meetingId }} search={{ tab: 'actions' }}>
                        {a.meeting.title}
                      </AnchorLink>
                    )}
                    {a.decisionCode && `${showMeeting ? ' · ' : ''}${t('meetings.actions.implements', { code: a.decisionCode })}`}
                  </Text>
                )}
              </Table.Td>
              <Table.Td><Text size="sm">{owner(a)}</Text></Table.Td>
              <Table.Td><DueDate date={a.dueDate} overdue={a.overdue} /></Table.Td>
              <Table.Td><ActionStatusBadge status={a.status} /></Table.Td>
              <Table.Td>
                {canChange(a) && (
                  <Group gap={4}>
                    {a.status !== 'done' && (
                      <Button size="compact-xs" variant="default" onClick={() => change(a, 'done')} aria-label={t('meetings.actions.markDoneNamed', { title: a.title })}>
                        {t('meetings.actions.markDone')}
                      </Button>
                    )}
                    {a.status === 'open' && (
                      <Button size="compact-xs" variant="subtle" onClick={() => change(a, 'dropped')} aria-label={t('meetings.actions.dropNamed', { title: a.title })}>
                        {t('meetings.actions.drop')}
                      </Button>
                    )}
                    {a.status !== 'open' && (
                      <Button size="compact-xs" variant="subtle" onClick={() => change(a, 'open')} aria-label={t('meetings.actions.reopenNamed', { title: a.title })}>
                        {t('meetings.actions.reopen')}
                      </Button>
                    )}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
