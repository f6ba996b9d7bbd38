// Links to paths the server gives (notifications, search hits), followed only when they stay in the app.
import { Anchor, type AnchorProps } from '@mantine/core';
import { useRouter } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

/** Only a path within the app (never `//host` or a scheme) is followed. */
export const isAppPath = (path: string): boolean => path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');

type PathLinkProps = AnchorProps &
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style' | 'href'> & {
    /** A web path the server gave for a record (`/people/…`). */
    path: string;
    /** Called before an in-app navigation (to close a popover, mark a notification read). */
    onNavigate?: () => void;
  };

/**
 * A link to a record's path as the API names it: opens inside the app; Ctrl/⌘-click
 * or the middle button open a new tab as with any link.
 */
export function PathLink({ path, onNavigate, onClick, children, ...props }: PathLinkProps) {
  const router = useRouter();
  const href = isAppPath(path) ? path : '/';
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate?.();
    router.history.push(href);
  };
  return (
    <Anchor href={href} onClick={handleClick} {...props}>
      {children}
    </Anchor>
  );
}

/** Opens a record's path inside the app (for list options that are not links themselves). */
export function useOpenPath() {
  const router = useRouter();
  return (path: string) => router.history.push(isAppPath(path) ? path : '/');
}
