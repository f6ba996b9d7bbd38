// The board of liaison requests: one column per status, each card a request with its organisations and target date.
import { Card, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIAISON_STATUSES } from '../../../../shared/liaison.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useBoardRequests } from '../api/get-requests.ts';
import { orgName } from './request-columns.tsx';
import { OverdueBadge } from './StatusBadge.tsx';

export function RequestBoard({ q }: { q?: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const query = useBoardRequests({ q, sort: 'reference' });
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const items = query.data?.items ?? [];
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        {LIAISON_STATUSES.map((status) => {
          const cards = items.filter((r) => r.status === status);
          return (
            <Stack key={status} gap="xs" w={230} miw={230} component="section" aria-labelledby={`board-${status}`} data-testid={`board-${status}`}>
              <Title order={3} size="sm" id={`board-${status}`}>
                {t(`liaison.status.${status}`)} ({cards.length})
              </Title>
              {cards.map((r) => (
                <Card key={r.id} withBorder padding="xs" radius="sm">
                  <Text size="xs" ff="monospace" c="dimmed">
                    {r.reference}
                  </Text>
                  <AnchorLink to="/liaison/requests/$id" params={{ id: r.id }} size="sm" fw={600}>
                    {r.subject}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {orgName(r.targetOrganization, i18n.language)}
                    {r.targetDate ? ` · ${fmt.date(r.targetDate)}` : ''}
                  </Text>
                  {r.overdue && <OverdueBadge />}
                </Card>
              ))}
            </Stack>
          );
        })}
      </Group>
    </ScrollArea>
  );
}
