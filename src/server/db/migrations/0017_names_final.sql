-- Names keyed by language (decision 029): `names` is required and checked, `name_en` is generated from it (dropping the old column drops its index, made again here), `name_ru` goes.
ALTER TABLE "delegations" ALTER COLUMN "names" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" drop column "name_en";--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "name_en" text GENERATED ALWAYS AS ((names ->> 'en')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "organizations_name_idx" ON "organizations" USING btree (lower("name_en"),"id");--> statement-breakpoint
ALTER TABLE "organizations" ALTER COLUMN "names" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "parties" drop column "name_en";--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "name_en" text GENERATED ALWAYS AS ((names ->> 'en')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "parties" ALTER COLUMN "names" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "bodies" drop column "name_en";--> statement-breakpoint
ALTER TABLE "bodies" ADD COLUMN "name_en" text GENERATED ALWAYS AS ((names ->> 'en')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "bodies_name_idx" ON "bodies" USING btree (lower("name_en"),"id");--> statement-breakpoint
ALTER TABLE "bodies" ALTER COLUMN "names" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "delegations" DROP COLUMN "name";--> statement-breakpoint
ALTER TABLE "delegations" DROP COLUMN "name_ru";--> statement-breakpoint
ALTER TABLE "organizations" DROP COLUMN "name_ru";--> statement-breakpoint
ALTER TABLE "parties" DROP COLUMN "name_ru";--> statement-breakpoint
ALTER TABLE "bodies" DROP COLUMN "name_ru";--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_names_object_check" CHECK (jsonb_typeof("delegations"."names") = 'object');--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_names_en_check" CHECK (length(btrim(coalesce("delegations"."names" ->> 'en', ''))) > 0);--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_names_keys_check" CHECK (not jsonb_path_exists("delegations"."names", '$.keyvalue() ? (!(@.key like_regex "^[a-z]{2,3}$") || @.value.type() != "string")'));--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_names_object_check" CHECK (jsonb_typeof("organizations"."names") = 'object');--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_names_en_check" CHECK (length(btrim(coalesce("organizations"."names" ->> 'en', ''))) > 0);--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_names_keys_check" CHECK (not jsonb_path_exists("organizations"."names", '$.keyvalue() ? (!(@.key like_regex "^[a-z]{2,3}$") || @.value.type() != "string")'));--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_names_object_check" CHECK (jsonb_typeof("parties"."names") = 'object');--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_names_en_check" CHECK (length(btrim(coalesce("parties"."names" ->> 'en', ''))) > 0);--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_names_keys_check" CHECK (not jsonb_path_exists("parties"."names", '$.keyvalue() ? (!(@.key like_regex "^[a-z]{2,3}$") || @.value.type() != "string")'));--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_names_object_check" CHECK (jsonb_typeof("bodies"."names") = 'object');--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_names_en_check" CHECK (length(btrim(coalesce("bodies"."names" ->> 'en', ''))) > 0);--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_names_keys_check" CHECK (not jsonb_path_exists("bodies"."names", '$.keyvalue() ? (!(@.key like_regex "^[a-z]{2,3}$") || @.value.type() != "string")'));