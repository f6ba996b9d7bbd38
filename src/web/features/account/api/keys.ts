// Query keys of the signed-in user's account security: the second factor's state, the sessions and the API tokens.
export const securityQueryKey = ['account', 'security'] as const;
export const sessionsQueryKey = ['account', 'sessions'] as const;
export const apiTokensQueryKey = ['account', 'api-tokens'] as const;
