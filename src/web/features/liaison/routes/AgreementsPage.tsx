// The agreements between organisations: title, parties, date of signature, validity and status.
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useAgreements } from '../api/get-agreements.ts';
import type { Agreement } from '../api/types.ts';
import { orgName } from '../components/request-columns.tsx';

export function AgreementsPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [q, setQ] = useState<string | undefined>();
  usePageTitle(t('liaison.agreements.title'));
  const query = useAgreements({ q, sort: '-signedOn' });
  const columns: Column<Agreement>[] = [
    {
      key: 'title',
      header: t('liaison.agreements.fields.title'),
      render: (a) => (
        <Stack gap={2}>
          <AnchorLink to="/liaison/agreements/$id" params={{ id: a.id }} size="sm" fw={600}>
            {localName(a, i18n.language)}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {t(`liaison.agreements.kind.${a.kind}`)}
          </Text>
        </Stack>
      ),
    },
    { key: 'parties', header: t('liaison.agreements.fields.parties'), width: 200, visibleFrom: 'md', render: (a) => a.parties.map((p) => orgName(p, i18n.language)).join(' – ') },
    { key: 'signedOn', header: t('liaison.agreements.fields.signedOn'), width: 130, render: (a) => fmt.date(a.signedOn) },
    { key: 'status', header: t('liaison.agreements.fields.status'), width: 150, render: (a) => <ToneBadge color={a.status === 'in_force' ? 'green' : 'gray'}>{t(`liaison.agreements.status.${a.status}`)}</ToneBadge> },
  ];
  return (
    <ListPage title={t('liaison.agreements.title')} intro={t('liaison.agreements.intro')} search={{ value: q, onSearch: setQ, placeholder: t('liaison.agreements.searchPlaceholder') }}>
      <ListView
        query={query}
        caption={t('liaison.agreements.title')}
        columns={columns}
        rowKey={(a) => a.id}
        empty={<ListEmptyState filtered={!!q} title={t('liaison.agreements.empty')} description="" onClear={() => setQ(undefined)} />}
      />
    </ListPage>
  );
}
