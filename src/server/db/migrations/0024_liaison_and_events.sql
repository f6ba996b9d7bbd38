CREATE TABLE "agreements" (
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
	"names" jsonb NOT NULL,
	"name_en" text GENERATED ALWAYS AS ((names ->> 'en')) STORED NOT NULL,
	"kind" text NOT NULL,
	"party_organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"signatories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signed_on" date,
	"signed_at" text,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"summary" text,
	"validity" text NOT NULL,
	"entry_into_force" date,
	"expires_on" date,
	"renewal_years" integer,
	"notice_days" integer,
	"status" text NOT NULL,
	"predecessor_id" uuid,
	"responsible_user_id" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	CONSTRAINT "agreements_classification_check" CHECK ("agreements"."classification" in ('public', 'mission', 'shared', 'restricted')),
	CONSTRAINT "agreements_shared_parties_check" CHECK (coalesce(array_ndims("agreements"."shared_parties"), 1) = 1 and array_position("agreements"."shared_parties", null) is null and array_to_string("agreements"."shared_parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "agreements_shared_organizations_check" CHECK (coalesce(array_ndims("agreements"."shared_organizations"), 1) = 1 and array_position("agreements"."shared_organizations", null) is null),
	CONSTRAINT "agreements_restricted_to_check" CHECK (coalesce(array_ndims("agreements"."restricted_to"), 1) = 1 and array_position("agreements"."restricted_to", null) is null),
	CONSTRAINT "agreements_provenance_check" CHECK ("agreements"."provenance" in ('REAL', 'MIXED', 'INVENTED', 'UNVERIFIED')),
	CONSTRAINT "agreements_names_object_check" CHECK (jsonb_typeof("agreements"."names") = 'object'),
	CONSTRAINT "agreements_names_en_check" CHECK (length(btrim(coalesce("agreements"."names" ->> 'en', ''))) > 0),
	CONSTRAINT "agreements_names_keys_check" CHECK (not jsonb_path_exists("agreements"."names", '$.keyvalue() ? (!(@.key like_regex "^[a-z]{2,3}$") || @.value.type() != "string")')),
	CONSTRAINT "agreements_kind_check" CHECK ("agreements"."kind" in ('mou', 'cooperation_programme', 'exchange_of_letters', 'other')),
	CONSTRAINT "agreements_status_check" CHECK ("agreements"."status" in ('under_negotiation', 'in_force', 'expired', 'terminated')),
	CONSTRAINT "agreements_validity_check" CHECK ("agreements"."validity" in ('fixed_term', 'until_terminated', 'automatic_renewal')),
	CONSTRAINT "agreements_party_organization_ids_check" CHECK (coalesce(array_ndims("agreements"."party_organization_ids"), 1) = 1 and array_position("agreements"."party_organization_ids", null) is null),
	CONSTRAINT "agreements_signatories_check" CHECK (jsonb_typeof("agreements"."signatories") = 'array'),
	CONSTRAINT "agreements_validity_period_check" CHECK ("agreements"."entry_into_force" <= "agreements"."expires_on"),
	CONSTRAINT "agreements_renewal_years_check" CHECK ("agreements"."renewal_years" between 1 and 50),
	CONSTRAINT "agreements_notice_days_check" CHECK ("agreements"."notice_days" between 0 and 3650),
	CONSTRAINT "agreements_renewal_check" CHECK ("agreements"."validity" <> 'automatic_renewal' or "agreements"."renewal_years" is not null),
	CONSTRAINT "agreements_not_own_predecessor_check" CHECK ("agreements"."predecessor_id" is null or "agreements"."predecessor_id" <> "agreements"."id")
);
--> statement-breakpoint
CREATE TABLE "focal_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"classification" text DEFAULT 'mission' NOT NULL,
	"shared_parties" text[] DEFAULT '{}'::text[] NOT NULL,
	"shared_organizations" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"restricted_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp (3) with time zone,
	"created_by" uuid,
	"organization_id" uuid NOT NULL,
	"area" text NOT NULL,
	"person_id" uuid NOT NULL,
	"from_date" date,
	"to_date" date,
	"notes" text,
	CONSTRAINT "focal_points_classification_check" CHECK ("focal_points"."classification" in ('public', 'mission', 'shared', 'restricted')),
	CONSTRAINT "focal_points_shared_parties_check" CHECK (coalesce(array_ndims("focal_points"."shared_parties"), 1) = 1 and array_position("focal_points"."shared_parties", null) is null and array_to_string("focal_points"."shared_parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "focal_points_shared_organizations_check" CHECK (coalesce(array_ndims("focal_points"."shared_organizations"), 1) = 1 and array_position("focal_points"."shared_organizations", null) is null),
	CONSTRAINT "focal_points_restricted_to_check" CHECK (coalesce(array_ndims("focal_points"."restricted_to"), 1) = 1 and array_position("focal_points"."restricted_to", null) is null),
	CONSTRAINT "focal_points_period_check" CHECK ("focal_points"."from_date" <= "focal_points"."to_date")
);
--> statement-breakpoint
CREATE TABLE "liaison_requests" (
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
	"requesting_organization_id" uuid NOT NULL,
	"target_organization_id" uuid NOT NULL,
	"agreement_id" uuid,
	"area" text,
	"subject" text NOT NULL,
	"requested_by_person_id" uuid,
	"channel" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"status_changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"target_date" date,
	"outcome" text,
	"internal_notes" text,
	"responsible_user_id" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	CONSTRAINT "liaison_requests_classification_check" CHECK ("liaison_requests"."classification" in ('public', 'mission', 'shared', 'restricted')),
	CONSTRAINT "liaison_requests_shared_parties_check" CHECK (coalesce(array_ndims("liaison_requests"."shared_parties"), 1) = 1 and array_position("liaison_requests"."shared_parties", null) is null and array_to_string("liaison_requests"."shared_parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "liaison_requests_shared_organizations_check" CHECK (coalesce(array_ndims("liaison_requests"."shared_organizations"), 1) = 1 and array_position("liaison_requests"."shared_organizations", null) is null),
	CONSTRAINT "liaison_requests_restricted_to_check" CHECK (coalesce(array_ndims("liaison_requests"."restricted_to"), 1) = 1 and array_position("liaison_requests"."restricted_to", null) is null),
	CONSTRAINT "liaison_requests_provenance_check" CHECK ("liaison_requests"."provenance" in ('REAL', 'MIXED', 'INVENTED', 'UNVERIFIED')),
	CONSTRAINT "liaison_requests_channel_check" CHECK ("liaison_requests"."channel" in ('note_verbale', 'letter', 'email', 'meeting')),
	CONSTRAINT "liaison_requests_status_check" CHECK ("liaison_requests"."status" in ('draft', 'sent', 'acknowledged', 'meeting_scheduled', 'done', 'declined', 'lapsed')),
	CONSTRAINT "liaison_requests_two_organizations_check" CHECK ("liaison_requests"."requesting_organization_id" <> "liaison_requests"."target_organization_id"),
	CONSTRAINT "liaison_requests_sharing_check" CHECK ("liaison_requests"."classification" <> 'shared' or ("liaison_requests"."shared_parties" = '{}'::text[] and "liaison_requests"."shared_organizations" @> array["liaison_requests"."requesting_organization_id", "liaison_requests"."target_organization_id"]::uuid[] and "liaison_requests"."shared_organizations" <@ array["liaison_requests"."requesting_organization_id", "liaison_requests"."target_organization_id"]::uuid[]))
);
--> statement-breakpoint
CREATE TABLE "liaison_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"on" date NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"by_user_id" uuid,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "liaison_steps_from_status_check" CHECK ("liaison_steps"."from_status" in ('draft', 'sent', 'acknowledged', 'meeting_scheduled', 'done', 'declined', 'lapsed')),
	CONSTRAINT "liaison_steps_to_status_check" CHECK ("liaison_steps"."to_status" in ('draft', 'sent', 'acknowledged', 'meeting_scheduled', 'done', 'declined', 'lapsed'))
);
--> statement-breakpoint
CREATE TABLE "mission_events" (
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
	"names" jsonb NOT NULL,
	"name_en" text GENERATED ALWAYS AS ((names ->> 'en')) STORED NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone,
	"all_day" boolean DEFAULT false NOT NULL,
	"time_zone" text NOT NULL,
	"venue" text,
	"description" text,
	"partner_organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"parties" text[] DEFAULT '{}'::text[] NOT NULL,
	"expected_participants" integer,
	"actual_participants" integer,
	"budget_minor" bigint,
	"budget_currency" text,
	"budget_currency_list" text GENERATED ALWAYS AS ('currency') STORED NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	CONSTRAINT "mission_events_classification_check" CHECK ("mission_events"."classification" in ('public', 'mission', 'shared', 'restricted')),
	CONSTRAINT "mission_events_shared_parties_check" CHECK (coalesce(array_ndims("mission_events"."shared_parties"), 1) = 1 and array_position("mission_events"."shared_parties", null) is null and array_to_string("mission_events"."shared_parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "mission_events_shared_organizations_check" CHECK (coalesce(array_ndims("mission_events"."shared_organizations"), 1) = 1 and array_position("mission_events"."shared_organizations", null) is null),
	CONSTRAINT "mission_events_restricted_to_check" CHECK (coalesce(array_ndims("mission_events"."restricted_to"), 1) = 1 and array_position("mission_events"."restricted_to", null) is null),
	CONSTRAINT "mission_events_provenance_check" CHECK ("mission_events"."provenance" in ('REAL', 'MIXED', 'INVENTED', 'UNVERIFIED')),
	CONSTRAINT "mission_events_names_object_check" CHECK (jsonb_typeof("mission_events"."names") = 'object'),
	CONSTRAINT "mission_events_names_en_check" CHECK (length(btrim(coalesce("mission_events"."names" ->> 'en', ''))) > 0),
	CONSTRAINT "mission_events_names_keys_check" CHECK (not jsonb_path_exists("mission_events"."names", '$.keyvalue() ? (!(@.key like_regex "^[a-z]{2,3}$") || @.value.type() != "string")')),
	CONSTRAINT "mission_events_kind_check" CHECK ("mission_events"."kind" in ('cultural_festival', 'exhibition', 'concert', 'film_week', 'youth_exchange', 'scholarship_programme', 'humanitarian_aid_delivery', 'disaster_relief_support', 'reception', 'commemoration', 'meeting', 'other')),
	CONSTRAINT "mission_events_status_check" CHECK ("mission_events"."status" in ('planned', 'confirmed', 'held', 'cancelled')),
	CONSTRAINT "mission_events_partner_organization_ids_check" CHECK (coalesce(array_ndims("mission_events"."partner_organization_ids"), 1) = 1 and array_position("mission_events"."partner_organization_ids", null) is null),
	CONSTRAINT "mission_events_parties_check" CHECK (coalesce(array_ndims("mission_events"."parties"), 1) = 1 and array_position("mission_events"."parties", null) is null and array_to_string("mission_events"."parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "mission_events_expected_participants_check" CHECK ("mission_events"."expected_participants" >= 0),
	CONSTRAINT "mission_events_actual_participants_check" CHECK ("mission_events"."actual_participants" >= 0),
	CONSTRAINT "mission_events_period_check" CHECK ("mission_events"."ends_at" is null or "mission_events"."ends_at" >= "mission_events"."starts_at"),
	CONSTRAINT "mission_events_budget_money_ck" CHECK (("mission_events"."budget_minor" is null) = ("mission_events"."budget_currency" is null))
);
--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_predecessor_id_agreements_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."agreements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focal_points" ADD CONSTRAINT "focal_points_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focal_points" ADD CONSTRAINT "focal_points_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focal_points" ADD CONSTRAINT "focal_points_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_requests" ADD CONSTRAINT "liaison_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_requests" ADD CONSTRAINT "liaison_requests_requesting_organization_id_organizations_id_fk" FOREIGN KEY ("requesting_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_requests" ADD CONSTRAINT "liaison_requests_target_organization_id_organizations_id_fk" FOREIGN KEY ("target_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_requests" ADD CONSTRAINT "liaison_requests_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_requests" ADD CONSTRAINT "liaison_requests_requested_by_person_id_people_id_fk" FOREIGN KEY ("requested_by_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_requests" ADD CONSTRAINT "liaison_requests_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_steps" ADD CONSTRAINT "liaison_steps_request_id_liaison_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."liaison_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "liaison_steps" ADD CONSTRAINT "liaison_steps_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_events" ADD CONSTRAINT "mission_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_events" ADD CONSTRAINT "mission_events_budget_currency_fk" FOREIGN KEY ("budget_currency_list","budget_currency") REFERENCES "public"."codelist_items"("list","code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreements_signed_idx" ON "agreements" USING btree ("signed_on","id");--> statement-breakpoint
CREATE INDEX "agreements_parties_gin" ON "agreements" USING gin ("party_organization_ids");--> statement-breakpoint
CREATE INDEX "agreements_predecessor_idx" ON "agreements" USING btree ("predecessor_id");--> statement-breakpoint
CREATE INDEX "agreements_search_trgm" ON "agreements" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "agreements_shared_orgs_gin" ON "agreements" USING gin ("shared_organizations");--> statement-breakpoint
CREATE INDEX "focal_points_org_area_idx" ON "focal_points" USING btree ("organization_id",lower("area"));--> statement-breakpoint
CREATE INDEX "focal_points_person_idx" ON "focal_points" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "liaison_requests_reference_uq" ON "liaison_requests" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "liaison_requests_status_idx" ON "liaison_requests" USING btree ("status","reference");--> statement-breakpoint
CREATE INDEX "liaison_requests_target_idx" ON "liaison_requests" USING btree ("target_date");--> statement-breakpoint
CREATE INDEX "liaison_requests_shared_orgs_gin" ON "liaison_requests" USING gin ("shared_organizations");--> statement-breakpoint
CREATE INDEX "liaison_requests_requesting_idx" ON "liaison_requests" USING btree ("requesting_organization_id");--> statement-breakpoint
CREATE INDEX "liaison_requests_target_org_idx" ON "liaison_requests" USING btree ("target_organization_id");--> statement-breakpoint
CREATE INDEX "liaison_requests_agreement_idx" ON "liaison_requests" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "liaison_requests_search_trgm" ON "liaison_requests" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "liaison_steps_request_idx" ON "liaison_steps" USING btree ("request_id","on","at");--> statement-breakpoint
CREATE UNIQUE INDEX "mission_events_reference_uq" ON "mission_events" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "mission_events_starts_idx" ON "mission_events" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "mission_events_public_idx" ON "mission_events" USING btree ("starts_at") WHERE "mission_events"."classification" = 'public';--> statement-breakpoint
CREATE INDEX "mission_events_search_trgm" ON "mission_events" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "mission_events_shared_orgs_gin" ON "mission_events" USING gin ("shared_organizations");