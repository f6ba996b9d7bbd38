// Typed errors of record links, with stable codes.
import { AppError, conflict, forbidden, invalid } from '../errors.ts';

/** A record whose links are asked for that does not exist or that the caller may not see. */
export const recordNotFound = (type: string) => new AppError('record.not_found', 404, 'Not found', `No ${type.replaceAll('_', ' ')} with this id.`);

/** A link that does not exist, or one end of which the caller may not see: the two are indistinguishable. */
export const linkNotFound = () => new AppError('record_link.not_found', 404, 'Not found', 'No link with this id.');

export const linkForbidden = () => forbidden('record_link.forbidden', 'You may not change the links of this record.');

export const unknownRecordType = (field: string, type: string) =>
  invalid('record_link.unknown_record_type', field, `Records of type ${type.replaceAll('_', ' ')} cannot be linked.`);

/** A record that does not exist or that the caller may not see, named in the input. */
export const unknownRecord = (field: string, type: string) => invalid('record_link.unknown_record', field, `No ${type.replaceAll('_', ' ')} with this id.`);

export const linkToItself = (field: string) => invalid('record_link.to_itself', field, 'A record cannot be linked to itself.');

export const linkExists = () => conflict('record_link.exists', 'These records are already linked.', 'to.recordId');

export const linkManagedByRecord = () =>
  conflict('record_link.managed_by_record', 'This link is part of the record’s own list of links: change it on the record.');
