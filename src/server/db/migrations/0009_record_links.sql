CREATE TABLE "record_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_type" text NOT NULL,
	"from_id" uuid NOT NULL,
	"to_type" text NOT NULL,
	"to_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_links_not_to_itself" CHECK (not ("record_links"."from_type" = "record_links"."to_type" and "record_links"."from_id" = "record_links"."to_id"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "record_links_from_to_kind_uq" ON "record_links" USING btree ("from_type","from_id","to_type","to_id","kind");--> statement-breakpoint
CREATE INDEX "record_links_to_idx" ON "record_links" USING btree ("to_type","to_id");