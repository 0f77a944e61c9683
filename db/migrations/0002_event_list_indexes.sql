DROP INDEX `events_occurred_on`;--> statement-breakpoint
DROP INDEX `events_actor_occurred_on`;--> statement-breakpoint
DROP INDEX `events_kind_occurred_on`;--> statement-breakpoint
CREATE INDEX `events_chronology` ON `events` (`occurred_on`,`id`);--> statement-breakpoint
CREATE INDEX `events_actor_chronology` ON `events` (`actor_country`,`occurred_on`,`id`);--> statement-breakpoint
CREATE INDEX `events_kind_chronology` ON `events` (`kind`,`occurred_on`,`id`);--> statement-breakpoint
CREATE INDEX `events_responds_to` ON `events` (`responds_to`);