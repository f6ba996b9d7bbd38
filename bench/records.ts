// Column values every generated record shares: when it was created and changed, and who may see it.
import type { Classification } from '../src/shared/common.ts';
import type { Rng } from './rng.ts';

export const EPOCH = new Date('2019-01-01T00:00:00Z');
export const HORIZON = new Date('2025-06-30T00:00:00Z');

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The time columns of a record created some time in the past and perhaps edited since. */
export function times(rng: Rng) {
  const createdAt = rng.date(EPOCH, HORIZON);
  const updatedAt = rng.chance(0.6) ? rng.date(createdAt, HORIZON) : createdAt;
  const archivedAt = rng.chance(0.02) ? rng.date(updatedAt, HORIZON) : null;
  return { createdAt, updatedAt: archivedAt ?? updatedAt, archivedAt };
}

export type Access = { classification: Classification; sharedParties: string[]; sharedOrganizations: string[]; restrictedTo: string[] };

/**
 * A classification mix like a working directory: mostly public or the
 * mission's own, some records shared with delegations (often Indonesia's,
 * the host) or organisations, a few restricted to named staff.
 */
export function accessFor(rng: Rng, mix: Record<Classification, number>, ctx: { partyCodes: string[]; shareableOrgs: string[]; staffIds: string[] }): Access {
  const classification = rng.weighted(mix);
  const none: Access = { classification, sharedParties: [], sharedOrganizations: [], restrictedTo: [] };
  if (classification === 'shared') {
    const sharedParties = rng.sample(ctx.partyCodes, rng.int(1, 3));
    if (rng.chance(0.35) && !sharedParties.includes('ID')) sharedParties.push('ID');
    const sharedOrganizations = ctx.shareableOrgs.length && rng.chance(0.25) ? rng.sample(ctx.shareableOrgs, rng.int(1, 2)) : [];
    return { ...none, sharedParties, sharedOrganizations };
  }
  if (classification === 'restricted') return { ...none, restrictedTo: [rng.pick(ctx.staffIds)] };
  return none;
}
