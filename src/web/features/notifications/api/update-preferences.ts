// PUT /api/notifications/preferences — how the user is told of each kind of notification.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DELIVERY_MODES } from '../../../../shared/notifications.ts';
import { api } from '../../../lib/api-client.ts';
import { type NotificationPreference, preferencesQueryKey } from './get-preferences.ts';

export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const updatePreferences = (preferences: { kind: string; mode: DeliveryMode }[]) =>
  api.put<{ items: NotificationPreference[] }>('/api/notifications/preferences', { preferences });

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (data) => queryClient.setQueriesData({ queryKey: preferencesQueryKey }, data),
  });
}
