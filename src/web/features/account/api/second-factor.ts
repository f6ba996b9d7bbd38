// POST /api/account/second-factor/{setup,confirm,disable} and /api/account/recovery-codes — setting the second factor up and off, renewing recovery codes.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SecondFactorSetup } from '../../../../shared/account-security.ts';
import { api } from '../../../lib/api-client.ts';
import { meQueryKey } from '../../../lib/auth.ts';
import { securityQueryKey } from './keys.ts';

type Codes = { recoveryCodes: string[] };

export const setupSecondFactor = () => api.post<SecondFactorSetup>('/api/account/second-factor/setup');
export const confirmSecondFactor = (code: string) => api.post<Codes>('/api/account/second-factor/confirm', { code });
export const disableSecondFactor = (password: string) => api.post<void>('/api/account/second-factor/disable', { password });
export const renewRecoveryCodes = (password: string) => api.post<Codes>('/api/account/recovery-codes', { password });

/** A change of the second factor: its state and who-am-I (which says whether it must still be set up) are read again. */
function useSecondFactorChange<TResult, TVariables>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: securityQueryKey }), queryClient.invalidateQueries({ queryKey: meQueryKey })]),
  });
}

export const useSetupSecondFactor = () => useMutation({ mutationFn: setupSecondFactor });
export const useConfirmSecondFactor = () => useSecondFactorChange(confirmSecondFactor);
export const useDisableSecondFactor = () => useSecondFactorChange(disableSecondFactor);
export const useRenewRecoveryCodes = () => useSecondFactorChange(renewRecoveryCodes);
