// The root of the route tree (the page shell, with who is signed in loaded first) and the helpers every area's routes file uses.
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, lazyRouteComponent, type ParsedLocation, redirect } from '@tanstack/react-router';
import { NotFoundPage } from '../../components/PageStates.tsx';
import { ensureMe } from '../../lib/auth.ts';
import { AppLayout } from '../layout/AppLayout.tsx';
import { RouteError } from '../RouteError.tsx';

const ACCOUNT_SECURITY = '/account/security';

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  beforeLoad: async ({ context, location }) => {
    const me = await ensureMe(context.queryClient);
    // A role that must use a second factor is led to set it up before anything else.
    if (me?.secondFactor.mustEnrol && location.pathname !== ACCOUNT_SECURITY) throw redirect({ to: ACCOUNT_SECURITY });
  },
  component: AppLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

/** `beforeLoad` of pages that need a signed-in user: visitors are sent to sign in first, and come back after. */
export async function requireUser({ context, location }: { context: RouterContext; location: ParsedLocation }) {
  const me = await ensureMe(context.queryClient);
  if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
}

/** A page loaded only when first visited: `page(() => import('…/OrganizationsPage.tsx'), 'OrganizationsPage')`. */
export const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) => lazyRouteComponent(load, name);
