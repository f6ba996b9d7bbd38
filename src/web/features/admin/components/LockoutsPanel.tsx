// The sign-in lockouts in force: which account from which address, an account refusing the addresses that failed on it, or an address, and until when.
import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format.ts';
import { useLockouts } from '../api/get-lockouts.ts';

export function LockoutsPanel() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const query = useLockouts();
  const items = query.data?.items ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="lockouts-heading">
      <Title order={2} size="h4" id="lockouts-heading">
        {t('admin.lockouts.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={760}>
        {t('admin.lockouts.intro')}
      </Text>
      {query.isError ? (
        <Alert color="red">{t('admin.lockouts.loadFailed')}</Alert>
      ) : items.length === 0 ? (
        <Text size="sm">{query.isPending ? t('common.list.loading') : t('admin.lockouts.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-labelledby="lockouts-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.lockouts.kind')}</Table.Th>
                <Table.Th>{t('admin.fields.email')}</Table.Th>
                <Table.Th>{t('admin.lockouts.address')}</Table.Th>
                <Table.Th>{t('admin.lockouts.failures')}</Table.Th>
                <Table.Th>{t('admin.lockouts.lastFailure')}</Table.Th>
                <Table.Th>{t('admin.lockouts.until')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((l) => (
                <Table.Tr key={`${l.kind}:${l.email ?? ''}:${l.address ?? ''}`}>
                  <Table.Td>{t(`admin.lockouts.kinds.${l.kind}`)}</Table.Td>
                  <Table.Td>{l.email ?? t('admin.lockouts.anyAccount')}</Table.Td>
                  <Table.Td>{l.address ?? t('admin.lockouts.anyAddress')}</Table.Td>
                  <Table.Td>{l.failures}</Table.Td>
                  <Table.Td>{fmt.dateTime(l.lastFailureAt)}</Table.Td>
                  <Table.Td>{fmt.dateTime(l.lockedUntil)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
