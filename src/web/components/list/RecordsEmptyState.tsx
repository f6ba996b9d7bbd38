// The empty state of a directory list: nothing yet, or nothing matching the search or filters, with what the user can do next.
import { useTranslation } from 'react-i18next';
import { ListEmptyState } from './ListEmptyState.tsx';
import { NewButton } from './ListPage.tsx';

/** The lists whose texts follow `<list>.empty.*` and `<list>.createFirst`. */
export type RecordList = 'organizations' | 'people' | 'parties' | 'delegations';

interface RecordsEmptyStateProps {
  list: RecordList;
  /** The search, when there is one. */
  q: string | undefined;
  /** True when a search or filter is narrowing the list. */
  filtered: boolean;
  onClear: () => void;
  /** Creating the first record, when the user may. */
  onCreate?: () => void;
}

export function RecordsEmptyState({ list, q, filtered, onClear, onCreate }: RecordsEmptyStateProps) {
  const { t } = useTranslation();
  const canCreate = Boolean(onCreate);
  const title = q ? t(`${list}.empty.noMatchQuery`, { q }) : filtered ? t(`${list}.empty.noMatchFilters`) : t(`${list}.empty.none`);
  const description = filtered
    ? t(canCreate ? `${list}.empty.noMatchHint` : `${list}.empty.noMatchHintReadOnly`)
    : t(canCreate ? `${list}.empty.noneHint` : `${list}.empty.noneHintReadOnly`);
  return (
    <ListEmptyState
      filtered={filtered}
      title={title}
      description={description}
      onClear={onClear}
      createAction={onCreate ? <NewButton variant="light" label={t(`${list}.createFirst`)} onClick={onCreate} /> : undefined}
    />
  );
}
