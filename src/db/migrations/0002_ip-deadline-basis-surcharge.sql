-- The legal basis of a deadline is cited in both languages; rows written before keep their English text in
-- both until the schedules are recomputed (the rules revision changed with this migration).
ALTER TABLE "ip_deadlines" ALTER COLUMN "basis" SET DATA TYPE jsonb USING jsonb_build_object('en', "basis", 'zh', "basis");--> statement-breakpoint
ALTER TABLE "ip_deadlines" ADD COLUMN "surcharge" jsonb;
