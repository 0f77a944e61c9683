CREATE TABLE `corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`problem` text NOT NULL,
	`correct_value` text NOT NULL,
	`source_url` text,
	`contact` text,
	`submitted_at` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`decided_at` text,
	`decided_by` text,
	`reason` text,
	CONSTRAINT "corrections_status" CHECK("corrections"."status" IN ('open', 'accepted', 'rejected')),
	CONSTRAINT "corrections_entity" CHECK("corrections"."entity" IN ('events', 'headcounts', 'sources', 'facilities'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `corrections_reference_unique` ON `corrections` (`reference`);--> statement-breakpoint
CREATE INDEX `corrections_queue` ON `corrections` (`status`,`id`);--> statement-breakpoint
CREATE TABLE `editor_sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`editor` text NOT NULL,
	`credential_hash` text NOT NULL,
	`opened_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `editor_sessions_editor` ON `editor_sessions` (`editor`);--> statement-breakpoint
CREATE TABLE `editors` (
	`name` text PRIMARY KEY NOT NULL,
	`display_name` text NOT NULL,
	`token_hash` text NOT NULL,
	`added_at` text NOT NULL,
	`revoked_at` text,
	CONSTRAINT "editors_name_is_slug" CHECK("editors"."name" GLOB '[a-z0-9]*' AND "editors"."name" NOT GLOB '*[^a-z0-9-]*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `editors_token_hash_unique` ON `editors` (`token_hash`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`expire` integer
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `correction_id` integer REFERENCES corrections(id);