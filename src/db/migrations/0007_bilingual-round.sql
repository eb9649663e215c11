-- The round was one-language text: every event keeps what it had, in both languages.
ALTER TABLE "events" ALTER COLUMN "round" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "round" SET DATA TYPE jsonb USING jsonb_build_object('en', "round", 'zh', "round");--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "round" SET DEFAULT '{"en":"","zh":""}'::jsonb;
