-- Funds keep their names keyed by language (decision 029): `names` is filled from the old columns, `name_en` is generated from it (dropping the old column drops its index, made again here), `name_ru` goes.
ALTER TABLE "funds" ADD COLUMN "names" jsonb;--> statement-breakpoint
UPDATE "funds" SET "names" = jsonb_strip_nulls(jsonb_build_object('en', "name_en", 'ru', nullif(btrim("name_ru"), '')));--> statement-breakpoint
ALTER TABLE "funds" ALTER COLUMN "names" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "funds" drop column "name_en";--> statement-breakpoint
ALTER TABLE "funds" ADD COLUMN "name_en" text GENERATED ALWAYS AS ((names ->> 'en')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "funds_name_idx" ON "funds" USING btree (lower("name_en"),"id");--> statement-breakpoint
ALTER TABLE "funds" DROP COLUMN "name_ru";--> statement-breakpoint
ALTER TABLE "funds" ADD CONSTRAINT "funds_names_object_check" CHECK (jsonb_typeof("funds"."names") = 'object');--> statement-breakpoint
ALTER TABLE "funds" ADD CONSTRAINT "funds_names_en_check" CHECK (length(btrim(coalesce("funds"."names" ->> 'en', ''))) > 0);--> statement-breakpoint
ALTER TABLE "funds" ADD CONSTRAINT "funds_names_keys_check" CHECK (not jsonb_path_exists("funds"."names", '$.keyvalue() ? (!(@.key like_regex "^[a-z]{2,3}$") || @.value.type() != "string")'));
