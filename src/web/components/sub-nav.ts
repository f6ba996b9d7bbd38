// A module's sub-navigation links: which one is the current page.
import { useRouterState } from '@tanstack/react-router';

/**
 * A module's sub-navigation links (Mechanisms · Decisions, Inbox · Matrix):
 * the props that mark the link of the current page.
 */
export function useSubNavLink() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  return (path: string) => ({
    size: 'xs' as const,
    variant: pathname === path ? 'light' : 'subtle',
    'aria-current': pathname === path ? ('page' as const) : undefined,
  });
}
