// The correspondence module's record type, for links and attachments (platform/records/record-types.ts).
import { correspondence } from '../../db/schema/correspondence.table.ts';
import { classifiedRecordType } from '../../platform/records/record-types.ts';
import { correspondenceResource } from './correspondence.policy.ts';

/** An item is titled by its subject; its PDF, scans and language versions attach to it. */
export const correspondenceRecordTypes = [
  classifiedRecordType({
    type: 'correspondence',
    table: correspondence,
    title: correspondence.subject,
    titleRu: correspondence.subject,
    path: (id) => `/correspondence/${id}`,
    policy: correspondenceResource,
    attachable: true,
  }),
];
