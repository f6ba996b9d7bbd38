// The header's search button; Ctrl/⌘+K anywhere opens the same dialog.
import { Button, Group, Kbd, Tooltip } from '@mantine/core';
import { useHotkeys, useOs } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchDialog } from './SearchDialog.tsx';
import classes from './SearchLauncher.module.css';

/** The header's search button; Ctrl/⌘+K anywhere opens the same dialog. */
export function SearchLauncher() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const os = useOs();
  const shortcut = os === 'macos' || os === 'ios' ? '⌘K' : 'Ctrl+K';
  // Works in text fields too: it is the one shortcut that means "search everything".
  useHotkeys([['mod+K', () => setOpened(true)]], []);
  const label = t('search.open', { shortcut });

  return (
    <>
      <Tooltip label={label}>
        <Button
          variant="default"
          size="sm"
          px={10}
          aria-label={label}
          aria-haspopup="dialog"
          onClick={() => setOpened(true)}
        >
          <Group gap={8} wrap="nowrap">
            <IconSearch size={16} aria-hidden />
            <span className={classes.wide}>{t('search.button')}</span>
            <Kbd size="xs" className={classes.wide} aria-hidden>
              {shortcut}
            </Kbd>
          </Group>
        </Button>
      </Tooltip>
      <SearchDialog opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
