CREATE TABLE `event_facilities` (
	`event_id` text NOT NULL,
	`facility_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`event_id`, `facility_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "event_facilities_role" CHECK("event_facilities"."role" IN ('opened', 'suspended', 'closed', 'reopened', 'affected'))
);
--> statement-breakpoint
CREATE INDEX `event_facilities_facility` ON `event_facilities` (`facility_id`);--> statement-breakpoint
CREATE TABLE `facilities` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`operated_by` text NOT NULL,
	`host_country` text NOT NULL,
	`city` text NOT NULL,
	`kind` text NOT NULL,
	`latitude` real,
	`longitude` real,
	`opened_on` text,
	`opened_precision` text,
	`opened_source_id` text,
	`closed_on` text,
	`closed_precision` text,
	`closed_source_id` text,
	`date_note` text,
	`note` text,
	`source_id` text NOT NULL,
	FOREIGN KEY (`operated_by`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`host_country`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opened_source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "facilities_id_is_slug" CHECK("facilities"."id" GLOB '[a-z0-9]*' AND "facilities"."id" NOT GLOB '*[^a-z0-9-]*'),
	CONSTRAINT "facilities_kind" CHECK("facilities"."kind" IN ('embassy', 'consulate_general', 'consulate', 'un_mission', 'trade_mission', 'compound', 'cultural_centre', 'honorary_consulate', 'other')),
	CONSTRAINT "facilities_two_countries" CHECK("facilities"."operated_by" <> "facilities"."host_country"),
	CONSTRAINT "facilities_opened" CHECK(("facilities"."opened_on" IS NULL AND "facilities"."opened_precision" IS NULL) OR ("facilities"."opened_on" = date("facilities"."opened_on") AND (
    ("facilities"."opened_precision" = 'day') OR
    ("facilities"."opened_precision" = 'month' AND substr("facilities"."opened_on", 9, 2) = '01') OR
    ("facilities"."opened_precision" = 'year' AND substr("facilities"."opened_on", 6, 5) = '01-01')))),
	CONSTRAINT "facilities_closed" CHECK(("facilities"."closed_on" IS NULL AND "facilities"."closed_precision" IS NULL) OR ("facilities"."closed_on" = date("facilities"."closed_on") AND (
    ("facilities"."closed_precision" = 'day') OR
    ("facilities"."closed_precision" = 'month' AND substr("facilities"."closed_on", 9, 2) = '01') OR
    ("facilities"."closed_precision" = 'year' AND substr("facilities"."closed_on", 6, 5) = '01-01')))),
	CONSTRAINT "facilities_closed_after_opened" CHECK("facilities"."opened_on" IS NULL OR "facilities"."closed_on" IS NULL OR "facilities"."opened_on" <= "facilities"."closed_on"),
	CONSTRAINT "facilities_position" CHECK(("facilities"."latitude" IS NULL) = ("facilities"."longitude" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `facilities_side` ON `facilities` (`operated_by`,`host_country`,`opened_on`,`closed_on`);--> statement-breakpoint
ALTER TABLE `headcounts` ADD `facility_id` text REFERENCES facilities(id);--> statement-breakpoint
CREATE INDEX `headcounts_facility` ON `headcounts` (`facility_id`);