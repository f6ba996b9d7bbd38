-- Names keyed by language (decision 029): each record's English and Russian names move into `names`.
-- A blank English name (possible only through direct SQL) falls back to the Russian name, so that every record keeps an English key.
UPDATE "parties" SET "names" = jsonb_build_object('en', coalesce(nullif(btrim("name_en"), ''), nullif(btrim("name_ru"), ''), "name_en"))
  || CASE WHEN nullif(btrim("name_ru"), '') IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('ru', btrim("name_ru")) END;--> statement-breakpoint
UPDATE "organizations" SET "names" = jsonb_build_object('en', coalesce(nullif(btrim("name_en"), ''), nullif(btrim("name_ru"), ''), "name_en"))
  || CASE WHEN nullif(btrim("name_ru"), '') IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('ru', btrim("name_ru")) END;--> statement-breakpoint
UPDATE "bodies" SET "names" = jsonb_build_object('en', coalesce(nullif(btrim("name_en"), ''), nullif(btrim("name_ru"), ''), "name_en"))
  || CASE WHEN nullif(btrim("name_ru"), '') IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('ru', btrim("name_ru")) END;--> statement-breakpoint
UPDATE "delegations" SET "names" = jsonb_build_object('en', coalesce(nullif(btrim("name"), ''), nullif(btrim("name_ru"), ''), "name"))
  || CASE WHEN nullif(btrim("name_ru"), '') IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('ru', btrim("name_ru")) END;
