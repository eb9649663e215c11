CREATE TABLE "cascade_settings" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"certifies" boolean DEFAULT true NOT NULL,
	"attendance_percent" integer DEFAULT 100 NOT NULL,
	"session_plan" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cascade_settings_attendance_check" CHECK ("cascade_settings"."attendance_percent" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"months" integer NOT NULL,
	"registration_id" uuid,
	"attendee_id" uuid,
	"email" text NOT NULL,
	"lang" text DEFAULT 'zh' NOT NULL,
	"token_hash" text NOT NULL,
	"sent_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"opted_out_at" timestamp with time zone,
	"answers" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_ups_months_check" CHECK ("follow_ups"."months" in (3, 6))
);
--> statement-breakpoint
CREATE TABLE "local_sessions" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"trainer_id" uuid NOT NULL,
	"sector" text DEFAULT '' NOT NULL,
	"planned_size" integer,
	"lang" text DEFAULT 'zh' NOT NULL,
	"claimed_headcount" integer,
	"claimed_note" text DEFAULT '' NOT NULL,
	"verification" text DEFAULT 'pending' NOT NULL,
	"sign_in_key" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "local_sessions_sizes_check" CHECK (("local_sessions"."planned_size" is null or "local_sessions"."planned_size" >= 0) and ("local_sessions"."claimed_headcount" is null or "local_sessions"."claimed_headcount" >= 0))
);
--> statement-breakpoint
CREATE TABLE "logframe_targets" (
	"programme_id" uuid NOT NULL,
	"code" text NOT NULL,
	"baseline" numeric,
	"target" numeric,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "logframe_targets_programme_id_code_pk" PRIMARY KEY("programme_id","code")
);
--> statement-breakpoint
CREATE TABLE "session_attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"organisation_code" text DEFAULT '' NOT NULL,
	"is_sme" boolean DEFAULT true NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"sector" text DEFAULT '' NOT NULL,
	"sex" text,
	"lang" text DEFAULT 'zh' NOT NULL,
	"person_key" text NOT NULL,
	"org_key" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"consent_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"step" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"source_event_id" uuid NOT NULL,
	"registration_id" uuid,
	"attendee_id" uuid,
	"user_id" uuid,
	"name" text NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"lang" text DEFAULT 'zh' NOT NULL,
	"city_id" uuid NOT NULL,
	"province" text NOT NULL,
	"level" integer DEFAULT 1 NOT NULL,
	"basis" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"granted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoked_reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "trainers_person_check" CHECK (("trainers"."registration_id" is null) <> ("trainers"."attendee_id" is null))
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "kind" text DEFAULT 'training' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "parent_event_id" uuid;--> statement-breakpoint
ALTER TABLE "cascade_settings" ADD CONSTRAINT "cascade_settings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_attendee_id_session_attendees_id_fk" FOREIGN KEY ("attendee_id") REFERENCES "public"."session_attendees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_sessions" ADD CONSTRAINT "local_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_sessions" ADD CONSTRAINT "local_sessions_trainer_id_trainers_id_fk" FOREIGN KEY ("trainer_id") REFERENCES "public"."trainers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logframe_targets" ADD CONSTRAINT "logframe_targets_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendees" ADD CONSTRAINT "session_attendees_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_evidence" ADD CONSTRAINT "session_evidence_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_evidence" ADD CONSTRAINT "session_evidence_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_verifications" ADD CONSTRAINT "session_verifications_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainers" ADD CONSTRAINT "trainers_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainers" ADD CONSTRAINT "trainers_source_event_id_events_id_fk" FOREIGN KEY ("source_event_id") REFERENCES "public"."events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainers" ADD CONSTRAINT "trainers_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainers" ADD CONSTRAINT "trainers_attendee_id_session_attendees_id_fk" FOREIGN KEY ("attendee_id") REFERENCES "public"."session_attendees"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainers" ADD CONSTRAINT "trainers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainers" ADD CONSTRAINT "trainers_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_token_key" ON "follow_ups" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_registration_key" ON "follow_ups" USING btree ("event_id","months","registration_id") WHERE "follow_ups"."registration_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_attendee_key" ON "follow_ups" USING btree ("event_id","months","attendee_id") WHERE "follow_ups"."attendee_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "local_sessions_sign_in_key" ON "local_sessions" USING btree ("sign_in_key");--> statement-breakpoint
CREATE INDEX "local_sessions_trainer_idx" ON "local_sessions" USING btree ("trainer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_attendees_person_key" ON "session_attendees" USING btree ("event_id","person_key");--> statement-breakpoint
CREATE INDEX "session_attendees_person_idx" ON "session_attendees" USING btree ("person_key");--> statement-breakpoint
CREATE INDEX "session_attendees_org_idx" ON "session_attendees" USING btree ("org_key");--> statement-breakpoint
CREATE INDEX "session_evidence_event_idx" ON "session_evidence" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "session_verifications_event_idx" ON "session_verifications" USING btree ("event_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "trainers_registration_key" ON "trainers" USING btree ("source_event_id","registration_id") WHERE "trainers"."revoked_at" is null and "trainers"."registration_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "trainers_attendee_key" ON "trainers" USING btree ("source_event_id","attendee_id") WHERE "trainers"."revoked_at" is null and "trainers"."attendee_id" is not null;--> statement-breakpoint
CREATE INDEX "trainers_programme_idx" ON "trainers" USING btree ("programme_id","province","city_id");--> statement-breakpoint
CREATE INDEX "trainers_user_idx" ON "trainers" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_parent_event_id_events_id_fk" FOREIGN KEY ("parent_event_id") REFERENCES "public"."events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_parent_idx" ON "events" USING btree ("parent_event_id");