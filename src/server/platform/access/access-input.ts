// Turns the access fields of a create or update request into stored columns, checking the user may classify so.
import type { Classification } from '../../../shared/common.ts';
import type { RequestContext } from '../context.ts';
import { classificationNotAllowed, classifyForbidden, createForbidden, sharedWithNobody } from './access.errors.ts';
import { type ClassifiedRecord, type ResourcePolicy, allowedClassifications, can } from './policy.ts';

export type AccessInput = {
  classification?: Classification;
  sharedWith?: { parties?: string[]; organizations?: string[] };
  restrictedTo?: string[];
};

/**
 * Turns the access fields of a create request into the stored columns, and
 * checks the user may create a record so classified.
 */
export function accessForCreate(ctx: RequestContext, resource: ResourcePolicy, input: AccessInput): ClassifiedRecord {
  const access = normalise(ctx, {
    classification: input.classification ?? 'mission',
    sharedParties: input.sharedWith?.parties ?? [],
    sharedOrganizations: input.sharedWith?.organizations ?? [],
    restrictedTo: input.restrictedTo ?? [],
  });
  if (!can(ctx, 'create', resource, access)) {
    const allowed = allowedClassifications(ctx, resource);
    if (allowed.length === 0) throw createForbidden(resource.type);
    throw classificationNotAllowed(allowed);
  }
  return access;
}

/**
 * The access columns after an update. Changing them is the `classify` action;
 * returns null when the request does not touch them.
 */
export function accessForUpdate(
  ctx: RequestContext,
  resource: ResourcePolicy,
  current: ClassifiedRecord,
  input: AccessInput,
): ClassifiedRecord | null {
  if (input.classification === undefined && input.sharedWith === undefined && input.restrictedTo === undefined) return null;
  const next = normalise(ctx, {
    classification: input.classification ?? current.classification,
    sharedParties: input.sharedWith?.parties ?? current.sharedParties,
    sharedOrganizations: input.sharedWith?.organizations ?? current.sharedOrganizations,
    restrictedTo: input.restrictedTo ?? current.restrictedTo,
  });
  const unchanged =
    next.classification === current.classification &&
    sameSet(next.sharedParties, current.sharedParties) &&
    sameSet(next.sharedOrganizations, current.sharedOrganizations) &&
    sameSet(next.restrictedTo, current.restrictedTo);
  if (unchanged) return null;
  if (!can(ctx, 'classify', resource, current)) throw classifyForbidden();
  return next;
}

function normalise(ctx: RequestContext, r: ClassifiedRecord): ClassifiedRecord {
  const out: ClassifiedRecord = {
    classification: r.classification,
    sharedParties: r.classification === 'shared' ? unique(r.sharedParties) : [],
    sharedOrganizations: r.classification === 'shared' ? unique(r.sharedOrganizations) : [],
    restrictedTo: r.classification === 'restricted' ? unique(r.restrictedTo) : [],
  };
  if (out.classification === 'shared' && out.sharedParties.length === 0 && out.sharedOrganizations.length === 0) {
    throw sharedWithNobody();
  }
  // Whoever restricts a record keeps access to it.
  const me = ctx.viewer;
  if (out.classification === 'restricted' && me && me.role !== 'head' && !out.restrictedTo.includes(me.id)) {
    out.restrictedTo.push(me.id);
  }
  return out;
}

const unique = (xs: string[]) => [...new Set(xs)];
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
