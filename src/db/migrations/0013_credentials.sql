CREATE TABLE "credential_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"public_key_multibase" text NOT NULL,
	"sealed_secret_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credential_status_lists" (
	"id" serial PRIMARY KEY NOT NULL,
	"purpose" text DEFAULT 'revocation' NOT NULL,
	"length" integer NOT NULL,
	"document" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"subject_name" text NOT NULL,
	"achievement" jsonb NOT NULL,
	"document" jsonb NOT NULL,
	"key_id" integer NOT NULL,
	"status_list_id" integer NOT NULL,
	"status_index" integer NOT NULL,
	"source_id" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_key_id_credential_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."credential_keys"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_status_list_id_credential_status_lists_id_fk" FOREIGN KEY ("status_list_id") REFERENCES "public"."credential_status_lists"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credentials" ADD CONSTRAINT "credentials_source_id_credentials_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."credentials"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credentials_kind_ref_key" ON "credentials" USING btree ("kind","ref");--> statement-breakpoint
CREATE UNIQUE INDEX "credentials_status_key" ON "credentials" USING btree ("status_list_id","status_index");--> statement-breakpoint
CREATE INDEX "credentials_source_idx" ON "credentials" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "credentials_revoked_idx" ON "credentials" USING btree ("status_list_id") WHERE "credentials"."revoked_at" is not null;