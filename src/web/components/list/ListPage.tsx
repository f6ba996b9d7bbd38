// The frame of every list page: the module's sub-navigation, the heading with its "New …" button, an introduction, the search and filters, then the list.
import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ListPageHeader, ListToolbar } from './ListPageHeader.tsx';
import { SearchField } from './SearchField.tsx';
import { ShowArchivedSwitch } from './ShowArchivedSwitch.tsx';

interface ListPageProps {
  title: string;
  /** The module's sub-navigation, above the heading. */
  subNav?: ReactNode;
  /** "New …", shown only when the user may create one. */
  create?: { label: string; onClick: () => void } | null;
  /** A sentence under the heading saying what the list is. */
  intro?: string;
  /** Between the introduction and the toolbar (a view switcher). */
  above?: ReactNode;
  /** The search field of the toolbar (`/` puts the cursor there). */
  search?: { value: string | undefined; onSearch: (value: string | undefined) => void; placeholder: string };
  /** Filters after the search field. */
  filters?: ReactNode;
  /** The "Show archived" switch at the end of the toolbar. */
  archived?: { checked: boolean; onChange: (checked: boolean) => void };
  /** The list itself (a table with its empty state). */
  children: ReactNode;
  /** A narrower page (search results read as text). */
  maw?: number;
}

export function ListPage({ title, subNav, create, intro, above, search, filters, archived, children, maw }: ListPageProps) {
  return (
    <Stack gap="md" maw={maw}>
      {subNav}
      <ListPageHeader title={title} action={create ? <NewButton label={create.label} onClick={create.onClick} /> : null} />
      {intro && (
        <Text size="sm" c="dimmed" maw={760}>
          {intro}
        </Text>
      )}
      {above}
      {(search || filters || archived) && (
        <ListToolbar>
          {search && <SearchField value={search.value} onSearch={search.onSearch} placeholder={search.placeholder} />}
          {filters}
          {archived && <ShowArchivedSwitch checked={archived.checked} onChange={archived.onChange} />}
        </ListToolbar>
      )}
      {children}
    </Stack>
  );
}

/** The "New …" button of a list page (also offered by an empty list). */
export function NewButton({ label, onClick, variant }: { label: string; onClick: () => void; variant?: 'light' }) {
  return variant ? (
    <Button variant={variant} onClick={onClick}>
      {label}
    </Button>
  ) : (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onClick}>
      {label}
    </Button>
  );
}
