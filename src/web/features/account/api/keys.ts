// Query keys of the signed-in user's account security: the second factor's state and the sessions.
export const securityQueryKey = ['account', 'security'] as const;
export const sessionsQueryKey = ['account', 'sessions'] as const;
