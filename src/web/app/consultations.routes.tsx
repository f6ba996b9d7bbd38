import { type AnyRootRoute, createRoute, lazyRouteComponent, type ParsedLocation } from '@tanstack/react-router';
import { useMe } from '../lib/auth.ts';
import type { RouterContext } from './router.tsx';
import { parseConsultationSearch, parseConsultationsSearch, parseMatrixSearch } from '../features/consultations/routes/consultations-search.ts';

/**
 * Consultation pages show only while someone is signed in: on signing out they
 * leave at once, rather than asking again, as a visitor, for records only the
 * signed-in may see.
 */
function whileSignedIn(Page: React.ComponentType): React.ComponentType {
  return function SignedInPage() {
    return useMe() ? <Page /> : null;
  };
}
const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazyRouteComponent(async () => {
    const loaded = await load();
    return { [name]: whileSignedIn(loaded[name]) } as Record<K, React.ComponentType>;
  }, name);
type RequireUser = (opts: { context: RouterContext; location: ParsedLocation }) => Promise<void>;

/** Consultations among the permanent representatives: the list, a delegation's inbox, the positions matrix, one consultation. */
export function consultationsRoutes<TRoot extends AnyRootRoute>(root: TRoot, requireUser: RequireUser) {
  // The root route carries the router's context; a generic root does not say so.
  const signedIn = ({ context, location }: { context: unknown; location: ParsedLocation }) => requireUser({ context: context as RouterContext, location });
  const list = createRoute({
    getParentRoute: () => root,
    path: '/consultations',
    validateSearch: parseConsultationsSearch,
    beforeLoad: signedIn,
    component: page(() => import('../features/consultations/routes/ConsultationsPage.tsx'), 'ConsultationsPage'),
  });
  const inbox = createRoute({
    getParentRoute: () => root,
    path: '/consultations/inbox',
    beforeLoad: signedIn,
    component: page(() => import('../features/consultations/routes/InboxPage.tsx'), 'InboxPage'),
  });
  const matrix = createRoute({
    getParentRoute: () => root,
    path: '/consultations/matrix',
    validateSearch: parseMatrixSearch,
    beforeLoad: signedIn,
    component: page(() => import('../features/consultations/routes/MatrixPage.tsx'), 'MatrixPage'),
  });
  const create = createRoute({
    getParentRoute: () => root,
    path: '/consultations/new',
    beforeLoad: signedIn,
    component: page(() => import('../features/consultations/routes/NewConsultationPage.tsx'), 'NewConsultationPage'),
  });
  const one = createRoute({
    getParentRoute: () => root,
    path: '/consultations/$id',
    validateSearch: parseConsultationSearch,
    beforeLoad: signedIn,
    component: page(() => import('../features/consultations/routes/ConsultationPage.tsx'), 'ConsultationPage'),
  });
  const edit = createRoute({
    getParentRoute: () => root,
    path: '/consultations/$id/edit',
    beforeLoad: signedIn,
    component: page(() => import('../features/consultations/routes/EditConsultationPage.tsx'), 'EditConsultationPage'),
  });
  return [list, inbox, matrix, create, one, edit] as const;
}
