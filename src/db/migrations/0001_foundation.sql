CREATE TABLE "account_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"user_id" uuid,
	"role" text,
	"scopes" jsonb,
	"lang" text DEFAULT 'zh' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "account_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "form_submissions" (
	"token" text PRIMARY KEY NOT NULL,
	"result" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"succeeded" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_scopes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"province" text NOT NULL,
	"city_id" uuid
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"password_hash" text,
	"role" text DEFAULT 'official' NOT NULL,
	"preferred_lang" text DEFAULT 'zh' NOT NULL,
	"organisation_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"day" date NOT NULL,
	"source" text NOT NULL,
	"checked_in_by" uuid,
	"checked_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"short_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_email" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"abbreviation" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"size" text DEFAULT 'unknown' NOT NULL,
	"sector" text DEFAULT '' NOT NULL,
	"province" text DEFAULT '' NOT NULL,
	"city_id" uuid,
	"website" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_alt" text DEFAULT '' NOT NULL,
	"honorific" text DEFAULT '' NOT NULL,
	"organisation_id" uuid,
	"role" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"sex" text,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"seq" bigserial NOT NULL,
	"code" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoked_reason" text
);
--> statement-breakpoint
CREATE TABLE "document_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"file_id" uuid,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"round" text DEFAULT '' NOT NULL,
	"title" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"city_id" uuid NOT NULL,
	"province" text NOT NULL,
	"venue" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"date_precision" text DEFAULT 'day' NOT NULL,
	"audience" text DEFAULT 'officials' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"reported_headcount" integer,
	"headcount_approximate" boolean DEFAULT false NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"en_edited_at" timestamp with time zone,
	"zh_edited_at" timestamp with time zone,
	"translation_status" text DEFAULT 'needs_translation' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "headcount_report_events" (
	"report_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	CONSTRAINT "headcount_report_events_report_id_event_id_pk" PRIMARY KEY("report_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "headcount_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"label" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"count" integer NOT NULL,
	"approximate" boolean DEFAULT true NOT NULL,
	"basis" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_partners" (
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text DEFAULT 'partner' NOT NULL,
	CONSTRAINT "programme_partners_programme_id_organisation_id_pk" PRIMARY KEY("programme_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer,
	"en_edited_at" timestamp with time zone,
	"zh_edited_at" timestamp with time zone,
	"translation_status" text DEFAULT 'needs_translation' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_invitations" (
	"registration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "feedback_invitations_registration_id_kind_pk" PRIMARY KEY("registration_id","kind")
);
--> statement-breakpoint
CREATE TABLE "feedback_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"instrument" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"prompt" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"explanation" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"en_edited_at" timestamp with time zone,
	"zh_edited_at" timestamp with time zone,
	"translation_status" text DEFAULT 'needs_translation' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_settings" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"test_published" boolean DEFAULT false NOT NULL,
	"survey_published" boolean DEFAULT false NOT NULL,
	"pass_percent" integer DEFAULT 60 NOT NULL,
	"pre_closes_at" timestamp with time zone,
	"post_opens_at" timestamp with time zone,
	"post_closes_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_settings_pass_check" CHECK ("feedback_settings"."pass_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "feedback_survey_answers" (
	"response_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"rating" smallint,
	"comment" text,
	CONSTRAINT "feedback_survey_answers_response_id_question_id_pk" PRIMARY KEY("response_id","question_id"),
	CONSTRAINT "feedback_survey_answers_rating_check" CHECK ("feedback_survey_answers"."rating" is null or "feedback_survey_answers"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "feedback_survey_receipts" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_test_answers" (
	"attempt_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"selected" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"correct" boolean NOT NULL,
	CONSTRAINT "feedback_test_answers_attempt_id_question_id_pk" PRIMARY KEY("attempt_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "feedback_test_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"score" integer NOT NULL,
	"max_score" integer NOT NULL,
	"lang" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "feedback_test_attempts_score_check" CHECK ("feedback_test_attempts"."max_score" > 0 and "feedback_test_attempts"."score" between 0 and "feedback_test_attempts"."max_score")
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"downloads" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ip_deadline_marks" (
	"right_id" uuid NOT NULL,
	"key" text NOT NULL,
	"done_on" date NOT NULL,
	"marked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ip_deadline_marks_right_id_key_pk" PRIMARY KEY("right_id","key")
);
--> statement-breakpoint
CREATE TABLE "ip_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"right_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"right_kind" text NOT NULL,
	"live" boolean NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"year" double precision,
	"office" text,
	"label" jsonb NOT NULL,
	"due" date NOT NULL,
	"due_raw" date NOT NULL,
	"opens" date,
	"grace_ends" date,
	"grace_ends_raw" date,
	"basis" text NOT NULL,
	"uncertain" boolean DEFAULT false NOT NULL,
	"calendar_missing" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"next_reminder_on" date,
	"next_reminder_lead" integer
);
--> statement-breakpoint
CREATE TABLE "ip_feed_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "ip_feed_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "ip_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"csv" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ip_reminders_sent" (
	"right_id" uuid NOT NULL,
	"key" text NOT NULL,
	"due" date NOT NULL,
	"lead_days" integer NOT NULL,
	"recipients" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ip_reminders_sent_right_id_key_due_lead_days_pk" PRIMARY KEY("right_id","key","due","lead_days")
);
--> statement-breakpoint
CREATE TABLE "ip_right_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"right_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ip_right_responsibles" (
	"right_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "ip_right_responsibles_right_id_user_id_pk" PRIMARY KEY("right_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "ip_rights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"right_kind" text NOT NULL,
	"title" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"application_number" text DEFAULT '' NOT NULL,
	"registration_number" text DEFAULT '' NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"dates" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"schedule" jsonb,
	"expires_on" date,
	"schedule_valid_until" date,
	"engine_version" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ip_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"grantee_user_id" uuid,
	"grantee_email" text NOT NULL,
	"granted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"queue" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"run_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"singleton_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "glossary_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"term" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"definition" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"source" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"en_edited_at" timestamp with time zone,
	"zh_edited_at" timestamp with time zone,
	"translation_status" text DEFAULT 'needs_translation' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_item_events" (
	"item_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	CONSTRAINT "library_item_events_item_id_event_id_pk" PRIMARY KEY("item_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "library_item_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"lang" text DEFAULT '' NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"text_status" text NOT NULL,
	"pages" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "library_item_versions" (
	"item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"edited_by" uuid,
	"editor_name" text DEFAULT '' NOT NULL,
	"edited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_item_versions_item_id_version_pk" PRIMARY KEY("item_id","version")
);
--> statement-breakpoint
CREATE TABLE "library_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"type" text NOT NULL,
	"title" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"summary" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"body" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"source" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"url" text DEFAULT '' NOT NULL,
	"ip_rights" text[] DEFAULT '{}'::text[] NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"jurisdictions" text[] DEFAULT '{}'::text[] NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"title_text" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" NOT NULL,
	"en_edited_at" timestamp with time zone,
	"zh_edited_at" timestamp with time zone,
	"translation_status" text DEFAULT 'needs_translation' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'stored' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"person_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"en_edited_at" timestamp with time zone,
	"zh_edited_at" timestamp with time zone,
	"translation_status" text DEFAULT 'needs_translation' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"url" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"en_edited_at" timestamp with time zone,
	"zh_edited_at" timestamp with time zone,
	"translation_status" text DEFAULT 'needs_translation' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "news" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"summary" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"body" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"source" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"en_edited_at" timestamp with time zone,
	"zh_edited_at" timestamp with time zone,
	"translation_status" text DEFAULT 'needs_translation' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "news_events" (
	"news_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	CONSTRAINT "news_events_news_id_event_id_pk" PRIMARY KEY("news_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "cities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"province" text NOT NULL,
	"name" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"day" date NOT NULL,
	"starts_at" time,
	"ends_at" time,
	"title" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"speaker" text DEFAULT '' NOT NULL,
	"speaker_person_id" uuid,
	"room" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"en_edited_at" timestamp with time zone,
	"zh_edited_at" timestamp with time zone,
	"translation_status" text DEFAULT 'needs_translation' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"file_id" uuid,
	"library_item_id" uuid,
	"title" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_materials_one_source" CHECK (("agenda_materials"."file_id" is null) <> ("agenda_materials"."library_item_id" is null))
);
--> statement-breakpoint
CREATE TABLE "event_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_key" text NOT NULL,
	"organisation_name" text DEFAULT '' NOT NULL,
	"lang" text DEFAULT 'zh' NOT NULL,
	"token_hash" text NOT NULL,
	"registration_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "registration_answers" (
	"registration_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"value" jsonb NOT NULL,
	CONSTRAINT "registration_answers_registration_id_question_id_pk" PRIMARY KEY("registration_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "registration_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"label" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"help" jsonb DEFAULT '{"en":"","zh":""}'::jsonb NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"show_if_question_id" uuid,
	"show_if_value" text DEFAULT '' NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"en_edited_at" timestamp with time zone,
	"zh_edited_at" timestamp with time zone,
	"translation_status" text DEFAULT 'needs_translation' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_settings" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"mode" text DEFAULT 'closed' NOT NULL,
	"capacity" integer,
	"requires_approval" boolean DEFAULT false NOT NULL,
	"quota_per_organisation" integer,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"cancellation_deadline" timestamp with time zone,
	"arrival_counter" bigint DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_settings_capacity_check" CHECK ("registration_settings"."capacity" is null or "registration_settings"."capacity" >= 0),
	CONSTRAINT "registration_settings_quota_check" CHECK ("registration_settings"."quota_per_organisation" is null or "registration_settings"."quota_per_organisation" >= 1)
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"status" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_key" text NOT NULL,
	"organisation_name" text DEFAULT '' NOT NULL,
	"organisation_type" text,
	"sex" text,
	"quota_key" text,
	"organisation_id" uuid,
	"person_id" uuid,
	"user_id" uuid,
	"invitation_id" uuid,
	"lang" text DEFAULT 'zh' NOT NULL,
	"source" text NOT NULL,
	"arrival" bigint,
	"decline_reason" text DEFAULT '' NOT NULL,
	"cancelled_by" text,
	"confirmed_at" timestamp with time zone,
	"waitlisted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"notice_sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applied_seeds" (
	"name" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_links" ADD CONSTRAINT "account_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_links" ADD CONSTRAINT "account_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_scopes" ADD CONSTRAINT "user_scopes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_exports" ADD CONSTRAINT "document_exports_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_exports" ADD CONSTRAINT "document_exports_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "headcount_report_events" ADD CONSTRAINT "headcount_report_events_report_id_headcount_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."headcount_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "headcount_report_events" ADD CONSTRAINT "headcount_report_events_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "headcount_reports" ADD CONSTRAINT "headcount_reports_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_partners" ADD CONSTRAINT "programme_partners_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_partners" ADD CONSTRAINT "programme_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_invitations" ADD CONSTRAINT "feedback_invitations_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_questions" ADD CONSTRAINT "feedback_questions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_settings" ADD CONSTRAINT "feedback_settings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_survey_answers" ADD CONSTRAINT "feedback_survey_answers_response_id_feedback_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."feedback_survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_survey_answers" ADD CONSTRAINT "feedback_survey_answers_question_id_feedback_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."feedback_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_survey_receipts" ADD CONSTRAINT "feedback_survey_receipts_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_survey_receipts" ADD CONSTRAINT "feedback_survey_receipts_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_survey_responses" ADD CONSTRAINT "feedback_survey_responses_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_test_answers" ADD CONSTRAINT "feedback_test_answers_attempt_id_feedback_test_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."feedback_test_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_test_answers" ADD CONSTRAINT "feedback_test_answers_question_id_feedback_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."feedback_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_test_attempts" ADD CONSTRAINT "feedback_test_attempts_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_test_attempts" ADD CONSTRAINT "feedback_test_attempts_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_deadline_marks" ADD CONSTRAINT "ip_deadline_marks_right_id_ip_rights_id_fk" FOREIGN KEY ("right_id") REFERENCES "public"."ip_rights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_deadline_marks" ADD CONSTRAINT "ip_deadline_marks_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_deadlines" ADD CONSTRAINT "ip_deadlines_right_id_ip_rights_id_fk" FOREIGN KEY ("right_id") REFERENCES "public"."ip_rights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_feed_tokens" ADD CONSTRAINT "ip_feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_feed_tokens" ADD CONSTRAINT "ip_feed_tokens_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_imports" ADD CONSTRAINT "ip_imports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_imports" ADD CONSTRAINT "ip_imports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_reminders_sent" ADD CONSTRAINT "ip_reminders_sent_right_id_ip_rights_id_fk" FOREIGN KEY ("right_id") REFERENCES "public"."ip_rights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_right_documents" ADD CONSTRAINT "ip_right_documents_right_id_ip_rights_id_fk" FOREIGN KEY ("right_id") REFERENCES "public"."ip_rights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_right_documents" ADD CONSTRAINT "ip_right_documents_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_right_documents" ADD CONSTRAINT "ip_right_documents_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_right_responsibles" ADD CONSTRAINT "ip_right_responsibles_right_id_ip_rights_id_fk" FOREIGN KEY ("right_id") REFERENCES "public"."ip_rights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_right_responsibles" ADD CONSTRAINT "ip_right_responsibles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_rights" ADD CONSTRAINT "ip_rights_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_rights" ADD CONSTRAINT "ip_rights_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_shares" ADD CONSTRAINT "ip_shares_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_shares" ADD CONSTRAINT "ip_shares_grantee_user_id_users_id_fk" FOREIGN KEY ("grantee_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_shares" ADD CONSTRAINT "ip_shares_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_shares" ADD CONSTRAINT "ip_shares_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_item_events" ADD CONSTRAINT "library_item_events_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_item_events" ADD CONSTRAINT "library_item_events_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_item_files" ADD CONSTRAINT "library_item_files_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_item_files" ADD CONSTRAINT "library_item_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_item_versions" ADD CONSTRAINT "library_item_versions_item_id_library_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_events" ADD CONSTRAINT "news_events_news_id_news_id_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_events" ADD CONSTRAINT "news_events_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_speaker_person_id_people_id_fk" FOREIGN KEY ("speaker_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_materials" ADD CONSTRAINT "agenda_materials_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_materials" ADD CONSTRAINT "agenda_materials_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_answers" ADD CONSTRAINT "registration_answers_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_answers" ADD CONSTRAINT "registration_answers_question_id_registration_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."registration_questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_questions" ADD CONSTRAINT "registration_questions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_settings" ADD CONSTRAINT "registration_settings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_attempts_key_at_idx" ON "login_attempts" USING btree ("key","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_scopes_user_idx" ON "user_scopes" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_registration_day_key" ON "check_ins" USING btree ("registration_id","day");--> statement-breakpoint
CREATE INDEX "check_ins_event_day_idx" ON "check_ins" USING btree ("event_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_event_short_code_key" ON "tickets" USING btree ("event_id","short_code");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "organisations_search_idx" ON "organisations" USING gin (to_tsvector('simple', "search_text"));--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin (to_tsvector('simple', "search_text"));--> statement-breakpoint
CREATE INDEX "people_org_idx" ON "people" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_email_key" ON "people" USING btree (lower("email")) WHERE "people"."email" <> '';--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_registration_key" ON "certificates" USING btree ("registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_code_key" ON "certificates" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_seq_key" ON "certificates" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "certificates_event_idx" ON "certificates" USING btree ("event_id","seq");--> statement-breakpoint
CREATE INDEX "document_exports_event_idx" ON "document_exports" USING btree ("event_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "document_exports_running_key" ON "document_exports" USING btree ("event_id","kind") WHERE "document_exports"."status" in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "events_start_idx" ON "events" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "events_programme_idx" ON "events" USING btree ("programme_id","start_date");--> statement-breakpoint
CREATE INDEX "events_city_idx" ON "events" USING btree ("city_id");--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin (to_tsvector('simple', "search_text"));--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_slug_key" ON "programmes" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "feedback_questions_event_idx" ON "feedback_questions" USING btree ("event_id","instrument","position");--> statement-breakpoint
CREATE INDEX "feedback_survey_answers_question_idx" ON "feedback_survey_answers" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "feedback_survey_responses_event_idx" ON "feedback_survey_responses" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "feedback_test_answers_question_idx" ON "feedback_test_answers" USING btree ("question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_test_attempts_once" ON "feedback_test_attempts" USING btree ("registration_id","phase");--> statement-breakpoint
CREATE INDEX "feedback_test_attempts_event_idx" ON "feedback_test_attempts" USING btree ("event_id","phase");--> statement-breakpoint
CREATE INDEX "files_sha256_idx" ON "files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "ip_deadlines_live_idx" ON "ip_deadlines" USING btree ("organisation_id","due") WHERE "ip_deadlines"."live";--> statement-breakpoint
CREATE INDEX "ip_deadlines_right_idx" ON "ip_deadlines" USING btree ("right_id");--> statement-breakpoint
CREATE INDEX "ip_deadlines_reminder_idx" ON "ip_deadlines" USING btree ("next_reminder_on") WHERE "ip_deadlines"."next_reminder_on" is not null;--> statement-breakpoint
CREATE INDEX "ip_feed_tokens_user_idx" ON "ip_feed_tokens" USING btree ("user_id","organisation_id");--> statement-breakpoint
CREATE INDEX "ip_imports_created_idx" ON "ip_imports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "ip_right_documents_right_idx" ON "ip_right_documents" USING btree ("right_id");--> statement-breakpoint
CREATE INDEX "ip_right_resp_user_idx" ON "ip_right_responsibles" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "ip_rights_org_idx" ON "ip_rights" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "ip_rights_refresh_idx" ON "ip_rights" USING btree ("schedule_valid_until");--> statement-breakpoint
CREATE UNIQUE INDEX "ip_shares_active_key" ON "ip_shares" USING btree ("organisation_id",lower("grantee_email")) WHERE "ip_shares"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "ip_shares_email_idx" ON "ip_shares" USING btree (lower("grantee_email"));--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE "jobs"."status" in ('queued', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_singleton_key" ON "jobs" USING btree ("singleton_key");--> statement-breakpoint
CREATE INDEX "jobs_status_idx" ON "jobs" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "glossary_terms_slug_key" ON "glossary_terms" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "library_item_events_event_idx" ON "library_item_events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "library_item_files_item_idx" ON "library_item_files" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "library_item_files_file_key" ON "library_item_files" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "library_items_slug_key" ON "library_items" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "library_items_status_idx" ON "library_items" USING btree ("status","published_on");--> statement-breakpoint
CREATE INDEX "library_items_search_idx" ON "library_items" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "library_items_title_trgm_idx" ON "library_items" USING gin ("title_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "news_slug_key" ON "news" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "news_published_idx" ON "news" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "news_search_idx" ON "news" USING gin (to_tsvector('simple', "search_text"));--> statement-breakpoint
CREATE UNIQUE INDEX "cities_slug_key" ON "cities" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "agenda_items_event_idx" ON "agenda_items" USING btree ("event_id","day","starts_at");--> statement-breakpoint
CREATE INDEX "agenda_materials_item_idx" ON "agenda_materials" USING btree ("agenda_item_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "event_invitations_event_email_key" ON "event_invitations" USING btree ("event_id","email_key");--> statement-breakpoint
CREATE UNIQUE INDEX "event_invitations_token_key" ON "event_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "registration_answers_question_idx" ON "registration_answers" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "registration_questions_event_idx" ON "registration_questions" USING btree ("event_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_event_email_key" ON "registrations" USING btree ("event_id","email_key") WHERE "registrations"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "registrations_event_status_idx" ON "registrations" USING btree ("event_id","status","arrival");--> statement-breakpoint
CREATE INDEX "registrations_quota_idx" ON "registrations" USING btree ("event_id","quota_key") WHERE "registrations"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "registrations_user_idx" ON "registrations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "registrations_email_idx" ON "registrations" USING btree ("email_key");