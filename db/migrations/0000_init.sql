CREATE TABLE `article_references` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_slug` text NOT NULL,
	`quote` text NOT NULL,
	`event_id` text,
	`headcount_id` text,
	`aggregate` text,
	FOREIGN KEY (`article_slug`) REFERENCES `articles`(`slug`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`headcount_id`) REFERENCES `headcounts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "article_references_one_target" CHECK(("article_references"."event_id" IS NOT NULL) + ("article_references"."headcount_id" IS NOT NULL) + ("article_references"."aggregate" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE INDEX `article_references_article` ON `article_references` (`article_slug`);--> statement-breakpoint
CREATE INDEX `article_references_event` ON `article_references` (`event_id`);--> statement-breakpoint
CREATE TABLE `articles` (
	`slug` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`published_on` text NOT NULL,
	`date_precision` text NOT NULL,
	`url` text,
	`source_id` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "articles_slug_is_slug" CHECK("articles"."slug" GLOB '[a-z0-9]*' AND "articles"."slug" NOT GLOB '*[^a-z0-9-]*'),
	CONSTRAINT "articles_date" CHECK(("articles"."published_on" = date("articles"."published_on") AND (
    ("articles"."date_precision" = 'day') OR
    ("articles"."date_precision" = 'month' AND substr("articles"."published_on", 9, 2) = '01') OR
    ("articles"."date_precision" = 'year' AND substr("articles"."published_on", 6, 5) = '01-01'))))
);
--> statement-breakpoint
CREATE TABLE `countries` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`adjective` text NOT NULL,
	`short_name` text NOT NULL,
	CONSTRAINT "countries_code_is_alpha2" CHECK("countries"."code" GLOB '[A-Z][A-Z]')
);
--> statement-breakpoint
CREATE TABLE `event_sources` (
	`event_id` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`event_id`, `source_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_sources_source` ON `event_sources` (`source_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`occurred_on` text NOT NULL,
	`date_precision` text NOT NULL,
	`date_note` text,
	`actor_country` text NOT NULL,
	`target_country` text NOT NULL,
	`is_joint` integer DEFAULT false NOT NULL,
	`kind` text NOT NULL,
	`people_affected` integer,
	`people_note` text,
	`facilities` text,
	`facilities_closed` integer,
	`summary` text NOT NULL,
	`reason` text,
	`responds_to` text,
	FOREIGN KEY (`actor_country`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_country`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responds_to`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "events_id_is_slug" CHECK("events"."id" GLOB '[a-z0-9]*' AND "events"."id" NOT GLOB '*[^a-z0-9-]*'),
	CONSTRAINT "events_date" CHECK(("events"."occurred_on" = date("events"."occurred_on") AND (
    ("events"."date_precision" = 'day') OR
    ("events"."date_precision" = 'month' AND substr("events"."occurred_on", 9, 2) = '01') OR
    ("events"."date_precision" = 'year' AND substr("events"."occurred_on", 6, 5) = '01-01')))),
	CONSTRAINT "events_kind" CHECK("events"."kind" IN ('expulsion', 'facility_closure', 'staff_cap', 'staff_reduction', 'hiring_restriction', 'visa_restriction', 'talks', 'reopening', 'other')),
	CONSTRAINT "events_two_countries" CHECK("events"."actor_country" <> "events"."target_country"),
	CONSTRAINT "events_people_not_negative" CHECK("events"."people_affected" IS NULL OR "events"."people_affected" >= 0),
	CONSTRAINT "events_facilities_not_negative" CHECK("events"."facilities_closed" IS NULL OR "events"."facilities_closed" >= 0),
	CONSTRAINT "events_not_own_response" CHECK("events"."responds_to" IS NULL OR "events"."responds_to" <> "events"."id")
);
--> statement-breakpoint
CREATE INDEX `events_occurred_on` ON `events` (`occurred_on`);--> statement-breakpoint
CREATE INDEX `events_actor_occurred_on` ON `events` (`actor_country`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `events_kind_occurred_on` ON `events` (`kind`,`occurred_on`);--> statement-breakpoint
CREATE TABLE `headcounts` (
	`id` text PRIMARY KEY NOT NULL,
	`observed_on` text NOT NULL,
	`date_precision` text NOT NULL,
	`sending_country` text NOT NULL,
	`host_country` text NOT NULL,
	`count` integer NOT NULL,
	`bound` text DEFAULT 'exact' NOT NULL,
	`scope` text NOT NULL,
	`coverage` text NOT NULL,
	`includes_un_mission` integer,
	`is_estimate` integer DEFAULT false NOT NULL,
	`note` text,
	`source_id` text NOT NULL,
	FOREIGN KEY (`sending_country`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`host_country`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "headcounts_id_is_slug" CHECK("headcounts"."id" GLOB '[a-z0-9]*' AND "headcounts"."id" NOT GLOB '*[^a-z0-9-]*'),
	CONSTRAINT "headcounts_date" CHECK(("headcounts"."observed_on" = date("headcounts"."observed_on") AND (
    ("headcounts"."date_precision" = 'day') OR
    ("headcounts"."date_precision" = 'month' AND substr("headcounts"."observed_on", 9, 2) = '01') OR
    ("headcounts"."date_precision" = 'year' AND substr("headcounts"."observed_on", 6, 5) = '01-01')))),
	CONSTRAINT "headcounts_two_countries" CHECK("headcounts"."sending_country" <> "headcounts"."host_country"),
	CONSTRAINT "headcounts_count_not_negative" CHECK("headcounts"."count" >= 0),
	CONSTRAINT "headcounts_bound" CHECK("headcounts"."bound" IN ('exact', 'over', 'under')),
	CONSTRAINT "headcounts_scope" CHECK("headcounts"."scope" IN ('diplomats', 'nationals', 'total_staff', 'local_staff', 'ceiling', 'other')),
	CONSTRAINT "headcounts_coverage" CHECK("headcounts"."coverage" IN ('country', 'embassy', 'consulates', 'un_mission'))
);
--> statement-breakpoint
CREATE INDEX `headcounts_series` ON `headcounts` (`sending_country`,`host_country`,`scope`,`observed_on`);--> statement-breakpoint
CREATE INDEX `headcounts_source` ON `headcounts` (`source_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`url` text,
	`published_on` text,
	`published_precision` text,
	CONSTRAINT "sources_id_is_slug" CHECK("sources"."id" GLOB '[a-z0-9]*' AND "sources"."id" NOT GLOB '*[^a-z0-9-]*'),
	CONSTRAINT "sources_url_is_http" CHECK("sources"."url" IS NULL OR "sources"."url" GLOB 'http*://*'),
	CONSTRAINT "sources_published_date" CHECK(("sources"."published_on" IS NULL AND "sources"."published_precision" IS NULL) OR ("sources"."published_on" = date("sources"."published_on") AND (
    ("sources"."published_precision" = 'day') OR
    ("sources"."published_precision" = 'month' AND substr("sources"."published_on", 9, 2) = '01') OR
    ("sources"."published_precision" = 'year' AND substr("sources"."published_on", 6, 5) = '01-01'))))
);
