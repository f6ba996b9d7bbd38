// PUT /api/auth/me/preferences — the signed-in user's interface language.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../../shared/auth.ts';
import type { Language } from '../../../../shared/common.ts';
import { api } from '../../../lib/api-client.ts';
import { meQueryKey } from '../../../lib/auth.ts';

export const updatePreferences = (input: { language: Language }) => api.put<Me>('/api/auth/me/preferences', input);

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
