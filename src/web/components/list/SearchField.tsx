// The search field of a list: searches as you type, and `/` anywhere puts the cursor there.
import { Kbd, TextInput } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchFieldProps {
  value: string | undefined;
  onSearch: (value: string | undefined) => void;
  placeholder: string;
}

/** Search as you type; `/` anywhere on the page puts the cursor here. */
export function SearchField({ value, onSearch, placeholder }: SearchFieldProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(value ?? '');
  const lastSent = useRef(value ?? '');

  // The search may also change from outside (a "Clear search" button, back navigation).
  useEffect(() => {
    if ((value ?? '') !== lastSent.current) {
      lastSent.current = value ?? '';
      setDraft(value ?? '');
    }
  }, [value]);

  // A search still pending when the user has already left the list (opened a row) must not pull them back.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const send = useDebouncedCallback((next: string) => {
    if (!mounted.current) return;
    lastSent.current = next.trim();
    onSearch(next.trim() === '' ? undefined : next.trim());
  }, 250);

  useHotkeys([['/', () => inputRef.current?.focus()]]);

  return (
    <TextInput
      ref={inputRef}
      type="search"
      aria-label={t('common.list.search')}
      placeholder={placeholder}
      value={draft}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        send(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        // Escape leaves the field with the search kept (the browser would clear it).
        if (event.key === 'Escape') {
          event.preventDefault();
          event.currentTarget.blur();
        }
      }}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={<Kbd size="xs" aria-hidden>/</Kbd>}
      rightSectionPointerEvents="none"
      miw={220}
      style={{ flex: '1 1 260px', maxWidth: 420 }}
    />
  );
}
