// The browser tab's title.
import { useEffect } from 'react';

/** Names the browser tab after the page ("Organisations — Chancery"). */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} — Chancery` : 'Chancery';
  }, [title]);
}
