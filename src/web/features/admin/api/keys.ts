// Query keys of accounts: every key starts with `users`.
import { collectionKeys } from '../../../lib/query.ts';

export const userKeys = collectionKeys('users');
