CREATE TABLE `article_reference_events` (
	`reference_id` text NOT NULL,
	`event_id` text NOT NULL,
	PRIMARY KEY(`reference_id`, `event_id`),
	FOREIGN KEY (`reference_id`) REFERENCES `article_references`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_reference_events_event` ON `article_reference_events` (`event_id`);--> statement-breakpoint
CREATE TABLE `article_reference_headcounts` (
	`reference_id` text NOT NULL,
	`headcount_id` text NOT NULL,
	PRIMARY KEY(`reference_id`, `headcount_id`),
	FOREIGN KEY (`reference_id`) REFERENCES `article_references`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`headcount_id`) REFERENCES `headcounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `article_references` (
	`id` text PRIMARY KEY NOT NULL,
	`article_slug` text NOT NULL,
	`quote` text NOT NULL,
	`value` integer,
	`bound` text,
	`aggregate` text,
	`note` text,
	FOREIGN KEY (`article_slug`) REFERENCES `articles`(`slug`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "article_references_id_is_slug" CHECK("article_references"."id" GLOB '[a-z0-9]*' AND "article_references"."id" NOT GLOB '*[^a-z0-9-]*'),
	CONSTRAINT "article_references_value_not_negative" CHECK("article_references"."value" IS NULL OR "article_references"."value" >= 0),
	CONSTRAINT "article_references_value_has_bound" CHECK(("article_references"."value" IS NULL) = ("article_references"."bound" IS NULL)),
	CONSTRAINT "article_references_bound" CHECK("article_references"."bound" IS NULL OR "article_references"."bound" IN ('exact', 'about', 'over', 'under'))
);
--> statement-breakpoint
CREATE INDEX `article_references_article` ON `article_references` (`article_slug`);