// Query keys of the administrators' jobs and outbox: every key starts with `admin`.
import { collectionKeys } from '../../../lib/query.ts';

export const adminKeys = collectionKeys('admin');
