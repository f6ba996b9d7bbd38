// A table of rows with sortable columns, sticky header, columns hidden on narrow screens and j/k navigation.
import { Table, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './DataTable.module.css';
import { useListKeyboard } from './use-list-keyboard.ts';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The ascending sort value for the API (`name`); descending is `-name`. */
  sortKey?: string;
  /** The first click sorts newest first (dates). */
  descendingFirst?: boolean;
  width?: number | string;
  /** Hidden on narrow screens. */
  visibleFrom?: 'sm' | 'md' | 'lg' | 'xl';
}

interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  sort?: string;
  onSortChange?: (sort: string) => void;
  /** j/k move between rows, Enter opens (the row's first link). */
  keyboard?: boolean;
  muted?: (row: T) => boolean;
  busy?: boolean;
  /** Offset of the sticky header below the app header; false for tables inside sections. */
  stickyHeader?: boolean;
}

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  keyboard = false,
  muted,
  busy,
  stickyHeader = true,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const { bodyRef, selected, onRowFocus } = useListKeyboard(keyboard, rows.length);

  const header = (col: Column<T>) => {
    if (!col.sortKey || !onSortChange) return col.header;
    const asc = sort === col.sortKey;
    const desc = sort === `-${col.sortKey}`;
    const next = asc ? `-${col.sortKey}` : desc ? col.sortKey : col.descendingFirst ? `-${col.sortKey}` : col.sortKey;
    const Icon = asc ? IconArrowUp : desc ? IconArrowDown : IconArrowsSort;
    return (
      <UnstyledButton className={classes.sortButton} onClick={() => onSortChange(next)}>
        {col.header}
        <Icon size={14} aria-hidden />
        <VisuallyHidden>{asc ? t('common.list.sortedAscending') : desc ? t('common.list.sortedDescending') : t('common.list.sortable')}</VisuallyHidden>
      </UnstyledButton>
    );
  };

  return (
    <Table
      layout="fixed"
      stickyHeader={stickyHeader}
      stickyHeaderOffset={stickyHeader ? 'var(--app-shell-header-offset, 0rem)' : undefined}
      highlightOnHover
      verticalSpacing="xs"
      className={classes.table}
      aria-busy={busy || undefined}
      data-busy={busy || undefined}
    >
      <Table.Caption className={classes.caption}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {columns.map((col) => {
            const ariaSort = col.sortKey && onSortChange ? (sort === col.sortKey ? 'ascending' : sort === `-${col.sortKey}` ? 'descending' : 'none') : undefined;
            return (
              <Table.Th key={col.key} w={col.width} visibleFrom={col.visibleFrom} aria-sort={ariaSort} scope="col">
                {header(col)}
              </Table.Th>
            );
          })}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={bodyRef}>
        {rows.map((row, index) => (
          <Table.Tr
            key={rowKey(row)}
            data-selected={keyboard && index === selected ? true : undefined}
            data-muted={muted?.(row) || undefined}
            onFocusCapture={() => onRowFocus(index)}
            className={classes.row}
          >
            {columns.map((col) => (
              <Table.Td key={col.key} visibleFrom={col.visibleFrom}>
                {col.render(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
