import type { AsyncRouteComponent, RouteComponent } from '@tanstack/react-router';
import type { Me } from '../../shared/auth.ts';
import { ForbiddenPage } from '../components/PageStates.tsx';
import { useMe } from '../lib/auth.ts';

/**
 * Shows the page only to users with the ability it needs; others see a plain
 * "no access" page. (Checked while rendering rather than thrown from the route,
 * so a refusal is not reported as an error.)
 */
export function withAbility(allowed: (me: Me) => boolean, Page: AsyncRouteComponent<unknown>): RouteComponent {
  function Guarded() {
    const me = useMe();
    return me && allowed(me) ? <Page /> : <ForbiddenPage />;
  }
  Guarded.preload = Page.preload;
  return Guarded;
}
