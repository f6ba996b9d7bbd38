// One block of the Today page: a heading with how many there are, up to five rows, an empty state, and a link to the whole filtered list.
import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PathLink } from '../../../components/PathLink.tsx';

export interface TodayBlockProps {
  title: string;
  /** How many there are in all (when the list says), shown beside the title. */
  total?: number;
  /** What the number beside the title counts, for screen readers (default "N in all"). */
  countLabel?: string;
  /** Shown when the block holds nothing. */
  empty: string;
  /** The block's request: its state shows as loading, an error with a retry, or the rows. */
  query: { isPending: boolean; isError: boolean; refetch: () => unknown };
  /** The web path of the whole list this block is the top of, with its filters (`/consultations?view=open`). */
  seeAll?: string;
  testId: string;
  children?: React.ReactNode;
  /** The block has rows to show. */
  hasRows: boolean;
}

export function TodayBlock({ title, total, countLabel, empty, query, seeAll, testId, children, hasRows }: TodayBlockProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            {total !== undefined && total > 0 && (
              <Badge variant="light" aria-label={countLabel ?? t('today.count', { count: total })}>
                {total}
              </Badge>
            )}
          </Group>
          {seeAll && hasRows && (
            <PathLink path={seeAll} size="sm">
              {t('today.seeAll')}
              <VisuallyHidden>{` — ${title}`}</VisuallyHidden>
            </PathLink>
          )}
        </Group>
        {query.isPending ? (
          <Stack gap={6} role="status" aria-label={t('common.list.loading')}>
            <Skeleton height={14} />
            <Skeleton height={14} width="80%" />
            <Skeleton height={14} width="60%" />
          </Stack>
        ) : query.isError ? (
          <Group gap="sm">
            <Text size="sm" c="red">
              {t('today.blockFailed')}
            </Text>
            <Button size="compact-sm" variant="default" onClick={() => query.refetch()}>
              {t('common.actions.retry')}
            </Button>
          </Group>
        ) : hasRows ? (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {children}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** One row of a block: the record's link on the first line, what matters about it below. */
export function TodayRow({ children, detail }: { children: React.ReactNode; detail?: React.ReactNode }) {
  return (
    <Stack gap={0} component="li">
      {children}
      {detail && (
        <Text size="xs" c="dimmed" component="div">
          {detail}
        </Text>
      )}
    </Stack>
  );
}
