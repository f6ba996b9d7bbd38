// The query client: how long answers stay fresh, which failures are retried, and a 401 rechecking who is signed in.
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-client.ts';
import { meQueryKey } from '../lib/auth.ts';

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // A 401 on a record means the session ended: find out who we are now.
        if (error instanceof ApiError && error.status === 401) queryClient.invalidateQueries({ queryKey: meQueryKey });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => {
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
          return failures < 2;
        },
      },
    },
  });
  return queryClient;
}
