// A party's delegations.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { ClassificationBadge } from '../../../components/record/ClassificationBadge.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { personLabel } from '../../../lib/names.ts';
import { type Names, nameIn } from '../../../../shared/names.ts';
import { usePartyDelegations } from '../api/get-party-delegations.ts';

export function PartyDelegations({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const query = usePartyDelegations(code);
  const nameOf = (d: { names: Names }) => nameIn(d.names, i18n.language);

  return (
    <Section title={t('parties.delegations')} count={query.data?.pages[0]?.total}>
      <ListView
        query={query}
        caption={t('parties.delegations')}
        nested
        rowKey={(d) => d.id}
        empty={<Text size="sm" c="dimmed">{t('parties.noDelegations')}</Text>}
        columns={[
          {
            key: 'name',
            header: t('parties.delegationsList.name'),
            width: '45%',
            render: (d) => (
              <TruncatedText text={nameOf(d)}>
                <AnchorLink to="/delegations/$id" params={{ id: d.id }} fw={600}>
                  {nameOf(d)}
                </AnchorLink>
              </TruncatedText>
            ),
          },
          { key: 'head', header: t('parties.delegationsList.head'), render: (d) => <TruncatedText text={d.head ? personLabel(d.head) : ''} /> },
          {
            key: 'classification',
            header: t('common.classification.field'),
            width: 150,
            visibleFrom: 'sm',
            render: (d) => <ClassificationBadge classification={d.classification} compact />,
          },
        ]}
      />
    </Section>
  );
}
