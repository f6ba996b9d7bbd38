// A delegation's head and members, with their titles and dates.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../../../shared/directory.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { personLabel } from '../../../lib/names.ts';

/** Head of delegation first, then the members with their titles and dates. */
export function DelegationMembers({ delegation }: { delegation: Delegation }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const members = [...delegation.members].sort((a, b) => {
    const ah = a.person.id === delegation.headPersonId ? 0 : 1;
    const bh = b.person.id === delegation.headPersonId ? 0 : 1;
    return ah - bh || a.person.fullName.localeCompare(b.person.fullName);
  });
  const headListed = delegation.head && members.some((m) => m.person.id === delegation.head?.id);

  return (
    <Section title={t('delegations.membersHeading')} count={members.length + (delegation.head && !headListed ? 1 : 0)}>
      {!delegation.head && members.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('delegations.noMembers')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('delegations.members.person')}</Table.Th>
              <Table.Th scope="col">{t('delegations.members.title')}</Table.Th>
              <Table.Th scope="col" w="26%" visibleFrom="sm">
                {t('common.tenure.period')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {delegation.head && !headListed && (
              <Table.Tr>
                <Table.Td>
                  <AnchorLink to="/people/$id" params={{ id: delegation.head.id }} fw={600}>
                    {personLabel(delegation.head)}
                  </AnchorLink>{' '}
                  <ToneBadge color="blue">{t('delegations.fields.head')}</ToneBadge>
                </Table.Td>
                <Table.Td />
                <Table.Td visibleFrom="sm" />
              </Table.Tr>
            )}
            {members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <AnchorLink to="/people/$id" params={{ id: m.person.id }} fw={600}>
                    {personLabel(m.person)}
                  </AnchorLink>{' '}
                  {m.person.id === delegation.headPersonId && <ToneBadge color="blue">{t('delegations.fields.head')}</ToneBadge>}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{m.title}</Table.Td>
                <Table.Td visibleFrom="sm">
                  {fmt.period(m.fromDate, m.toDate, t('common.tenure.present'))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
