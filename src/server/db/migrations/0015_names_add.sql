ALTER TABLE "delegations" ADD COLUMN "names" jsonb;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "names" jsonb;--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "names" jsonb;--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "names" jsonb;