// Typed errors of backup, restore and database copy, with stable codes; the command line prints their detail on one line.
import { AppError } from '../errors.ts';

const refused = (code: string, detail: string) => new AppError(code, 409, 'Refused', detail);
const broken = (code: string, detail: string) => new AppError(code, 400, 'Invalid backup', detail);

/** The tables refer to each other in a circle, so no order of loading satisfies their foreign keys. */
export const backupTableCycle = (tables: string[]) => new AppError('backup.table_cycle', 500, 'Tables refer to each other in a circle', `No loading order for: ${tables.join(', ')}`);
/** The file is not a backup written by Chancery, or it is cut short. */
export const backupNotReadable = (reason: string) => broken('backup.unreadable', `Not a readable Chancery backup: ${reason}.`);
/** The backup was made by a newer version of Chancery, whose schema this version does not know. */
export const backupNewerSchema = (level: number, known: number) =>
  refused('backup.newer_schema', `The backup's schema is newer (migration ${level}) than this version of Chancery knows (migration ${known}); restore it with a newer version.`);
/** The target already holds data: a restore never merges into or overwrites a database in use. */
export const restoreTargetNotEmpty = (what: string) => refused('backup.target_not_empty', `The target is not empty (${what}); restore only into a new, empty database and files folder.`);
/** The target was migrated past the backup's level; an empty database is needed to load the rows at their own level. */
export const restoreTargetAhead = (target: number, backup: number) =>
  refused('backup.target_ahead', `The target database is already migrated to migration ${target}, past the backup's ${backup}; restore into a new database.`);
/** What was loaded differs from what the backup's manifest promised. */
export const restoreMismatch = (detail: string) => broken('backup.mismatch', `The restored data does not match the backup: ${detail}.`);
/** The source and target of a copy are the same database. */
export const copySameDatabase = () => refused('backup.same_database', 'The target is the database being copied.');
