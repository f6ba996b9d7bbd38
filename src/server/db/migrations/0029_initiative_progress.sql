CREATE TABLE "initiative_report_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"title" text NOT NULL,
	"unit" text NOT NULL,
	"baseline_year" integer,
	"baseline" numeric(20, 4),
	"target" numeric(20, 4),
	"actual" numeric(20, 4),
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "initiative_report_indicators_baseline_year_check" CHECK ("initiative_report_indicators"."baseline_year" between 1990 and 2100)
);
--> statement-breakpoint
CREATE TABLE "initiative_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_date" date,
	"submitted_on" date,
	"narrative" text,
	"percent_complete" integer,
	"reminders_sent" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_reports_period_check" CHECK ("initiative_reports"."period_start" <= "initiative_reports"."period_end"),
	CONSTRAINT "initiative_reports_percent_complete_check" CHECK ("initiative_reports"."percent_complete" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "initiative_risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"title" text NOT NULL,
	"likelihood" integer NOT NULL,
	"impact" integer NOT NULL,
	"mitigation" text,
	"owner" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_risks_likelihood_check" CHECK ("initiative_risks"."likelihood" between 1 and 5),
	CONSTRAINT "initiative_risks_impact_check" CHECK ("initiative_risks"."impact" between 1 and 5),
	CONSTRAINT "initiative_risks_status_check" CHECK ("initiative_risks"."status" in ('open', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "initiative_milestones" ADD COLUMN "reminders_sent" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "initiative_report_indicators" ADD CONSTRAINT "initiative_report_indicators_report_id_initiative_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."initiative_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_reports" ADD CONSTRAINT "initiative_reports_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_risks" ADD CONSTRAINT "initiative_risks_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_report_indicators_report_idx" ON "initiative_report_indicators" USING btree ("report_id","position");--> statement-breakpoint
CREATE INDEX "initiative_reports_initiative_idx" ON "initiative_reports" USING btree ("initiative_id","period_start");--> statement-breakpoint
CREATE INDEX "initiative_risks_initiative_idx" ON "initiative_risks" USING btree ("initiative_id");