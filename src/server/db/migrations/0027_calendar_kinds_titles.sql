ALTER TABLE "calendar_items" ADD COLUMN "kind" text DEFAULT 'event' NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_items" ADD COLUMN "titles" jsonb;--> statement-breakpoint
ALTER TABLE "calendar_items" ADD CONSTRAINT "calendar_items_kind_check" CHECK ("calendar_items"."kind" in ('meeting', 'consultation_deadline', 'silence_expiry', 'action_item_due', 'body_due', 'event'));--> statement-breakpoint
UPDATE "calendar_items" SET "kind" = 'meeting' WHERE "record_type" = 'meeting';--> statement-breakpoint
UPDATE "calendar_items" SET "kind" = 'action_item_due' WHERE "record_type" = 'action_item';
