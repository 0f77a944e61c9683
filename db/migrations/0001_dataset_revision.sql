CREATE TABLE `dataset_revision` (
	`id` integer PRIMARY KEY NOT NULL,
	`revision` integer NOT NULL,
	`changed_at` text NOT NULL,
	CONSTRAINT "dataset_revision_single_row" CHECK("dataset_revision"."id" = 1)
);
