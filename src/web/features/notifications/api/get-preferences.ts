// GET /api/notifications/preferences — how the user is told of each kind of notification.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { preferenceSchema } from '../../../../shared/notifications.ts';
import { api } from '../../../lib/api-client.ts';
import { useMe } from '../../../lib/auth.ts';

export type NotificationPreference = z.infer<typeof preferenceSchema>;

export const preferencesQueryKey = ['notifications', 'preferences'] as const;

export const getPreferences = (signal?: AbortSignal) =>
  api.get<{ items: NotificationPreference[] }>('/api/notifications/preferences', undefined, signal);

/** The kinds are named in the user's language. */
export const preferencesQueryOptions = (language: string) =>
  queryOptions({ queryKey: [...preferencesQueryKey, language], queryFn: ({ signal }) => getPreferences(signal) });

export function usePreferences() {
  const language = useMe()?.user.language ?? 'en';
  return useQuery(preferencesQueryOptions(language));
}
