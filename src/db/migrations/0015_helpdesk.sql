CREATE TABLE "helpdesk_enquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"lang" text NOT NULL,
	"topic" text NOT NULL,
	"ip_right" text DEFAULT '' NOT NULL,
	"jurisdiction" text DEFAULT 'CN' NOT NULL,
	"province" text DEFAULT '' NOT NULL,
	"question" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"source_ref" uuid,
	"status" text DEFAULT 'new' NOT NULL,
	"assigned_to" uuid,
	"token_hash" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"due_by" timestamp with time zone NOT NULL,
	"first_answered_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"overdue_mailed_at" timestamp with time zone,
	"rating" integer,
	"rating_comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "helpdesk_experts" (
	"user_id" uuid NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"provinces" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	CONSTRAINT "helpdesk_experts_user_id_pk" PRIMARY KEY("user_id")
);
--> statement-breakpoint
CREATE TABLE "helpdesk_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enquiry_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"author_id" uuid,
	"author_name" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "helpdesk_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "helpdesk_trail" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enquiry_id" uuid NOT NULL,
	"actor_id" uuid,
	"actor_name" text DEFAULT '' NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"assigned_to" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "helpdesk_enquiries" ADD CONSTRAINT "helpdesk_enquiries_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_experts" ADD CONSTRAINT "helpdesk_experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_messages" ADD CONSTRAINT "helpdesk_messages_enquiry_id_helpdesk_enquiries_id_fk" FOREIGN KEY ("enquiry_id") REFERENCES "public"."helpdesk_enquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_messages" ADD CONSTRAINT "helpdesk_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_trail" ADD CONSTRAINT "helpdesk_trail_enquiry_id_helpdesk_enquiries_id_fk" FOREIGN KEY ("enquiry_id") REFERENCES "public"."helpdesk_enquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpdesk_trail" ADD CONSTRAINT "helpdesk_trail_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "helpdesk_enquiries_token_key" ON "helpdesk_enquiries" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "helpdesk_enquiries_status_idx" ON "helpdesk_enquiries" USING btree ("status","due_by");--> statement-breakpoint
CREATE INDEX "helpdesk_enquiries_assigned_idx" ON "helpdesk_enquiries" USING btree ("assigned_to");--> statement-breakpoint
CREATE INDEX "helpdesk_enquiries_received_idx" ON "helpdesk_enquiries" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "helpdesk_messages_enquiry_idx" ON "helpdesk_messages" USING btree ("enquiry_id","created_at");--> statement-breakpoint
CREATE INDEX "helpdesk_trail_enquiry_idx" ON "helpdesk_trail" USING btree ("enquiry_id","at");