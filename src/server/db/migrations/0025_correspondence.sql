CREATE TABLE "correspondence" (
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
	"direction" text NOT NULL,
	"kind" text NOT NULL,
	"series_key" text NOT NULL,
	"register_number" text NOT NULL,
	"date" date NOT NULL,
	"sender_organization_id" uuid,
	"sender_person_id" uuid,
	"sender_party_code" text,
	"their_reference" text,
	"subject" text NOT NULL,
	"language" text NOT NULL,
	"body" text,
	"status" text NOT NULL,
	"due_date" date,
	"assignee_user_id" uuid,
	"approved_at" timestamp (3) with time zone,
	"approved_by" uuid,
	"template_id" uuid,
	"in_reply_to_id" uuid,
	"scan_document_id" uuid,
	"pdf_document_id" uuid,
	"cancel_reason" text,
	"search_text" text DEFAULT '' NOT NULL,
	CONSTRAINT "correspondence_classification_check" CHECK ("correspondence"."classification" in ('public', 'mission', 'shared', 'restricted')),
	CONSTRAINT "correspondence_shared_parties_check" CHECK (coalesce(array_ndims("correspondence"."shared_parties"), 1) = 1 and array_position("correspondence"."shared_parties", null) is null and array_to_string("correspondence"."shared_parties", ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
	CONSTRAINT "correspondence_shared_organizations_check" CHECK (coalesce(array_ndims("correspondence"."shared_organizations"), 1) = 1 and array_position("correspondence"."shared_organizations", null) is null),
	CONSTRAINT "correspondence_restricted_to_check" CHECK (coalesce(array_ndims("correspondence"."restricted_to"), 1) = 1 and array_position("correspondence"."restricted_to", null) is null),
	CONSTRAINT "correspondence_provenance_check" CHECK ("correspondence"."provenance" in ('REAL', 'MIXED', 'INVENTED', 'UNVERIFIED')),
	CONSTRAINT "correspondence_direction_check" CHECK ("correspondence"."direction" in ('outgoing', 'incoming')),
	CONSTRAINT "correspondence_kind_check" CHECK ("correspondence"."kind" in ('note_verbale', 'letter', 'aide_memoire', 'non_paper', 'email_of_record')),
	CONSTRAINT "correspondence_status_check" CHECK ("correspondence"."status" in ('draft', 'approved', 'dispatched', 'acknowledged', 'registered', 'assigned', 'answered', 'filed', 'cancelled')),
	CONSTRAINT "correspondence_language_check" CHECK ("correspondence"."language" in ('en', 'ru')),
	CONSTRAINT "correspondence_status_direction_check" CHECK ("correspondence"."status" = 'cancelled' or ("correspondence"."direction" = 'outgoing') = ("correspondence"."status" in ('draft','approved','dispatched','acknowledged'))),
	CONSTRAINT "correspondence_not_public_check" CHECK ("correspondence"."classification" <> 'public')
);
--> statement-breakpoint
CREATE TABLE "correspondence_addressees" (
	"correspondence_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid,
	"party_code" text,
	"email" text,
	"title" text
);
--> statement-breakpoint
CREATE TABLE "correspondence_dispatches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"correspondence_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"organization_id" uuid,
	"to_address" text,
	"outbox_id" uuid,
	"note" text,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"by_user_id" uuid,
	CONSTRAINT "correspondence_dispatches_mode_check" CHECK ("correspondence_dispatches"."mode" in ('email', 'hand', 'courier'))
);
--> statement-breakpoint
CREATE TABLE "correspondence_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"opening" text NOT NULL,
	"closing" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "correspondence_templates_kind_check" CHECK ("correspondence_templates"."kind" in ('note_verbale', 'letter')),
	CONSTRAINT "correspondence_templates_language_check" CHECK ("correspondence_templates"."language" in ('en', 'ru'))
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_sender_organization_id_organizations_id_fk" FOREIGN KEY ("sender_organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_sender_person_id_people_id_fk" FOREIGN KEY ("sender_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_sender_party_code_parties_code_fk" FOREIGN KEY ("sender_party_code") REFERENCES "public"."parties"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_template_id_correspondence_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."correspondence_templates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_in_reply_to_id_correspondence_id_fk" FOREIGN KEY ("in_reply_to_id") REFERENCES "public"."correspondence"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_scan_document_id_documents_id_fk" FOREIGN KEY ("scan_document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence" ADD CONSTRAINT "correspondence_pdf_document_id_documents_id_fk" FOREIGN KEY ("pdf_document_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_addressees" ADD CONSTRAINT "correspondence_addressees_correspondence_id_correspondence_id_fk" FOREIGN KEY ("correspondence_id") REFERENCES "public"."correspondence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_addressees" ADD CONSTRAINT "correspondence_addressees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_addressees" ADD CONSTRAINT "correspondence_addressees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_addressees" ADD CONSTRAINT "correspondence_addressees_party_code_parties_code_fk" FOREIGN KEY ("party_code") REFERENCES "public"."parties"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_dispatches" ADD CONSTRAINT "correspondence_dispatches_correspondence_id_correspondence_id_fk" FOREIGN KEY ("correspondence_id") REFERENCES "public"."correspondence"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_dispatches" ADD CONSTRAINT "correspondence_dispatches_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_dispatches" ADD CONSTRAINT "correspondence_dispatches_outbox_id_mail_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_dispatches" ADD CONSTRAINT "correspondence_dispatches_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correspondence_templates" ADD CONSTRAINT "correspondence_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "correspondence_register_number_uq" ON "correspondence" USING btree ("series_key","register_number");--> statement-breakpoint
CREATE INDEX "correspondence_date_idx" ON "correspondence" USING btree ("date","id");--> statement-breakpoint
CREATE INDEX "correspondence_number_idx" ON "correspondence" USING btree ("register_number","id");--> statement-breakpoint
CREATE INDEX "correspondence_due_idx" ON "correspondence" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "correspondence_reply_idx" ON "correspondence" USING btree ("in_reply_to_id");--> statement-breakpoint
CREATE INDEX "correspondence_search_trgm" ON "correspondence" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "correspondence_shared_parties_gin" ON "correspondence" USING gin ("shared_parties");--> statement-breakpoint
CREATE UNIQUE INDEX "correspondence_addressees_pk" ON "correspondence_addressees" USING btree ("correspondence_id","position");--> statement-breakpoint
CREATE INDEX "correspondence_addressees_org_idx" ON "correspondence_addressees" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "correspondence_dispatches_item_idx" ON "correspondence_dispatches" USING btree ("correspondence_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "correspondence_templates_version_uq" ON "correspondence_templates" USING btree ("key","language","version");--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_attachments_check" CHECK (jsonb_typeof("mail_outbox"."attachments") = 'array');