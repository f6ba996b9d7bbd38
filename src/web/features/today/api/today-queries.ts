// The Today page's requests: each block is one GET to a list the user already has, asked in parallel; the access policy decides what each returns.
import { queryOptions } from '@tanstack/react-query';
import type { Consultation } from '../../../../shared/consultations.ts';
import type { ActionItem, Body, Meeting } from '../../../../shared/meetings.ts';
import type { LiaisonRequest } from '../../../../shared/liaison.ts';
import type { Notification } from '../../../../shared/notifications.ts';
import { api, type ListPage } from '../../../lib/api-client.ts';

/** Rows a block shows before "see all". */
export const BLOCK_ROWS = 5;
const DAY_MS = 86_400_000;

/** Every key starts with `today` and ends with the language, since some answers are worded by the server. */
const key = (block: string, language: string, ...rest: unknown[]) => ['today', block, language, ...rest] as const;
const fresh = { staleTime: 30_000 } as const;

/** From the start of today (on the user's clock) for the next `days` days. */
export function daysAhead(now: Date, days: number): { from: string; to: string } {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  return { from: start.toISOString(), to: new Date(start.getTime() + days * DAY_MS).toISOString() };
}

/** Meetings in a range, soonest first. */
export const meetingsQuery = (range: { from: string; to: string }, language: string) =>
  queryOptions({
    queryKey: key('meetings', language, range.from),
    queryFn: ({ signal }) => api.get<ListPage<Meeting>>('/api/meetings', { ...range, sort: 'startsAt', limit: BLOCK_ROWS }, signal),
    ...fresh,
  });

/** Open consultations, the one closing first on top; or, for a delegate, those awaiting the delegation's position. */
export const consultationsQuery = (view: 'open' | 'awaiting_mine', language: string) =>
  queryOptions({
    queryKey: key('consultations', language, view),
    queryFn: ({ signal }) => api.get<ListPage<Consultation>>('/api/consultations', { view, sort: 'deadline', limit: BLOCK_ROWS }, signal),
    ...fresh,
  });

/** What was last shared with the user's delegation or organisation (the latest changed consultations they may see). */
export const recentlySharedQuery = (language: string) =>
  queryOptions({
    queryKey: key('shared', language),
    queryFn: ({ signal }) => api.get<ListPage<Consultation>>('/api/consultations', { view: 'all', sort: '-updatedAt', limit: BLOCK_ROWS }, signal),
    ...fresh,
  });

/** Concluded meetings whose record awaits the head's approval. */
export const awaitingApprovalQuery = (language: string) =>
  queryOptions({
    queryKey: key('approval', language),
    queryFn: ({ signal }) => api.get<ListPage<Meeting>>('/api/meetings', { status: 'concluded', sort: '-startsAt', limit: BLOCK_ROWS }, signal),
    ...fresh,
  });

/** My open action items, the earliest due first (overdue ones come first by their date). */
export const myActionItemsQuery = (language: string) =>
  queryOptions({
    queryKey: key('actions', language),
    queryFn: ({ signal }) => api.get<ListPage<ActionItem>>('/api/action-items', { mine: 'true', status: 'open', sort: 'dueDate', limit: BLOCK_ROWS }, signal),
    ...fresh,
  });

/** Every mechanism's health; the block keeps those overdue or due soon. */
export const bodiesHealthQuery = (language: string) =>
  queryOptions({
    queryKey: key('bodies', language),
    queryFn: ({ signal }) => api.get<ListPage<Body>>('/api/bodies/health', undefined, signal),
    select: (page: ListPage<Body>) => page.items.filter((body) => body.health.state === 'overdue' || body.health.state === 'due_soon'),
    ...fresh,
  });

export const notificationsQuery = (language: string) =>
  queryOptions({
    queryKey: key('notifications', language),
    queryFn: ({ signal }) => api.get<{ items: Notification[]; unread: number }>('/api/notifications', { limit: BLOCK_ROWS }, signal),
    ...fresh,
  });

/** Open liaison requests past their target date, the longest overdue first. */
export const overdueLiaisonQuery = (language: string) =>
  queryOptions({
    queryKey: key('liaison-overdue', language),
    queryFn: ({ signal }) => api.get<ListPage<LiaisonRequest>>('/api/liaison-requests', { overdue: 'true', sort: 'targetDate', limit: BLOCK_ROWS }, signal),
    ...fresh,
  });
