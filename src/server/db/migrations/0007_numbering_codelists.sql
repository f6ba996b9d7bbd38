CREATE TABLE "codelist_items" (
	"list" text NOT NULL,
	"code" text NOT NULL,
	"labels" jsonb NOT NULL,
	"descriptions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"position" integer NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"withdrawn" boolean DEFAULT false NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "codelist_items_list_code_pk" PRIMARY KEY("list","code"),
	CONSTRAINT "codelist_items_validity_ck" CHECK ("codelist_items"."valid_from" is null or "codelist_items"."valid_to" is null or "codelist_items"."valid_from" <= "codelist_items"."valid_to"),
	CONSTRAINT "codelist_items_label_en_ck" CHECK ("codelist_items"."labels" ? 'en')
);
--> statement-breakpoint
CREATE TABLE "codelists" (
	"list" text PRIMARY KEY NOT NULL,
	"names" jsonb NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"licence" text,
	"version" text,
	"digest" text NOT NULL,
	"loaded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocated_numbers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_key" text NOT NULL,
	"year" integer NOT NULL,
	"n" integer NOT NULL,
	"code" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"status" text DEFAULT 'allocated' NOT NULL,
	"allocated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"allocated_by" uuid,
	"cancelled_at" timestamp (3) with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	CONSTRAINT "allocated_numbers_n_ck" CHECK ("allocated_numbers"."n" >= 1 and "allocated_numbers"."year" >= 0),
	CONSTRAINT "allocated_numbers_status_ck" CHECK ("allocated_numbers"."status" in ('allocated', 'cancelled')),
	CONSTRAINT "allocated_numbers_cancelled_ck" CHECK (("allocated_numbers"."status" = 'cancelled') = ("allocated_numbers"."cancelled_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "number_counters" (
	"series_key" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "number_counters_series_key_year_pk" PRIMARY KEY("series_key","year"),
	CONSTRAINT "number_counters_last_ck" CHECK ("number_counters"."last" >= 1 and "number_counters"."year" >= 0)
);
--> statement-breakpoint
CREATE TABLE "number_series" (
	"key" text PRIMARY KEY NOT NULL,
	"format" text NOT NULL,
	"per_year" boolean DEFAULT false NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "codelist_items" ADD CONSTRAINT "codelist_items_list_codelists_list_fk" FOREIGN KEY ("list") REFERENCES "public"."codelists"("list") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocated_numbers" ADD CONSTRAINT "allocated_numbers_series_key_number_series_key_fk" FOREIGN KEY ("series_key") REFERENCES "public"."number_series"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocated_numbers" ADD CONSTRAINT "allocated_numbers_allocated_by_users_id_fk" FOREIGN KEY ("allocated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocated_numbers" ADD CONSTRAINT "allocated_numbers_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "number_counters" ADD CONSTRAINT "number_counters_series_key_number_series_key_fk" FOREIGN KEY ("series_key") REFERENCES "public"."number_series"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allocated_numbers_series_n_uq" ON "allocated_numbers" USING btree ("series_key","year","n");--> statement-breakpoint
CREATE UNIQUE INDEX "allocated_numbers_series_code_uq" ON "allocated_numbers" USING btree ("series_key","code");--> statement-breakpoint
CREATE INDEX "allocated_numbers_record_idx" ON "allocated_numbers" USING btree ("record_type","record_id");