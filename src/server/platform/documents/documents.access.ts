// The access rules of documents: never looser than the record they are attached to.
import type { Executor } from '../../db/client.ts';
import { type AccessInput, accessForCreate, accessForUpdate } from '../access/access-input.ts';
import type { ClassifiedRecord, ResourcePolicy } from '../access/policy.ts';
import type { RequestContext } from '../context.ts';
import { attachable } from './attachable.ts';
import { looserThanRecord, recordIncomplete, unknownRecord, unknownRecordType } from './documents.errors.ts';

/**
 * The access rules of documents. A document attached to a record is never
 * easier to see than the record: everyone who may see the document may see
 * the record. By default a new attachment takes the record's classification.
 */

/** Documents on their own are kept by the mission; on a record, the record's module says who else may attach. */
export const documentResource = (externalContributors = false): ResourcePolicy => ({ type: 'document', externalContributors });

export type AttachTarget = { type: string; id: string; access: ClassifiedRecord; externalContributors: boolean };

/** The record a request names, as `ctx` sees it; null for a document on its own. */
export async function loadTarget(db: Executor, ctx: RequestContext, recordType?: string | null, recordId?: string | null): Promise<AttachTarget | null> {
  if (!recordType && !recordId) return null;
  if (!recordType) throw recordIncomplete('recordType');
  if (!recordId) throw recordIncomplete('recordId');
  const kind = attachable(recordType);
  if (!kind) throw unknownRecordType();
  const access = await kind.loadAccess(db, ctx, recordId);
  if (!access) throw unknownRecord();
  return { type: recordType, id: recordId, access, externalContributors: kind.externalContributors ?? false };
}

/** The resource policy the access policy applies to a document on `target`. */
export const documentResourceFor = (target: AttachTarget | null) => documentResource(target?.externalContributors);

/** Access of a new document: the record's unless the request says otherwise, and never looser than it. */
export function accessForNewDocument(ctx: RequestContext, target: AttachTarget | null, input: AccessInput): ClassifiedRecord {
  const wanted = target && input.classification === undefined ? recordAccessInput(target.access) : fillFromRecord(target, input);
  const access = accessForCreate(ctx, documentResourceFor(target), wanted);
  if (target) assertWithinRecord(access, target.access);
  return access;
}

/** Access after a change (null when unchanged); the `classify` right is checked by the access policy. */
export function accessForDocumentUpdate(ctx: RequestContext, target: AttachTarget | null, current: ClassifiedRecord, input: AccessInput) {
  const next = accessForUpdate(ctx, documentResourceFor(target), current, fillFromRecord(target, input));
  if (next && target) assertWithinRecord(next, target.access);
  return next;
}

const recordAccessInput = (r: ClassifiedRecord): AccessInput => ({
  classification: r.classification,
  sharedWith: { parties: r.sharedParties, organizations: r.sharedOrganizations },
  restrictedTo: r.restrictedTo,
});

/** Choosing the record's own classification without naming anyone means the same people as the record. */
function fillFromRecord(target: AttachTarget | null, input: AccessInput): AccessInput {
  if (!target || input.classification !== target.access.classification) return input;
  const r = target.access;
  return {
    ...input,
    sharedWith: input.sharedWith ?? (r.classification === 'shared' ? { parties: r.sharedParties, organizations: r.sharedOrganizations } : undefined),
    restrictedTo: input.restrictedTo ?? (r.classification === 'restricted' ? r.restrictedTo : undefined),
  };
}

const subset = (xs: string[], of: string[]) => xs.every((x) => of.includes(x));
const common = (xs: string[], of: string[]) => xs.filter((x) => of.includes(x));

/**
 * Everyone who may see `doc` may see `record`:
 * public record: any; shared(P, O): shared with a subset of P and O, mission or
 * restricted; mission: mission or restricted; restricted(U): restricted to a subset of U.
 */
export function assertWithinRecord(doc: ClassifiedRecord, record: ClassifiedRecord) {
  const c = doc.classification;
  switch (record.classification) {
    case 'public':
      return;
    case 'mission':
      if (c === 'mission' || c === 'restricted') return;
      throw looserThanRecord('classification', 'The record is for the mission only: its documents must be mission or restricted.');
    case 'shared':
      if (c === 'mission' || c === 'restricted') return;
      if (c === 'public') throw looserThanRecord('classification', 'The record is not public, so its documents cannot be public.');
      if (subset(doc.sharedParties, record.sharedParties) && subset(doc.sharedOrganizations, record.sharedOrganizations)) return;
      throw looserThanRecord('sharedWith', 'Share the document only with parties and organisations the record is shared with.');
    case 'restricted':
      if (c !== 'restricted') throw looserThanRecord('classification', 'The record is restricted: its documents must be restricted too.');
      if (subset(doc.restrictedTo, record.restrictedTo)) return;
      throw looserThanRecord('restrictedTo', 'Open the document only to people the record is open to.');
  }
}

/**
 * The access of `doc` narrowed until it is within `record` (for a record
 * re-classified after documents were attached): nobody gains access, those
 * who lose the record lose the document. Null when it is already within.
 */
export function narrowedToRecord(doc: ClassifiedRecord, record: ClassifiedRecord): ClassifiedRecord | null {
  try {
    assertWithinRecord(doc, record);
    return null;
  } catch {}
  const none = { sharedParties: [], sharedOrganizations: [], restrictedTo: [] };
  if (record.classification === 'restricted') {
    const to = doc.classification === 'restricted' ? common(doc.restrictedTo, record.restrictedTo) : record.restrictedTo;
    return { ...none, classification: 'restricted', restrictedTo: to };
  }
  if (record.classification === 'shared' && doc.classification === 'shared') {
    const parties = common(doc.sharedParties, record.sharedParties);
    const organizations = common(doc.sharedOrganizations, record.sharedOrganizations);
    if (parties.length + organizations.length > 0) return { ...none, classification: 'shared', sharedParties: parties, sharedOrganizations: organizations };
  }
  return { ...none, classification: 'mission' };
}
