// Wrappers that decide, while rendering, whether a page shows: by the signed-in user's abilities, or only while someone is signed in.
import { type AsyncRouteComponent, lazyRouteComponent, type RouteComponent } from '@tanstack/react-router';
import type { Me } from '../../../shared/auth.ts';
import { ForbiddenPage } from '../../components/PageStates.tsx';
import { useMe } from '../../lib/auth.ts';

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

function whileSignedIn(Page: React.ComponentType): React.ComponentType {
  return function SignedInPage() {
    return useMe() ? <Page /> : null;
  };
}

/**
 * A lazily loaded page that shows only while someone is signed in: on signing
 * out it leaves at once, rather than asking again, as a visitor, for records
 * only the signed-in may see.
 */
export const signedInPage = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazyRouteComponent(async () => {
    const loaded = await load();
    return { [name]: whileSignedIn(loaded[name]) } as Record<K, React.ComponentType>;
  }, name);
