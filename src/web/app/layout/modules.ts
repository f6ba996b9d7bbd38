// The navigation's list of modules: each module's name, home page, paths, who has it, and its links in the side navigation.
import { IconAddressBook, IconArrowsExchange, IconBuilding, IconConfetti, IconGift, IconMessageCircle, IconFileCertificate, IconMailForward, IconRocket, IconCalendar, IconFlag, IconHistory, IconInbox, IconLayoutGrid, IconMail, IconMessages, IconRotateClockwise, IconSettings, IconTopologyRing, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import type { RegisteredRouter, ToPathOption } from '@tanstack/react-router';
import type { ParseKeys } from 'i18next';
import type { Me } from '../../../shared/auth.ts';

/** A path of the route tree (checked against the routes). */
export type AppPath = Extract<ToPathOption<RegisteredRouter, '/', '/'>, `/${string}`>;

/** A link in a module's group of the side navigation. */
export interface SideLink {
  to: AppPath;
  /** i18n key of the link's text. */
  label: ParseKeys;
  icon: React.ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
  /** The link's query (e.g. `{ mine: true }`). */
  search?: Record<string, unknown>;
  /** Active on this path only, not on the pages below it. */
  exact?: boolean;
  /** Shown only to some users. */
  shownTo?: (me: Me | null) => boolean;
}

export interface ModuleEntry {
  id: string;
  /** i18n key of the module's name (the top navigation, and its heading in the side navigation). */
  label: ParseKeys;
  /** Where the module's link leads. */
  home: (me: Me | null) => AppPath;
  /** The paths that belong to the module (their first segment). */
  paths: readonly string[];
  /** Whether this user has the module at all. */
  available: (me: Me | null) => boolean;
  /**
   * The module's pages: on wide screens a row of links above each of its pages
   * (when it has more than one), on narrow ones its group in the side
   * navigation, which then also replaces the module links. A group without a
   * heading is a module of one page.
   */
  side: { heading: boolean; links: readonly SideLink[] };
}

const hasModule = (me: Me | null, id: string) => Boolean(me?.abilities.modules.includes(id));
const isDelegate = (me: Me | null) => me?.user.role === 'delegate';
const isMissionUser = (me: Me | null) => me !== null && ['admin', 'head', 'staff'].includes(me.user.role);

/** The modules in the order the navigation shows them. Adding a module is adding its entry here. */
export const MODULES: readonly ModuleEntry[] = [
  {
    id: 'directory',
    label: 'common.nav.directory',
    home: () => '/organizations',
    paths: ['organizations', 'people', 'parties', 'delegations'],
    // Visitors see the directory's public records.
    available: (me) => !me || hasModule(me, 'directory'),
    side: {
      heading: true,
      links: [
        { to: '/organizations', label: 'common.nav.organizations', icon: IconBuilding },
        { to: '/people', label: 'common.nav.people', icon: IconUsers },
        { to: '/parties', label: 'common.nav.parties', icon: IconFlag },
        { to: '/delegations', label: 'common.nav.delegations', icon: IconUsersGroup },
      ],
    },
  },
  {
    id: 'meetings',
    label: 'common.nav.meetings',
    home: () => '/bodies',
    paths: ['bodies', 'meetings', 'decisions', 'action-items'],
    // Meetings are for everyone: visitors see their public records.
    available: () => true,
    side: {
      heading: true,
      links: [
        { to: '/bodies', label: 'meetings.nav.bodies', icon: IconUsersGroup },
        { to: '/decisions', label: 'meetings.nav.decisions', icon: IconHistory },
        { to: '/action-items', search: { mine: true }, label: 'meetings.nav.myActionItems', icon: IconCalendar, shownTo: (me) => me !== null },
      ],
    },
  },
  {
    id: 'consultations',
    label: 'consultations.nav.module',
    // Delegates land on what awaits their delegation.
    home: (me) => (isDelegate(me) ? '/consultations/inbox' : '/consultations'),
    paths: ['consultations'],
    // For every signed-in user: the mission keeps them, delegations and liaison officers respond.
    available: (me) => me !== null,
    side: {
      heading: true,
      links: [
        { to: '/consultations/inbox', label: 'consultations.nav.inbox', icon: IconInbox, shownTo: isDelegate },
        { to: '/consultations', label: 'consultations.nav.list', icon: IconMessages, exact: true },
        { to: '/consultations/matrix', label: 'consultations.nav.matrix', icon: IconLayoutGrid },
      ],
    },
  },
  {
    id: 'initiatives',
    label: 'initiatives.nav.module',
    home: () => '/initiatives',
    paths: ['initiatives'],
    available: (me) => me !== null,
    side: {
      heading: true,
      links: [{ to: '/initiatives', label: 'initiatives.nav.list', icon: IconRocket, exact: true }],
    },
  },
  {
    id: 'dialogue',
    label: 'dialogue.nav.module',
    home: () => '/dialogue/engagements',
    paths: ['dialogue'],
    // Kept by the mission; delegations read the engagements shared with them.
    available: (me) => me !== null,
    side: {
      heading: true,
      links: [
        { to: '/dialogue/engagements', label: 'dialogue.nav.engagements', icon: IconMessageCircle },
        { to: '/dialogue/gifts', label: 'dialogue.nav.gifts', icon: IconGift, shownTo: (me) => me !== null && me.user.role !== 'delegate' && me.user.role !== 'liaison' },
      ],
    },
  },
  {
    id: 'liaison',
    label: 'liaison.nav.module',
    home: () => '/liaison/requests',
    paths: ['liaison'],
    // The mission and liaison officers (who see their own organisation's requests); delegations have none.
    available: (me) => me !== null && me.user.role !== 'delegate',
    side: {
      heading: true,
      links: [
        { to: '/liaison/requests', label: 'liaison.nav.requests', icon: IconArrowsExchange },
        { to: '/liaison/agreements', label: 'liaison.nav.agreements', icon: IconFileCertificate, shownTo: isMissionUser },
        { to: '/liaison/focal-points', label: 'liaison.nav.focalPoints', icon: IconAddressBook, shownTo: isMissionUser },
        { to: '/liaison/graph', label: 'liaison.nav.graph', icon: IconTopologyRing },
      ],
    },
  },
  {
    id: 'events',
    label: 'events.nav.module',
    home: () => '/events',
    paths: ['events'],
    available: (me) => isMissionUser(me),
    side: { heading: false, links: [{ to: '/events', label: 'events.nav.module', icon: IconConfetti }] },
  },
  {
    id: 'correspondence',
    label: 'correspondence.nav.module',
    home: () => '/correspondence',
    paths: ['correspondence'],
    // The mission keeps the register; a delegate sees the items addressed to their party.
    available: (me) => me !== null && me.user.role !== 'liaison',
    side: {
      heading: true,
      links: [{ to: '/correspondence', label: 'correspondence.nav.list', icon: IconMailForward, exact: true }],
    },
  },
  {
    id: 'calendar',
    label: 'common.nav.calendar',
    home: () => '/calendar',
    paths: ['calendar'],
    available: () => true,
    side: { heading: false, links: [{ to: '/calendar', label: 'common.nav.calendar', icon: IconCalendar }] },
  },
  {
    id: 'audit',
    label: 'common.nav.audit',
    home: () => '/audit',
    paths: ['audit'],
    available: (me) => hasModule(me, 'audit'),
    side: { heading: false, links: [{ to: '/audit', label: 'common.nav.audit', icon: IconHistory }] },
  },
  {
    id: 'admin',
    label: 'common.nav.admin',
    home: () => '/admin/users',
    paths: ['admin'],
    available: (me) => hasModule(me, 'admin'),
    side: {
      heading: true,
      links: [
        { to: '/admin/users', label: 'common.nav.accounts', icon: IconSettings },
        { to: '/admin/jobs', label: 'common.nav.jobs', icon: IconRotateClockwise, shownTo: (me) => me?.user.role === 'admin' },
        { to: '/admin/outbox', label: 'common.nav.outbox', icon: IconMail, shownTo: (me) => me?.user.role === 'admin' },
      ],
    },
  },
];

/** The module a path belongs to, for the navigation. */
export function moduleOf(pathname: string): ModuleEntry | null {
  const first = pathname.split('/')[1] ?? '';
  return MODULES.find((m) => m.paths.includes(first)) ?? null;
}

/** The modules this user has, in navigation order. */
export const availableModules = (me: Me | null): ModuleEntry[] => MODULES.filter((m) => m.available(me));

/** The links of a module's pages that this user has. */
export const visibleSideLinks = (m: ModuleEntry, me: Me | null): SideLink[] => m.side.links.filter((link) => !link.shownTo || link.shownTo(me));

/** Whether a link of a module's pages is the current page (or, unless exact, a page under it). */
export const isActiveSideLink = (link: SideLink, pathname: string): boolean =>
  pathname === link.to || (!link.exact && pathname.startsWith(`${link.to}/`));
