CREATE TABLE `admin_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`user` text NOT NULL,
	`action` text NOT NULL,
	`person_id` integer,
	`event_id` integer,
	`commitment_id` integer,
	`inbound_id` integer,
	`outbox_id` integer,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `admin_actions_person` ON `admin_actions` (`person_id`,`at`);