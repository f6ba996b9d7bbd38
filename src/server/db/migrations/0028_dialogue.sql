CREATE TABLE "engagement_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"side" text NOT NULL,
	"post_title" text,
	"post_organization_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "engagement_participants_side_check" CHECK ("engagement_participants"."side" in ('ours', 'theirs'))
);
--> statement-breakpoint
CREATE TABLE "engagements" (
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
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone,
	"time_zone" text NOT NULL,
	"place" text,
	"organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"party_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"summary" text,
	"outcomes" text,
	"search_text" text DEFAULT '' NOT NULL,
	CONSTRAINT "engagements_kind_check" CHECK ("engagements"."kind" in ('meeting', 'courtesy_call', 'phone_call', 'video_call', 'visit_meeting', 'demarche', 'reception', 'working_lunch', 'other')),
	CONSTRAINT "engagements_period_check" CHECK ("engagements"."starts_at" <= "engagements"."ends_at"),
	CONSTRAINT "engagements_party_codes_check" CHECK (coalesce(array_ndims("engagements"."party_codes"), 1) = 1 and array_position("engagements"."party_codes", null) is null and array_to_string("engagements"."party_codes", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "engagements_organization_ids_check" CHECK (coalesce(array_ndims("engagements"."organization_ids"), 1) = 1 and array_position("engagements"."organization_ids", null) is null),
	CONSTRAINT "engagements_classification_check" CHECK ("engagements"."classification" in ('public', 'mission', 'shared', 'restricted')),
	CONSTRAINT "engagements_shared_parties_check" CHECK (coalesce(array_ndims("engagements"."shared_parties"), 1) = 1 and array_position("engagements"."shared_parties", null) is null and array_to_string("engagements"."shared_parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "engagements_shared_organizations_check" CHECK (coalesce(array_ndims("engagements"."shared_organizations"), 1) = 1 and array_position("engagements"."shared_organizations", null) is null),
	CONSTRAINT "engagements_restricted_to_check" CHECK (coalesce(array_ndims("engagements"."restricted_to"), 1) = 1 and array_position("engagements"."restricted_to", null) is null),
	CONSTRAINT "engagements_provenance_check" CHECK ("engagements"."provenance" in ('REAL', 'MIXED', 'INVENTED', 'UNVERIFIED'))
);
--> statement-breakpoint
CREATE TABLE "gift_custody" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gift_id" uuid NOT NULL,
	"disposition" text NOT NULL,
	"location" text,
	"note" text,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"by_user_id" uuid,
	CONSTRAINT "gift_custody_disposition_check" CHECK ("gift_custody"."disposition" in ('pending', 'retained_official_use', 'on_display', 'deposited', 'transferred', 'purchased_by_recipient', 'returned', 'kept_by_recipient'))
);
--> statement-breakpoint
CREATE TABLE "gifts" (
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
	"direction" text NOT NULL,
	"date" date NOT NULL,
	"engagement_id" uuid,
	"occasion" text,
	"place" text,
	"donor_person_id" uuid,
	"donor_post_title" text,
	"donor_organization_id" uuid,
	"donor_party_code" text,
	"donor_name" text,
	"recipient_person_id" uuid,
	"recipient_post_title" text,
	"recipient_organization_id" uuid,
	"recipient_party_code" text,
	"recipient_name" text,
	"description" text NOT NULL,
	"category" text DEFAULT 'other' NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"value_minor" bigint,
	"value_currency" text,
	"value_currency_list" text GENERATED ALWAYS AS ('currency') STORED NOT NULL,
	"valuation_method" text,
	"valuation_date" date,
	"circumstances" text,
	"approval_sought" boolean DEFAULT false NOT NULL,
	"approved_by" text,
	"disposition" text DEFAULT 'pending' NOT NULL,
	"location" text,
	"search_text" text DEFAULT '' NOT NULL,
	CONSTRAINT "gifts_direction_check" CHECK ("gifts"."direction" in ('given', 'received')),
	CONSTRAINT "gifts_category_check" CHECK ("gifts"."category" in ('art', 'souvenir', 'jewellery', 'textile', 'book', 'food_drink', 'photograph', 'other')),
	CONSTRAINT "gifts_disposition_check" CHECK ("gifts"."disposition" in ('pending', 'retained_official_use', 'on_display', 'deposited', 'transferred', 'purchased_by_recipient', 'returned', 'kept_by_recipient')),
	CONSTRAINT "gifts_quantity_check" CHECK ("gifts"."quantity" >= 1),
	CONSTRAINT "gifts_value_money_ck" CHECK (("gifts"."value_minor" is null) = ("gifts"."value_currency" is null)),
	CONSTRAINT "gifts_value_check" CHECK ("gifts"."value_minor" is null or "gifts"."value_minor" >= 0),
	CONSTRAINT "gifts_classification_check" CHECK ("gifts"."classification" in ('public', 'mission', 'shared', 'restricted')),
	CONSTRAINT "gifts_shared_parties_check" CHECK (coalesce(array_ndims("gifts"."shared_parties"), 1) = 1 and array_position("gifts"."shared_parties", null) is null and array_to_string("gifts"."shared_parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "gifts_shared_organizations_check" CHECK (coalesce(array_ndims("gifts"."shared_organizations"), 1) = 1 and array_position("gifts"."shared_organizations", null) is null),
	CONSTRAINT "gifts_restricted_to_check" CHECK (coalesce(array_ndims("gifts"."restricted_to"), 1) = 1 and array_position("gifts"."restricted_to", null) is null),
	CONSTRAINT "gifts_provenance_check" CHECK ("gifts"."provenance" in ('REAL', 'MIXED', 'INVENTED', 'UNVERIFIED'))
);
--> statement-breakpoint
ALTER TABLE "action_items" ALTER COLUMN "meeting_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "action_items" ALTER COLUMN "body_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "subject_type" text;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "classification" text DEFAULT 'mission' NOT NULL;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "shared_parties" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "shared_organizations" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "restricted_to" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_participants" ADD CONSTRAINT "engagement_participants_post_organization_id_organizations_id_fk" FOREIGN KEY ("post_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_custody" ADD CONSTRAINT "gift_custody_gift_id_gifts_id_fk" FOREIGN KEY ("gift_id") REFERENCES "public"."gifts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_custody" ADD CONSTRAINT "gift_custody_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_donor_person_id_people_id_fk" FOREIGN KEY ("donor_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_donor_organization_id_organizations_id_fk" FOREIGN KEY ("donor_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_donor_party_code_parties_code_fk" FOREIGN KEY ("donor_party_code") REFERENCES "public"."parties"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_recipient_person_id_people_id_fk" FOREIGN KEY ("recipient_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_recipient_organization_id_organizations_id_fk" FOREIGN KEY ("recipient_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_recipient_party_code_parties_code_fk" FOREIGN KEY ("recipient_party_code") REFERENCES "public"."parties"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_value_currency_fk" FOREIGN KEY ("value_currency_list","value_currency") REFERENCES "public"."codelist_items"("list","code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_participants_uq" ON "engagement_participants" USING btree ("engagement_id","person_id");--> statement-breakpoint
CREATE INDEX "engagement_participants_person_idx" ON "engagement_participants" USING btree ("person_id","engagement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "engagements_reference_uq" ON "engagements" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "engagements_starts_idx" ON "engagements" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "engagements_orgs_gin" ON "engagements" USING gin ("organization_ids");--> statement-breakpoint
CREATE INDEX "engagements_parties_gin" ON "engagements" USING gin ("party_codes");--> statement-breakpoint
CREATE INDEX "engagements_topics_gin" ON "engagements" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "engagements_search_trgm" ON "engagements" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "gift_custody_gift_idx" ON "gift_custody" USING btree ("gift_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "gifts_reference_uq" ON "gifts" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "gifts_date_idx" ON "gifts" USING btree ("date","id");--> statement-breakpoint
CREATE INDEX "action_items_subject_idx" ON "action_items" USING btree ("subject_type","subject_id");--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_source_check" CHECK (("action_items"."meeting_id" is not null and "action_items"."body_id" is not null and "action_items"."subject_type" is null and "action_items"."subject_id" is null) or ("action_items"."meeting_id" is null and "action_items"."subject_type" is not null and "action_items"."subject_id" is not null));--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_classification_check" CHECK ("action_items"."classification" in ('public', 'mission', 'shared', 'restricted'));--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_shared_parties_check" CHECK (coalesce(array_ndims("action_items"."shared_parties"), 1) = 1 and array_position("action_items"."shared_parties", null) is null and array_to_string("action_items"."shared_parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$');--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_shared_organizations_check" CHECK (coalesce(array_ndims("action_items"."shared_organizations"), 1) = 1 and array_position("action_items"."shared_organizations", null) is null);--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_restricted_to_check" CHECK (coalesce(array_ndims("action_items"."restricted_to"), 1) = 1 and array_position("action_items"."restricted_to", null) is null);