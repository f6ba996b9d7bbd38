-- The `links` arrays of work-plan lines, agenda items and decisions become rows
-- of record_links of kind `references`, in the order they were listed (the
-- next migration drops the arrays). Entries without a record type and a uuid,
-- repeats of an earlier entry and links of a record to itself are left out.
-- A link keeps the time its record was last changed as its creation time.
INSERT INTO "record_links" ("from_type", "from_id", "to_type", "to_id", "kind", "position", "created_at")
SELECT DISTINCT ON ("from_type", "from_id", "to_type", "to_id") "from_type", "from_id", "to_type", "to_id", 'references', "position", "created_at"
FROM (
  SELECT "from_type", "from_id", "entry"->>'recordType' AS "to_type",
         CASE WHEN "entry"->>'recordId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN ("entry"->>'recordId')::uuid END AS "to_id",
         ("ord" - 1)::integer AS "position", "created_at"
  FROM (
    SELECT 'work_plan_line' AS "from_type", "id" AS "from_id", "links", "updated_at" AS "created_at" FROM "work_plan_lines"
    UNION ALL
    SELECT 'agenda_item', "id", "links", "updated_at" FROM "agenda_items"
    UNION ALL
    SELECT 'decision', "id", "links", "updated_at" FROM "decisions"
  ) AS "owner"
  CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof("owner"."links") = 'array' THEN "owner"."links" ELSE '[]'::jsonb END) WITH ORDINALITY AS "e"("entry", "ord")
) AS "link"
WHERE "to_type" ~ '^[a-z][a-z_]{1,39}$' AND "to_id" IS NOT NULL AND NOT ("to_type" = "from_type" AND "to_id" = "from_id")
ORDER BY "from_type", "from_id", "to_type", "to_id", "position"
ON CONFLICT DO NOTHING;
