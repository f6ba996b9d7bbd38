ALTER TABLE "decisions" ADD COLUMN "adoption" jsonb;--> statement-breakpoint
ALTER TABLE "consultation_positions" ADD COLUMN "recorded_by_mission" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "outcome" jsonb;--> statement-breakpoint
-- Outcomes recorded before their facts were kept: the note as it was written.
UPDATE "consultations" SET "outcome" = jsonb_build_object('kind', 'recorded', 'note', "outcome_note") WHERE "outcome_note" IS NOT NULL;--> statement-breakpoint
-- "Ivan Testov (mission)": the label keeps the name; the flag says the mission recorded it.
UPDATE "consultation_positions" SET "recorded_by_mission" = true, "recorded_by_label" = left("recorded_by_label", length("recorded_by_label") - length(' (mission)')) WHERE "recorded_by_label" LIKE '% (mission)';--> statement-breakpoint
UPDATE "consultation_positions" SET "recorded_by_mission" = true WHERE "recorded_by_label" = 'Mission';
