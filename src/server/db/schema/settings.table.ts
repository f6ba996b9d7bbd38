// The settings table: deployment-wide values and markers such as "the demo data is loaded".
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from '../columns.ts';

/** Deployment-wide settings and markers, e.g. that the demo dataset was loaded. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
