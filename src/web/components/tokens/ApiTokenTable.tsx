// A table of API tokens: name, the start of the secret, scope, expiry, last use and a revoke button; the account column where tokens of several accounts are listed.
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../shared/api-tokens.ts';
import { useFormatters } from '../../lib/format.ts';
import { ToneBadge } from '../record/ToneBadge.tsx';

interface ApiTokenTableProps {
  items: ApiToken[];
  labelledBy: string;
  showAccount?: boolean;
  onRevoke: (token: ApiToken) => void;
}

/** Whether a token still works now. */
export const tokenState = (token: ApiToken, now = Date.now()) =>
  token.revokedAt ? 'revoked' : token.expiresAt && Date.parse(token.expiresAt) <= now ? 'expired' : 'active';

export function ApiTokenTable({ items, labelledBy, showAccount, onRevoke }: ApiTokenTableProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.tokens.name')}</Table.Th>
            {showAccount && <Table.Th>{t('common.tokens.account')}</Table.Th>}
            <Table.Th>{t('common.tokens.scope')}</Table.Th>
            <Table.Th>{t('common.tokens.expires')}</Table.Th>
            <Table.Th>{t('common.tokens.lastUsed')}</Table.Th>
            <Table.Th>{t('common.tokens.state')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.tokens.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((token) => {
            const state = tokenState(token);
            return (
              <Table.Tr key={token.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {token.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {token.prefix}…
                  </Text>
                </Table.Td>
                {showAccount && (
                  <Table.Td>
                    <Text size="sm">{token.user.displayName}</Text>
                    <Text size="xs" c="dimmed">
                      {token.user.service ? t('common.tokens.serviceAccount') : token.user.email}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>{token.readOnly ? t('common.tokens.readOnly') : t('common.tokens.readWrite')}</Table.Td>
                <Table.Td>{token.expiresAt ? f.date(token.expiresAt) : t('common.tokens.never')}</Table.Td>
                <Table.Td>{token.lastUsedAt ? f.dateTime(token.lastUsedAt) : t('common.tokens.notUsed')}</Table.Td>
                <Table.Td>
                  <ToneBadge color={state === 'active' ? 'teal' : 'gray'}>{t(`common.tokens.states.${state}`)}</ToneBadge>
                </Table.Td>
                <Table.Td>
                  {state !== 'revoked' && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => onRevoke(token)} aria-label={t('common.tokens.revokeNamed', { name: token.name })}>
                      {t('common.tokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
