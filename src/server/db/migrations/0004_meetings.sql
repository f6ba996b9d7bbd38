CREATE TABLE "action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"decision_id" uuid,
	"title" text NOT NULL,
	"owner_party_code" text,
	"owner_organization_id" uuid,
	"owner_person_id" uuid,
	"owner_user_id" uuid,
	"due_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"presenter_party_code" text,
	"presenter_person_id" uuid,
	"duration_minutes" integer,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"carried_action_item_id" uuid,
	"carried_decision_id" uuid,
	"minutes" text DEFAULT '' NOT NULL,
	"minutes_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"party_code" text,
	"organization_id" uuid,
	"status" text NOT NULL,
	"head_person_id" uuid,
	"member_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "bodies" (
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
	"name_en" text NOT NULL,
	"name_ru" text,
	"acronym" text,
	"kind" text NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"dac_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"parent_id" uuid,
	"member_parties" text[] DEFAULT '{}'::text[] NOT NULL,
	"cadence_months" integer,
	"due_soon_days" integer DEFAULT 60 NOT NULL,
	"rotation_order" text[] DEFAULT '{}'::text[] NOT NULL,
	"responsible_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"decision_prefix" text,
	"notes" text,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "body_coordinators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"party_code" text NOT NULL,
	"role" text DEFAULT 'coordinator' NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"provenance" text,
	"source_url" text
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"seq" integer NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'in_force' NOT NULL,
	"superseded_by_id" uuid,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
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
	"number" integer,
	"title" text NOT NULL,
	"title_ru" text,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"time_zone" text DEFAULT 'Asia/Jakarta' NOT NULL,
	"venue" text,
	"online_url" text,
	"format" text DEFAULT 'in_person' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"approved_at" timestamp (3) with time zone,
	"approved_by" uuid,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "minute_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" text NOT NULL,
	"changed_by" uuid,
	"changed_by_label" text NOT NULL,
	"changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"corrigendum" boolean DEFAULT false NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "work_plan_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"owner_party_code" text,
	"target_date" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_coordinators" ADD CONSTRAINT "body_coordinators_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minute_revisions" ADD CONSTRAINT "minute_revisions_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_lines" ADD CONSTRAINT "work_plan_lines_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_items_body_idx" ON "action_items" USING btree ("body_id","status");--> statement-breakpoint
CREATE INDEX "action_items_meeting_idx" ON "action_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "action_items_owner_party_idx" ON "action_items" USING btree ("owner_party_code","status");--> statement-breakpoint
CREATE INDEX "action_items_owner_user_idx" ON "action_items" USING btree ("owner_user_id","status");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_party_uq" ON "attendance" USING btree ("meeting_id","party_code") WHERE party_code is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_org_uq" ON "attendance" USING btree ("meeting_id","organization_id") WHERE organization_id is not null;--> statement-breakpoint
CREATE INDEX "bodies_name_idx" ON "bodies" USING btree (lower("name_en"),"id");--> statement-breakpoint
CREATE INDEX "bodies_parent_idx" ON "bodies" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "bodies_search_trgm" ON "bodies" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "body_coordinators_body_idx" ON "body_coordinators" USING btree ("body_id","from_date");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_meeting_seq_uq" ON "decisions" USING btree ("meeting_id","seq");--> statement-breakpoint
CREATE INDEX "decisions_search_trgm" ON "decisions" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "meetings_body_idx" ON "meetings" USING btree ("body_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_starts_idx" ON "meetings" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "meetings_search_trgm" ON "meetings" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "meetings_shared_parties_gin" ON "meetings" USING gin ("shared_parties");--> statement-breakpoint
CREATE UNIQUE INDEX "minute_revisions_item_version_uq" ON "minute_revisions" USING btree ("agenda_item_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "work_plan_lines_body_code_uq" ON "work_plan_lines" USING btree ("body_id","code");