// The consultation as a record type, for links and attachments (platform/records/record-types.ts).
import { consultations } from '../../db/schema/consultations.table.ts';
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
