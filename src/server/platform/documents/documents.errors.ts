// Typed errors of documents: uploads, versions, attachment to records, stored files; with stable codes, the status set here.
import { AppError, type FieldError, forbidden, invalid, notFound } from '../errors.ts';

export const documentNotFound = () => notFound('document');
export const versionNotFound = () => notFound('document_version');
export const documentWriteForbidden = () => forbidden('document.write_forbidden', 'You may not change this document.');

export const fileRequired = () => invalid('document.file_required', 'file', 'Choose a file to upload.');
export const emptyFile = () => invalid('document.empty_file', 'file', 'The file is empty.');
export const executableRefused = (mime: string) =>
  invalid('document.type_not_allowed', 'file', `Programs and installers cannot be uploaded (this file is ${mime}).`);
export const fileTooLarge = (maxBytes: number) =>
  new AppError('document.too_large', 413, 'File too large', `Files can be at most ${formatMb(maxBytes)}.`, [
    { field: 'file', message: `The file is larger than ${formatMb(maxBytes)}.` },
  ]);
export const fileNotLast = (field: string) =>
  invalid('document.file_not_last', field, 'Send the file as the last part of the form, after the other fields.');
export const unexpectedPart = (field: string) => invalid('document.unexpected_part', field, 'Only one file, in the part named "file", can be sent.');
export const notMultipart = () =>
  new AppError('document.multipart_required', 415, 'Unsupported media type', 'Send the file as multipart/form-data.');

/** A text field of the upload form longer than the form allows. */
export const fieldTooLong = (field: string) => invalid('request.field_too_long', field, 'This value is too long.');
export const tooManyParts = () => invalid('request.too_many_parts', 'file', 'The form has too many parts.');
export const tooManyFields = () => invalid('request.too_many_parts', 'file', 'The form has too many fields.');
/** A form the multipart parser could not read (`reason` is the parser's message). */
export const malformedMultipart = (reason: string | undefined) =>
  new AppError('request.malformed_multipart', 400, 'Invalid request', `The form could not be read: ${reason ?? 'malformed multipart data'}.`);
/** The upload form's text fields broke the contract; each error names its field. */
export const invalidUploadFields = (errors: FieldError[]) =>
  new AppError('request.invalid', 400, 'Invalid request', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);

export const unknownRecordType = () => invalid('document.unknown_record_type', 'recordType', 'Documents cannot be attached to this kind of record.');
export const unknownRecord = () => invalid('document.unknown_record', 'recordId', 'No such record, or you may not see it.');
export const recordIncomplete = (field: 'recordType' | 'recordId') =>
  invalid('document.record_incomplete', field, 'Send both recordType and recordId, or neither.');
export const looserThanRecord = (field: 'classification' | 'sharedWith' | 'restrictedTo', message: string) =>
  invalid('document.looser_than_record', field, message);

/** The stored bytes no longer match the hash taken at upload: never served. */
export const integrityFailed = () =>
  new AppError('document.integrity_failed', 500, 'Stored file damaged', 'The stored file does not match what was uploaded, so it is not served. The failure has been logged for the administrators.');

const formatMb = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
