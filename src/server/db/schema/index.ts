// The schema object Drizzle needs: every table of every module.
export * from './accounts.table.ts';
export * from './audit.table.ts';
export * from './directory.table.ts';
export * from './settings.table.ts';
export * from './jobs.table.ts';
export * from './notifications.table.ts';
export * from './search.table.ts';
export * from './calendar.table.ts';
export * from './documents.table.ts';
export * from './meetings.table.ts';
export * from './consultations.table.ts';
export * from './codelists.table.ts';
export * from './numbering.table.ts';
export * from './links.table.ts';
export * from './initiatives.table.ts';
export * from './dialogue.table.ts';
