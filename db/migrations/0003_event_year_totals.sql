CREATE TABLE `event_year_totals` (
	`year` integer NOT NULL,
	`actor_country` text NOT NULL,
	`kind` text NOT NULL,
	`events` integer NOT NULL,
	`people` integer NOT NULL,
	`facilities_closed` integer NOT NULL,
	PRIMARY KEY(`year`, `actor_country`, `kind`)
);
