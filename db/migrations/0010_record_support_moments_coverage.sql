CREATE TABLE `coverage_notes` (
	`sending_country` text NOT NULL,
	`host_country` text NOT NULL,
	`period_start` integer NOT NULL,
	`note` text NOT NULL,
	`searched` text NOT NULL,
	PRIMARY KEY(`sending_country`, `host_country`, `period_start`),
	FOREIGN KEY (`sending_country`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`host_country`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "coverage_notes_period" CHECK("coverage_notes"."period_start" % 5 = 0),
	CONSTRAINT "coverage_notes_two_countries" CHECK("coverage_notes"."sending_country" <> "coverage_notes"."host_country")
);
--> statement-breakpoint
CREATE TABLE `moments` (
	`id` text PRIMARY KEY NOT NULL,
	`occurred_on` text NOT NULL,
	`date_precision` text NOT NULL,
	`label` text NOT NULL,
	`event_id` text,
	`source_id` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "moments_id_is_slug" CHECK("moments"."id" GLOB '[a-z0-9]*' AND "moments"."id" NOT GLOB '*[^a-z0-9-]*'),
	CONSTRAINT "moments_date" CHECK(("moments"."occurred_on" = date("moments"."occurred_on") AND (
    ("moments"."date_precision" = 'day') OR
    ("moments"."date_precision" = 'month' AND substr("moments"."occurred_on", 9, 2) = '01') OR
    ("moments"."date_precision" = 'year' AND substr("moments"."occurred_on", 6, 5) = '01-01')))),
	CONSTRAINT "moments_label_short" CHECK(length("moments"."label") BETWEEN 1 AND 40)
);
--> statement-breakpoint
CREATE INDEX `moments_chronology` ON `moments` (`occurred_on`);--> statement-breakpoint
-- New columns are added in place: rebuilding events would drop the triggers and the
-- rowid-linked search index of migration 0004.
ALTER TABLE `article_references` ADD `scope` text CONSTRAINT "article_references_scope" CHECK("scope" IS NULL OR "scope" IN ('diplomats', 'nationals', 'total_staff', 'local_staff', 'ceiling', 'other'));--> statement-breakpoint
ALTER TABLE `articles` ADD `follows_source_id` text REFERENCES sources(id);--> statement-breakpoint
ALTER TABLE `countries` ADD `former_name` text;--> statement-breakpoint
ALTER TABLE `countries` ADD `former_adjective` text;--> statement-breakpoint
ALTER TABLE `countries` ADD `former_short_name` text;--> statement-breakpoint
ALTER TABLE `countries` ADD `former_abbreviation` text;--> statement-breakpoint
ALTER TABLE `countries` ADD `renamed_in` integer CONSTRAINT "countries_former_names_complete" CHECK(("renamed_in" IS NULL) = ("former_name" IS NULL) AND ("renamed_in" IS NULL) = ("former_adjective" IS NULL) AND ("renamed_in" IS NULL) = ("former_short_name" IS NULL) AND ("renamed_in" IS NULL) = ("former_abbreviation" IS NULL));--> statement-breakpoint
ALTER TABLE `events` ADD `support` text DEFAULT 'single_source' NOT NULL CONSTRAINT "events_support" CHECK("support" IN ('corroborated', 'single_source', 'one_side_only', 'article_only'));--> statement-breakpoint
ALTER TABLE `headcounts` ADD `support` text DEFAULT 'single_source' NOT NULL CONSTRAINT "headcounts_support" CHECK("support" IN ('corroborated', 'single_source', 'one_side_only', 'article_only'));
