import type { Executor } from '../../db/client.ts';
import type { RequestContext } from '../../platform/context.ts';
import { attachable } from '../../platform/documents/attachable.ts';
import { openDocument } from '../../platform/documents/documents.read.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import './meetings.attachable.ts';

/**
 * Checks that links point at records that exist and that the user may see.
 * Record types whose module is not part of Chancery yet (initiatives,
 * consultations) cannot be checked and are kept as given.
 */
export async function checkLinks(db: Executor, ctx: RequestContext, links: { recordType: string; recordId: string }[], field: string) {
  for (const [i, l] of links.entries()) {
    let ok = true;
    if (l.recordType === 'document') {
      ok = await openDocument(db, ctx, l.recordId).then(
        () => true,
        (e) => {
          if (e instanceof AppError && e.status === 404) return false;
          throw e;
        },
      );
    } else {
      const kind = attachable(l.recordType);
      if (kind) ok = (await kind.loadAccess(db, ctx, l.recordId)) !== null;
    }
    if (!ok) throw invalid('meetings.unknown_link', `${field}.${i}.recordId`, `No ${l.recordType.replaceAll('_', ' ')} with this id.`);
  }
}
