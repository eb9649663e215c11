CREATE TABLE "event_courses" (
	"event_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_courses_event_id_course_id_pk" PRIMARY KEY("event_id","course_id")
);
--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "certificate_code" text;--> statement-breakpoint
ALTER TABLE "event_courses" ADD CONSTRAINT "event_courses_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_courses" ADD CONSTRAINT "event_courses_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_courses_course_idx" ON "event_courses" USING btree ("course_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_certificate_code_key" ON "enrolments" USING btree ("certificate_code");