CREATE TABLE "action_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"pillar" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"received_on" date,
	"amount_minor" bigint NOT NULL,
	"amount_currency" text NOT NULL,
	"amount_currency_list" text GENERATED ALWAYS AS ('currency') STORED NOT NULL,
	CONSTRAINT "fund_contributions_year_check" CHECK ("fund_contributions"."year" between 1990 and 2100),
	CONSTRAINT "fund_contributions_amount_money_ck" CHECK (("fund_contributions"."amount_minor" is null) = ("fund_contributions"."amount_currency" is null))
);
--> statement-breakpoint
CREATE TABLE "funds" (
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
	"currency" text NOT NULL,
	"notes" text,
	CONSTRAINT "funds_classification_check" CHECK ("funds"."classification" in ('public', 'mission', 'shared', 'restricted')),
	CONSTRAINT "funds_shared_parties_check" CHECK (coalesce(array_ndims("funds"."shared_parties"), 1) = 1 and array_position("funds"."shared_parties", null) is null and array_to_string("funds"."shared_parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "funds_shared_organizations_check" CHECK (coalesce(array_ndims("funds"."shared_organizations"), 1) = 1 and array_position("funds"."shared_organizations", null) is null),
	CONSTRAINT "funds_restricted_to_check" CHECK (coalesce(array_ndims("funds"."restricted_to"), 1) = 1 and array_position("funds"."restricted_to", null) is null),
	CONSTRAINT "funds_provenance_check" CHECK ("funds"."provenance" in ('REAL', 'MIXED', 'INVENTED', 'UNVERIFIED'))
);
--> statement-breakpoint
CREATE TABLE "initiative_budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"type" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"value_minor" bigint NOT NULL,
	"value_currency" text NOT NULL,
	"value_currency_list" text GENERATED ALWAYS AS ('currency') STORED NOT NULL,
	CONSTRAINT "initiative_budgets_type_check" CHECK ("initiative_budgets"."type" in ('1', '2')),
	CONSTRAINT "initiative_budgets_period_check" CHECK ("initiative_budgets"."period_start" <= "initiative_budgets"."period_end"),
	CONSTRAINT "initiative_budgets_value_minor_check" CHECK ("initiative_budgets"."value_minor" >= 0),
	CONSTRAINT "initiative_budgets_value_money_ck" CHECK (("initiative_budgets"."value_minor" is null) = ("initiative_budgets"."value_currency" is null))
);
--> statement-breakpoint
CREATE TABLE "initiative_dac_sectors" (
	"initiative_id" uuid NOT NULL,
	"code" text NOT NULL,
	"percentage" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "initiative_dac_sectors_initiative_id_code_pk" PRIMARY KEY("initiative_id","code"),
	CONSTRAINT "initiative_dac_sectors_percentage_check" CHECK ("initiative_dac_sectors"."percentage" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "initiative_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"title" text NOT NULL,
	"planned_date" date NOT NULL,
	"actual_date" date
);
--> statement-breakpoint
CREATE TABLE "initiative_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"organization_id" uuid,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"iati_ref" text,
	"iati_type" text,
	CONSTRAINT "initiative_participants_role_check" CHECK ("initiative_participants"."role" in ('1', '2', '3', '4'))
);
--> statement-breakpoint
CREATE TABLE "initiative_stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"reason" text,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"by_user_id" uuid,
	CONSTRAINT "initiative_stage_changes_from_stage_check" CHECK ("initiative_stage_changes"."from_stage" in ('idea', 'concept_note', 'proposal_submitted', 'asec_appraisal', 'sponsoring_body_endorsed', 'approved', 'in_implementation', 'completion_reporting', 'closed', 'suspended', 'cancelled')),
	CONSTRAINT "initiative_stage_changes_to_stage_check" CHECK ("initiative_stage_changes"."to_stage" in ('idea', 'concept_note', 'proposal_submitted', 'asec_appraisal', 'sponsoring_body_endorsed', 'approved', 'in_implementation', 'completion_reporting', 'closed', 'suspended', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "initiative_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"type" text NOT NULL,
	"date" date NOT NULL,
	"value_minor" bigint NOT NULL,
	"value_currency" text NOT NULL,
	"value_currency_list" text GENERATED ALWAYS AS ('currency') STORED NOT NULL,
	"provider_name" text,
	"receiver_name" text,
	"description" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_transactions_type_check" CHECK ("initiative_transactions"."type" in ('1', '2', '3', '4')),
	CONSTRAINT "initiative_transactions_value_minor_check" CHECK ("initiative_transactions"."value_minor" >= 0),
	CONSTRAINT "initiative_transactions_value_money_ck" CHECK (("initiative_transactions"."value_minor" is null) = ("initiative_transactions"."value_currency" is null))
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
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
	"reference" text NOT NULL,
	"title_en" text NOT NULL,
	"title_ru" text,
	"description" text,
	"objectives" text,
	"proposal_code" text,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"stage" text DEFAULT 'idea' NOT NULL,
	"stage_changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"resume_stage" text,
	"proponent_party_code" text,
	"proponent_organization_id" uuid,
	"implementing_organization_id" uuid,
	"sponsoring_body_id" uuid,
	"fund_id" uuid,
	"currency" text NOT NULL,
	"member_parties" text[] DEFAULT '{}'::text[] NOT NULL,
	"recipient_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"recipient_region" text,
	"planned_start" date,
	"planned_end" date,
	"actual_start" date,
	"actual_end" date,
	"responsible_user_id" uuid,
	"iati_publish" boolean DEFAULT false NOT NULL,
	"completion_report_document_id" uuid,
	"unspent_balance_minor" bigint,
	"unspent_balance_currency" text,
	"unspent_balance_currency_list" text GENERATED ALWAYS AS ('currency') STORED NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	CONSTRAINT "initiatives_classification_check" CHECK ("initiatives"."classification" in ('public', 'mission', 'shared', 'restricted')),
	CONSTRAINT "initiatives_shared_parties_check" CHECK (coalesce(array_ndims("initiatives"."shared_parties"), 1) = 1 and array_position("initiatives"."shared_parties", null) is null and array_to_string("initiatives"."shared_parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "initiatives_shared_organizations_check" CHECK (coalesce(array_ndims("initiatives"."shared_organizations"), 1) = 1 and array_position("initiatives"."shared_organizations", null) is null),
	CONSTRAINT "initiatives_restricted_to_check" CHECK (coalesce(array_ndims("initiatives"."restricted_to"), 1) = 1 and array_position("initiatives"."restricted_to", null) is null),
	CONSTRAINT "initiatives_provenance_check" CHECK ("initiatives"."provenance" in ('REAL', 'MIXED', 'INVENTED', 'UNVERIFIED')),
	CONSTRAINT "initiatives_stage_check" CHECK ("initiatives"."stage" in ('idea', 'concept_note', 'proposal_submitted', 'asec_appraisal', 'sponsoring_body_endorsed', 'approved', 'in_implementation', 'completion_reporting', 'closed', 'suspended', 'cancelled')),
	CONSTRAINT "initiatives_resume_stage_check" CHECK ("initiatives"."resume_stage" in ('idea', 'concept_note', 'proposal_submitted', 'asec_appraisal', 'sponsoring_body_endorsed', 'approved', 'in_implementation', 'completion_reporting', 'closed', 'suspended', 'cancelled')),
	CONSTRAINT "initiatives_recipient_region_check" CHECK ("initiatives"."recipient_region" in ('798', '789')),
	CONSTRAINT "initiatives_member_parties_check" CHECK (coalesce(array_ndims("initiatives"."member_parties"), 1) = 1 and array_position("initiatives"."member_parties", null) is null and array_to_string("initiatives"."member_parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "initiatives_recipient_countries_check" CHECK (coalesce(array_ndims("initiatives"."recipient_countries"), 1) = 1 and array_position("initiatives"."recipient_countries", null) is null and array_to_string("initiatives"."recipient_countries", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "initiatives_planned_period_check" CHECK ("initiatives"."planned_start" <= "initiatives"."planned_end"),
	CONSTRAINT "initiatives_actual_period_check" CHECK ("initiatives"."actual_start" <= "initiatives"."actual_end"),
	CONSTRAINT "initiatives_unspent_balance_money_ck" CHECK (("initiatives"."unspent_balance_minor" is null) = ("initiatives"."unspent_balance_currency" is null))
);
--> statement-breakpoint
CREATE TABLE "plans" (
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
	"title_en" text NOT NULL,
	"title_ru" text,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	CONSTRAINT "plans_classification_check" CHECK ("plans"."classification" in ('public', 'mission', 'shared', 'restricted')),
	CONSTRAINT "plans_shared_parties_check" CHECK (coalesce(array_ndims("plans"."shared_parties"), 1) = 1 and array_position("plans"."shared_parties", null) is null and array_to_string("plans"."shared_parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "plans_shared_organizations_check" CHECK (coalesce(array_ndims("plans"."shared_organizations"), 1) = 1 and array_position("plans"."shared_organizations", null) is null),
	CONSTRAINT "plans_restricted_to_check" CHECK (coalesce(array_ndims("plans"."restricted_to"), 1) = 1 and array_position("plans"."restricted_to", null) is null),
	CONSTRAINT "plans_provenance_check" CHECK ("plans"."provenance" in ('REAL', 'MIXED', 'INVENTED', 'UNVERIFIED')),
	CONSTRAINT "plans_years_check" CHECK ("plans"."from_year" <= "plans"."to_year")
);
--> statement-breakpoint
ALTER TABLE "action_lines" ADD CONSTRAINT "action_lines_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_contributions" ADD CONSTRAINT "fund_contributions_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_contributions" ADD CONSTRAINT "fund_contributions_amount_currency_fk" FOREIGN KEY ("amount_currency_list","amount_currency") REFERENCES "public"."codelist_items"("list","code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds" ADD CONSTRAINT "funds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_budgets" ADD CONSTRAINT "initiative_budgets_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_budgets" ADD CONSTRAINT "initiative_budgets_value_currency_fk" FOREIGN KEY ("value_currency_list","value_currency") REFERENCES "public"."codelist_items"("list","code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_dac_sectors" ADD CONSTRAINT "initiative_dac_sectors_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_milestones" ADD CONSTRAINT "initiative_milestones_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_participants" ADD CONSTRAINT "initiative_participants_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_participants" ADD CONSTRAINT "initiative_participants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_stage_changes" ADD CONSTRAINT "initiative_stage_changes_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_stage_changes" ADD CONSTRAINT "initiative_stage_changes_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_transactions" ADD CONSTRAINT "initiative_transactions_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_transactions" ADD CONSTRAINT "initiative_transactions_value_currency_fk" FOREIGN KEY ("value_currency_list","value_currency") REFERENCES "public"."codelist_items"("list","code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_proponent_party_code_parties_code_fk" FOREIGN KEY ("proponent_party_code") REFERENCES "public"."parties"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_proponent_organization_id_organizations_id_fk" FOREIGN KEY ("proponent_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_implementing_organization_id_organizations_id_fk" FOREIGN KEY ("implementing_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_sponsoring_body_id_bodies_id_fk" FOREIGN KEY ("sponsoring_body_id") REFERENCES "public"."bodies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_completion_report_document_id_documents_id_fk" FOREIGN KEY ("completion_report_document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_unspent_balance_currency_fk" FOREIGN KEY ("unspent_balance_currency_list","unspent_balance_currency") REFERENCES "public"."codelist_items"("list","code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "action_lines_plan_code_uq" ON "action_lines" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "fund_contributions_fund_idx" ON "fund_contributions" USING btree ("fund_id","year");--> statement-breakpoint
CREATE INDEX "funds_name_idx" ON "funds" USING btree (lower("name_en"),"id");--> statement-breakpoint
CREATE INDEX "initiative_budgets_initiative_idx" ON "initiative_budgets" USING btree ("initiative_id","period_start");--> statement-breakpoint
CREATE INDEX "initiative_dac_sectors_code_idx" ON "initiative_dac_sectors" USING btree ("code");--> statement-breakpoint
CREATE INDEX "initiative_milestones_initiative_idx" ON "initiative_milestones" USING btree ("initiative_id","planned_date");--> statement-breakpoint
CREATE INDEX "initiative_participants_initiative_idx" ON "initiative_participants" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "initiative_stage_changes_initiative_idx" ON "initiative_stage_changes" USING btree ("initiative_id","at");--> statement-breakpoint
CREATE INDEX "initiative_transactions_initiative_idx" ON "initiative_transactions" USING btree ("initiative_id","type","date");--> statement-breakpoint
CREATE UNIQUE INDEX "initiatives_reference_uq" ON "initiatives" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "initiatives_proposal_code_uq" ON "initiatives" USING btree ("proposal_code");--> statement-breakpoint
CREATE INDEX "initiatives_reference_idx" ON "initiatives" USING btree ("reference","id");--> statement-breakpoint
CREATE INDEX "initiatives_stage_idx" ON "initiatives" USING btree ("stage","stage_changed_at");--> statement-breakpoint
CREATE INDEX "initiatives_fund_idx" ON "initiatives" USING btree ("fund_id");--> statement-breakpoint
CREATE INDEX "initiatives_sectors_gin" ON "initiatives" USING gin ("sectors");--> statement-breakpoint
CREATE INDEX "initiatives_search_trgm" ON "initiatives" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "plans_title_idx" ON "plans" USING btree (lower("title_en"),"id");