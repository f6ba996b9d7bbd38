// The search dialog (Ctrl+K): hits as you type, grouped by type, opened by keyboard.
import { Loader, Modal, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue, useId } from '@mantine/hooks';
import { IconArrowRight, IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { type KeyboardEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenPath } from '../../../components/PathLink.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useQuickSearch } from '../api/search.ts';
import { groupHits } from './group-hits.ts';
import classes from './SearchDialog.module.css';
import { SearchHitOption } from './SearchHitOption.tsx';

/** The palette inside the dialog: a combobox over a list box of hits grouped by type. */
function SearchPalette({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const navigate = useNavigate();
  const openPath = useOpenPath();
  const baseId = useId();
  const [value, setValue] = useState('');
  const [debounced] = useDebouncedValue(value.trim(), 200);
  const query = useQuickSearch(debounced);
  const data = debounced ? query.data : undefined;
  const groups = useMemo(() => groupHits(data?.items ?? []), [data]);
  const hits = groups.flatMap((g) => g.hits);
  // "See all results" is offered once there is something to see.
  const withSeeAll = debounced !== '' && hits.length > 0;
  const optionCount = hits.length + (withSeeAll ? 1 : 0);
  const [active, setActive] = useState(0);
  const optionId = (index: number) => (index < hits.length ? `${baseId}-hit-${index}` : `${baseId}-all`);
  const listboxId = `${baseId}-listbox`;

  // A new answer starts at its best hit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new answer
  useEffect(() => setActive(0), [data]);
  useEffect(() => {
    if (optionCount > 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const seeAll = () => {
    onClose();
    navigate({ to: '/search', search: { q: debounced || value.trim() } });
  };
  const open = (index: number) => {
    const hit = hits[index];
    if (!hit) return seeAll();
    onClose();
    openPath(hit.path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && optionCount > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % optionCount);
    } else if (event.key === 'ArrowUp' && optionCount > 0) {
      event.preventDefault();
      setActive((i) => (i - 1 + optionCount) % optionCount);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (value.trim() === '') return;
      if (optionCount > 0 && debounced === value.trim()) open(active);
      else seeAll();
    }
  };

  const settled = Boolean(data) && !query.isPlaceholderData && debounced === value.trim();
  const nothing = settled && hits.length === 0;
  const status = !debounced ? '' : nothing ? t('search.nothingFound', { q: debounced }) : settled ? t('common.list.resultCount', { count: data?.total ?? 0, formatted: fmt.number(data?.total ?? 0) }) : '';

  let index = -1;
  return (
    <>
      <TextInput
        data-autofocus
        role="combobox"
        aria-label={t('search.inputLabel')}
        aria-expanded={optionCount > 0}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={optionCount > 0 ? optionId(active) : undefined}
        placeholder={t('search.placeholder')}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={query.isFetching && debounced ? <Loader size={16} aria-hidden /> : null}
        size="md"
        autoComplete="off"
        spellCheck={false}
      />
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {status}
      </VisuallyHidden>
      {nothing && (
        <Text size="sm" c="dimmed" mt="md" px={4}>
          {t('search.nothingFound', { q: debounced })}
        </Text>
      )}
      {!debounced && (
        <Text size="sm" c="dimmed" mt="md" px={4}>
          {t('search.hint')}
        </Text>
      )}
      <div role="listbox" id={listboxId} aria-label={t('search.resultsLabel')} className={classes.listbox} hidden={optionCount === 0}>
        {groups.map((group) => (
          // biome-ignore lint/a11y/useSemanticElements: a group of options inside a list box
          <div role="group" key={group.type} aria-labelledby={`${baseId}-group-${group.type}`}>
            <div role="presentation" id={`${baseId}-group-${group.type}`} className={classes.groupLabel}>
              {group.label}
            </div>
            {group.hits.map((hit) => {
              index += 1;
              const i = index;
              return (
                <SearchHitOption
                  key={`${hit.recordType}:${hit.recordId}`}
                  id={optionId(i)}
                  hit={hit}
                  active={active === i}
                  onActivate={() => setActive(i)}
                  onOpen={() => open(i)}
                />
              );
            })}
          </div>
        ))}
        {withSeeAll && (
          // biome-ignore lint/a11y/useFocusableInteractive: reached from the combobox with aria-activedescendant
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox handles Enter for the active option
          <div
            role="option"
            id={optionId(hits.length)}
            aria-selected={active === hits.length}
            className={`${classes.option} ${classes.seeAll}`}
            onMouseMove={() => active !== hits.length && setActive(hits.length)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={seeAll}
          >
            {t('search.seeAll', { q: debounced })} <IconArrowRight size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
          </div>
        )}
      </div>
    </>
  );
}

/** "Search" dialog: type, move with ↑/↓, open with Enter, close with Esc. */
export function SearchDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('search.dialogTitle')}
      size="xl"
      yOffset="8vh"
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      returnFocus
    >
      {opened && <SearchPalette onClose={onClose} />}
    </Modal>
  );
}
