ALTER TABLE "people" ADD COLUMN "name_zh" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "news" ADD COLUMN "published_precision" text DEFAULT 'day' NOT NULL;--> statement-breakpoint
-- The demo's news item is the seed document, which announces the June 2010 sessions and gives no
-- day: it was dated the day the platform was installed. Dated to its month, as the demo now loads it.
UPDATE "news" SET "published_at" = '2010-06-01T00:00:00+08:00', "published_precision" = 'month'
  WHERE "slug" = 'ip-management-training-qingdao-xiamen-2010' AND "published_at" >= '2011-01-01';
--> statement-breakpoint
-- The demo's two contacts, as the seed document's Chinese text names them.
UPDATE "people" SET "name_zh" = 'Benoit Misonne先生'
  WHERE lower("email") = 'benoit.misonne@ipr2.org' AND "name_zh" = '';
--> statement-breakpoint
UPDATE "people" SET "name_zh" = 'Tamryn Barker女士'
  WHERE lower("email") = 'tamryn.barker@ipr2.org' AND "name_zh" = '';
