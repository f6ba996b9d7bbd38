-- Decisions are numbered by the numbering service from here on (series
-- `decision:<meeting id>`, format `{prefix}-{meeting}/D{n}`). Carry every
-- decision already recorded into its meeting's series: the register gets each
-- existing number with its decision, and the counter stands at the meeting's
-- highest number, so the next decision follows on (JCC-20/D3 → JCC-20/D4).
INSERT INTO "number_series" ("key", "format", "per_year", "time_zone")
SELECT DISTINCT 'decision:' || "meeting_id", '{prefix}-{meeting}/D{n}', false, 'UTC'
FROM "decisions"
ON CONFLICT ("key") DO NOTHING;
--> statement-breakpoint
INSERT INTO "number_counters" ("series_key", "year", "last")
SELECT 'decision:' || "meeting_id", 0, max("seq")
FROM "decisions"
GROUP BY "meeting_id"
ON CONFLICT ("series_key", "year") DO UPDATE SET "last" = greatest("number_counters"."last", excluded."last");
--> statement-breakpoint
INSERT INTO "allocated_numbers" ("series_key", "year", "n", "code", "record_type", "record_id", "status", "allocated_at")
SELECT 'decision:' || "meeting_id", 0, "seq", "code", 'decision', "id", 'allocated', "created_at"
FROM "decisions"
ON CONFLICT DO NOTHING;
