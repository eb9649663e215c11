CREATE TABLE "diagnostic_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"family" text NOT NULL,
	"kind" text NOT NULL,
	"conditions" jsonb NOT NULL,
	"finding" jsonb NOT NULL,
	"action" jsonb NOT NULL,
	"priority" text NOT NULL,
	"links" jsonb NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "diagnostics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sector" text DEFAULT '' NOT NULL,
	"organisation_id" uuid,
	"user_id" uuid,
	"province" text DEFAULT '' NOT NULL,
	"city_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "diagnostics" ADD CONSTRAINT "diagnostics_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostics" ADD CONSTRAINT "diagnostics_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostics" ADD CONSTRAINT "diagnostics_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "diagnostics_organisation_idx" ON "diagnostics" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "diagnostics_city_idx" ON "diagnostics" USING btree ("city_id");