-- The legal basis of a deadline is cited in both languages; rows written before keep their English text in
-- both until the schedules are recomputed (the rules revision changed with this migration).
ALTER TABLE "ip_deadlines" ALTER COLUMN "basis" SET DATA TYPE jsonb USING jsonb_build_object('en', "basis", 'zh', "basis");--> statement-breakpoint
ALTER TABLE "account_links" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "ip_deadlines" ADD COLUMN "surcharge" jsonb;--> statement-breakpoint
ALTER TABLE "account_links" ADD CONSTRAINT "account_links_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;