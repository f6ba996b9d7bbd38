CREATE TABLE "consultation_acknowledgements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"party_code" text NOT NULL,
	"user_id" uuid,
	"user_label" text NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"version_id" uuid,
	"mission_only" boolean DEFAULT false NOT NULL,
	"body" text NOT NULL,
	"mentions" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"author_id" uuid,
	"author_label" text NOT NULL,
	"author_party_code" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"party_code" text NOT NULL,
	"kind" text NOT NULL,
	"reservation_kind" text,
	"text" text,
	"procedure_id" uuid,
	"recorded_by" uuid,
	"recorded_by_label" text NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" text NOT NULL,
	"note" text,
	"circulated_at" timestamp (3) with time zone,
	"circulated_by" uuid,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"classification" text DEFAULT 'mission' NOT NULL,
	"shared_parties" text[] DEFAULT '{}'::text[] NOT NULL,
	"shared_organizations" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"restricted_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp (3) with time zone,
	"created_by" uuid,
	"provenance" text,
	"source_url" text,
	"body_id" uuid NOT NULL,
	"title" text NOT NULL,
	"title_ru" text,
	"reference" text,
	"method" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"deadline" timestamp (3) with time zone,
	"time_zone" text DEFAULT 'Asia/Jakarta' NOT NULL,
	"positions_visibility" text DEFAULT 'distribution' NOT NULL,
	"chair_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"outcome_at" timestamp (3) with time zone,
	"outcome_note" text,
	"outcome_version_id" uuid,
	"decision_id" uuid,
	"decision_code" text,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "silence_procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"launched_by" uuid,
	"launched_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"deadlines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"outcome_at" timestamp (3) with time zone,
	"broken_by_party" text,
	"broken_by_position_id" uuid,
	"withdrawn_reason" text
);
--> statement-breakpoint
ALTER TABLE "consultation_acknowledgements" ADD CONSTRAINT "consultation_acknowledgements_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_positions" ADD CONSTRAINT "consultation_positions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_versions" ADD CONSTRAINT "consultation_versions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "silence_procedures" ADD CONSTRAINT "silence_procedures_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_acks_version_party_uq" ON "consultation_acknowledgements" USING btree ("version_id","party_code");--> statement-breakpoint
CREATE INDEX "consultation_acks_consultation_idx" ON "consultation_acknowledgements" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consultation_comments_idx" ON "consultation_comments" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE INDEX "consultation_positions_party_idx" ON "consultation_positions" USING btree ("consultation_id","party_code","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_versions_number_uq" ON "consultation_versions" USING btree ("consultation_id","number");--> statement-breakpoint
CREATE INDEX "consultations_status_idx" ON "consultations" USING btree ("status","updated_at","id");--> statement-breakpoint
CREATE INDEX "consultations_updated_idx" ON "consultations" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "consultations_body_idx" ON "consultations" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "consultations_search_trgm" ON "consultations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "consultations_shared_parties_gin" ON "consultations" USING gin ("shared_parties");--> statement-breakpoint
CREATE INDEX "silence_procedures_consultation_idx" ON "silence_procedures" USING btree ("consultation_id","launched_at");--> statement-breakpoint
CREATE UNIQUE INDEX "silence_procedures_running_uq" ON "silence_procedures" USING btree ("consultation_id") WHERE status = 'running';--> statement-breakpoint
ALTER INDEX "consultations_search_trgm" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "consultations_shared_parties_gin" SET (fastupdate = off);
