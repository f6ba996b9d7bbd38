// Keyboard moves through a table: j / k select the next or previous row, Enter opens it.
import { useEffect, useRef, useState } from 'react';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.getAttribute('role') === 'combobox');

/**
 * `j` / `k` move the selection through the rows by focusing each row's first
 * link, so Enter opens it as any link would.
 */
export function useListKeyboard(enabled: boolean, rowCount: number) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [selected, setSelectedState] = useState(-1);
  const selectedRef = useRef(-1);
  const setSelected = (index: number) => {
    selectedRef.current = index;
    setSelectedState(index);
  };

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key !== 'j' && event.key !== 'k') return;
      if (document.querySelector('[role="dialog"]')) return;
      const rows = bodyRef.current?.querySelectorAll<HTMLTableRowElement>(':scope > tr');
      if (!rows || rows.length === 0) return;
      event.preventDefault();
      const current = selectedRef.current;
      const next = event.key === 'j' ? Math.min(current + 1, rows.length - 1) : Math.max(current - 1, 0);
      rows[next]?.querySelector<HTMLElement>('a[href], button')?.focus();
      rows[next]?.scrollIntoView({ block: 'nearest' });
      selectedRef.current = next;
      setSelectedState(next);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);

  useEffect(() => {
    if (selectedRef.current >= rowCount) {
      selectedRef.current = rowCount - 1;
      setSelectedState(rowCount - 1);
    }
  }, [rowCount]);

  return { bodyRef, selected, onRowFocus: setSelected };
}
