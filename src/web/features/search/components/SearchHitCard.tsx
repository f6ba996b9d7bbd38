// One hit on the results page: a link to the record, its type and classification, the snippet.
import { Group, Stack, Text } from '@mantine/core';
import { PathLink } from '../../../components/PathLink.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import type { SearchHit } from '../api/search.ts';
import { HitClassification } from './HitBadges.tsx';
import classes from './SearchDialog.module.css';
import { Snippet } from './Snippet.tsx';

/** One hit on the results page: a link to the record, its type and classification, the snippet. */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  return (
    <Stack gap={4} className={classes.hit} py="sm">
      <Group gap="xs" wrap="wrap">
        <PathLink path={hit.path} fw={650} style={{ overflowWrap: 'anywhere' }}>
          {hit.title}
        </PathLink>
        <ToneBadge color="gray" variant="outline">
          {hit.typeLabel}
        </ToneBadge>
        <HitClassification classification={hit.classification} />
      </Group>
      {hit.subtitle && (
        <Text size="sm" c="dimmed">
          {hit.subtitle}
        </Text>
      )}
      {hit.snippet && <Snippet snippet={hit.snippet} />}
    </Stack>
  );
}
