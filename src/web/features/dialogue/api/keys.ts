// Query keys of engagements and gifts: every key starts with its collection, so one invalidation refreshes them all.
import { collectionKeys } from '../../../lib/query.ts';

export const engagementKeys = collectionKeys('engagements');
export const giftKeys = collectionKeys('gifts');
export const refreshEngagements = { refresh: () => [engagementKeys.all] };
export const refreshGifts = { refresh: () => [giftKeys.all] };
