// Typed errors of the codelists, with stable codes; the status is set here.
import { AppError, invalid } from '../errors.ts';

export const codelistNotFound = (list: string) => new AppError('codelist.not_found', 404, 'Not found', `There is no codelist ${list}.`);

export const unknownCode = (field: string, code: string, listName: string) =>
  invalid('codelist.unknown_code', field, `${code} is not in the list “${listName}”. Choose a code from it.`);

export const codeWithdrawn = (field: string, code: string, listName: string, lastValid: string | null) =>
  invalid('codelist.code_withdrawn', field, `${code} has been withdrawn from the list “${listName}”${lastValid ? ` (last valid ${lastValid})` : ''}. Choose a current code.`);

export const codeNotYetValid = (field: string, code: string, from: string) => invalid('codelist.code_not_yet_valid', field, `${code} may be used only from ${from}.`);
