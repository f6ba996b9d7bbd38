// The directory's record types, for links and attachments (platform/records/record-types.ts).
import { nameInSql } from '../../db/columns.ts';
import { delegations, organizations, parties, people } from '../../db/schema/directory.table.ts';
import { classifiedRecordType } from '../../platform/records/record-types.ts';
import { directoryResource } from './directory.policy.ts';

/**
 * Every directory record can be linked and have documents attached. Only the
 * mission attaches and links them (the directory is mission-maintained), and
 * a document is never easier to see than its record.
 */
export const directoryRecordTypes = [
  classifiedRecordType({ type: 'organization', table: organizations, title: organizations.nameEn, titleRu: nameInSql(organizations.names, 'ru'), path: (id) => `/organizations/${id}`, policy: directoryResource('organization'), attachable: true }),
  classifiedRecordType({ type: 'person', table: people, title: people.fullName, titleRu: people.nameRu, path: (id) => `/people/${id}`, policy: directoryResource('person'), attachable: true }),
  classifiedRecordType({ type: 'party', table: parties, title: parties.nameEn, titleRu: nameInSql(parties.names, 'ru'), path: (id) => `/parties/${id}`, policy: directoryResource('party'), attachable: true }),
  classifiedRecordType({ type: 'delegation', table: delegations, title: delegations.nameEn, titleRu: nameInSql(delegations.names, 'ru'), path: (id) => `/delegations/${id}`, policy: directoryResource('delegation'), attachable: true }),
];
