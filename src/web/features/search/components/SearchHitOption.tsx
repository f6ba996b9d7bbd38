// One hit in the search dialog's list: title, classification, subtitle, highlighted snippet.
import { Group, Text } from '@mantine/core';
import type { SearchHit } from '../api/search.ts';
import { HitClassification } from './HitBadges.tsx';
import classes from './SearchDialog.module.css';
import { Snippet } from './Snippet.tsx';

interface SearchHitOptionProps {
  id: string;
  hit: SearchHit;
  active: boolean;
  onActivate: () => void;
  onOpen: () => void;
}

/** One hit in the dialog's list box: title, classification, subtitle, highlighted snippet. */
export function SearchHitOption({ id, hit, active, onActivate, onOpen }: SearchHitOptionProps) {
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: options are reached from the combobox with aria-activedescendant
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox handles Enter for the active option
    <div
      role="option"
      id={id}
      aria-selected={active}
      className={classes.option}
      onMouseMove={() => !active && onActivate()}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onOpen}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} truncate="end">
          {hit.title}
        </Text>
        <HitClassification classification={hit.classification} />
      </Group>
      {hit.subtitle && (
        <Text size="xs" c="dimmed" truncate="end">
          {hit.subtitle}
        </Text>
      )}
      {hit.snippet && <Snippet snippet={hit.snippet} size="xs" lineClamp={2} mt={2} />}
    </div>
  );
}
