// The consultation as a record type, for links and attachments (platform/records/record-types.ts), and its audited parts.
import { sql } from 'drizzle-orm';
import { consultationPositions, consultations, silenceProcedures } from '../../db/schema/consultations.table.ts';
import { visibleTo } from '../../platform/access/policy.ts';
import type { AuditedPart } from '../../platform/audit/audit-scope.ts';
import { classifiedRecordType } from '../../platform/records/record-types.ts';
import { consultationResource } from './consultations.policy.ts';

/**
 * Documents (a background note, the annotated draft, a note verbale) attach to
 * a consultation and are seen exactly by those who see it: the mission while
 * it is a draft, then the distribution list. Only the mission attaches and
 * links them.
 */
export const consultationRecordTypes = [
  classifiedRecordType({ type: 'consultation', table: consultations, title: consultations.title, titleRu: consultations.titleRu, path: (id) => `/consultations/${id}`, policy: consultationResource, attachable: true }),
];

/** A part of a consultation (a delegation's position, a silence procedure) is audited as hidden exactly when its consultation is. */
const partOfConsultation = (type: string, table: typeof consultationPositions | typeof silenceProcedures): AuditedPart => ({
  type,
  hiddenFrom: (ctx, id) =>
    sql`exists (select 1 from ${table} join ${consultations} on ${consultations.id} = ${table.consultationId} where ${table.id} = ${id} and not (${visibleTo(ctx, consultations)}))`,
});

/** The consultations module's audited parts, for its manifest. */
export const consultationAuditedParts = [partOfConsultation('consultation_position', consultationPositions), partOfConsultation('silence_procedure', silenceProcedures)];
