CREATE TABLE "login_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"role" text NOT NULL,
	"party_code" text,
	"organization_id" uuid,
	"password_hash" text NOT NULL,
	"demo_password" boolean DEFAULT false NOT NULL,
	"disabled_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text,
	"changes" jsonb NOT NULL,
	"request_id" text,
	"ip" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delegation_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"delegation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"title" text,
	"from_date" date,
	"to_date" date
);
--> statement-breakpoint
CREATE TABLE "delegations" (
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
	"party_code" text NOT NULL,
	"name" text NOT NULL,
	"name_ru" text,
	"organization_id" uuid,
	"head_person_id" uuid,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
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
	"name_local" text,
	"acronym" text,
	"kind" text NOT NULL,
	"country_code" text,
	"parent_id" uuid,
	"website" text,
	"address" text,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parties" (
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
	"code" text NOT NULL,
	"alpha3" text,
	"numeric_code" text,
	"name_en" text NOT NULL,
	"name_ru" text,
	"kind" text NOT NULL,
	"is_own" boolean DEFAULT false NOT NULL,
	"official_languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"member_from" date,
	"member_to" date,
	"observer_from" date,
	"partner_since" date,
	"notes" text,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
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
	"full_name" text NOT NULL,
	"name_latin" text,
	"name_ru" text,
	"honorific" text,
	"email" text,
	"phone" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"from_date" date,
	"to_date" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation_members" ADD CONSTRAINT "delegation_members_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegation_members" ADD CONSTRAINT "delegation_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_attempts_key_at_idx" ON "login_attempts" USING btree ("key","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_uq" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "audit_record_idx" ON "audit_log" USING btree ("record_type","record_id","seq");--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_log" USING btree ("actor_id","seq");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "delegation_members_delegation_idx" ON "delegation_members" USING btree ("delegation_id");--> statement-breakpoint
CREATE INDEX "delegation_members_person_idx" ON "delegation_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "delegations_party_idx" ON "delegations" USING btree ("party_code");--> statement-breakpoint
CREATE INDEX "delegations_search_trgm" ON "delegations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "delegations_shared_parties_gin" ON "delegations" USING gin ("shared_parties");--> statement-breakpoint
CREATE INDEX "organizations_name_idx" ON "organizations" USING btree (lower("name_en"),"id");--> statement-breakpoint
CREATE INDEX "organizations_updated_idx" ON "organizations" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "organizations_kind_idx" ON "organizations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organizations_country_idx" ON "organizations" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "organizations_search_trgm" ON "organizations" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organizations_shared_parties_gin" ON "organizations" USING gin ("shared_parties");--> statement-breakpoint
CREATE INDEX "organizations_shared_orgs_gin" ON "organizations" USING gin ("shared_organizations");--> statement-breakpoint
CREATE UNIQUE INDEX "parties_code_uq" ON "parties" USING btree ("code");--> statement-breakpoint
CREATE INDEX "parties_search_trgm" ON "parties" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_name_idx" ON "people" USING btree (lower(coalesce("name_latin", "full_name")),"id");--> statement-breakpoint
CREATE INDEX "people_updated_idx" ON "people" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "people_search_trgm" ON "people" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_shared_parties_gin" ON "people" USING gin ("shared_parties");--> statement-breakpoint
CREATE INDEX "people_shared_orgs_gin" ON "people" USING gin ("shared_organizations");--> statement-breakpoint
CREATE INDEX "posts_person_idx" ON "posts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "posts_org_idx" ON "posts" USING btree ("organization_id");