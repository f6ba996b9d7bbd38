ALTER TABLE "agenda_items" DROP COLUMN "links";--> statement-breakpoint
ALTER TABLE "decisions" DROP COLUMN "links";--> statement-breakpoint
ALTER TABLE "work_plan_lines" DROP COLUMN "links";