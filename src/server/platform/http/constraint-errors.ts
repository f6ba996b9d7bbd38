// Constraint violations as problems: the module's own error where it named the constraint, otherwise a generic 4xx naming the field.
import { type DatabaseViolation, databaseViolation, describeConstraint, fieldOfColumn } from '../../db/constraints.ts';
import { AppError } from '../errors.ts';

/**
 * Which violations of a foreign key an error stands for: `missing`, a row
 * written names a row that is not there; `referenced`, a row removed is still
 * named by another.
 */
export type ForeignKeySide = 'missing' | 'referenced';

/** By constraint name, or `name#side` for one side of a foreign key. */
const named = new Map<string, () => AppError>();

/** The error a module answers when the database refuses a write with `constraint`. */
export type ConstraintError = { constraint: string; make: () => AppError; side?: ForeignKeySide };

/**
 * Declares the error a module answers when the database refuses a write with
 * this constraint: the same error its use case throws for the same rule, so a
 * request that slips past the check (two at once) gets the same answer as one
 * that is caught by it. Define it next to the error in `<module>.errors.ts`
 * and list it in the module's manifest (`constraintErrors`); a test checks
 * that the constraint exists.
 */
export const nameConstraintError = (constraint: string, make: () => AppError, side?: ForeignKeySide): ConstraintError => ({ constraint, make, side });

/** Registers a constraint's error; called by `installModules`. */
export function registerConstraintError(e: ConstraintError) {
  named.set(e.side ? `${e.constraint}#${e.side}` : e.constraint, e.make);
}

/** The constraint names modules gave errors to (for the test that they exist in the database). */
export const namedConstraints = () => [...new Set([...named.keys()].map((k) => k.split('#')[0]))];

const invalid = (code: string, detail: string, field: string | null) =>
  new AppError(code, 400, 'Invalid request', detail, field ? [{ field, message: detail }] : undefined);
const conflict = (code: string, detail: string, field: string | null) =>
  new AppError(code, 409, 'Conflict', detail, field ? [{ field, message: detail }] : undefined);

/**
 * A foreign key is violated from one of two sides. PostgreSQL 16 and later
 * (PGlite) report a RESTRICT refusal as 23001; PostgreSQL 15 reports it, like
 * NO ACTION, as 23503, so a removal is told from the statement that failed.
 */
const sideOf = (v: DatabaseViolation): ForeignKeySide =>
  v.code === '23001' || (v.code === '23503' && /^\s*delete\b/i.test(v.query ?? '')) ? 'referenced' : 'missing';

/** What a row of a referenced table is called in an answer. */
const NOUNS: Record<string, string> = {
  parties: 'party',
  organizations: 'organisation',
  people: 'person',
  users: 'account',
  bodies: 'body',
  agenda_items: 'agenda item',
  action_items: 'action item',
  consultation_versions: 'version',
  consultation_positions: 'position',
  silence_procedures: 'silence procedure',
};
const noun = (table: string | undefined) => (table ? (NOUNS[table] ?? table.replace(/s$/, '').replaceAll('_', ' ')) : 'record');

/** The problem for a database error that input can cause, or null when it is something else (then a 500). */
export function constraintProblem(err: unknown): AppError | null {
  const v = databaseViolation(err);
  if (!v) return null;
  const info = v.constraint ? describeConstraint(v.constraint) : undefined;
  const side = v.code === '23001' || v.code === '23503' ? sideOf(v) : undefined;
  const own = v.constraint ? (named.get(`${v.constraint}#${side}`) ?? named.get(v.constraint)) : undefined;
  if (own) return own();
  const field = info?.field ?? (v.table && v.column ? fieldOfColumn(v.table, v.column) : null);
  switch (v.code) {
    case '23505':
      return conflict('request.duplicate', 'A record with this value already exists.', field ?? 'body');
    case '23503':
    case '23001':
      return side === 'referenced'
        ? conflict('request.still_referenced', 'Other records still refer to this one, so it cannot be removed.', null)
        : invalid('request.unknown_reference', `There is no such ${noun(info?.references)}.`, field);
    case '23514':
      return invalid('request.not_allowed', info?.message ?? 'This value is not allowed here.', field);
    case '23502':
      return invalid('request.value_required', 'Give a value.', field);
    case '22001':
      return invalid('request.too_long', 'This value is too long.', field);
    case '22003':
      return invalid('request.out_of_range', 'A number is out of range.', field);
    case '22007':
    case '22008':
      return invalid('request.invalid_date', 'A date or time is not valid.', field);
    default:
      // Other data exceptions (22P02 malformed value, 22021 bad encoding, …) and integrity violations.
      return invalid('request.invalid_value', 'A value has the wrong form.', field);
  }
}
