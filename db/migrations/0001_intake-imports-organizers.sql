CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inbound_id` integer NOT NULL,
	`event_id` integer,
	`created_event` integer DEFAULT false NOT NULL,
	`organizer_email` text NOT NULL,
	`person_id` integer,
	`status` text NOT NULL,
	`problem` text,
	`sources` text DEFAULT '[]' NOT NULL,
	`imported` integer DEFAULT 0 NOT NULL,
	`existing` integer DEFAULT 0 NOT NULL,
	`skipped` text DEFAULT '[]' NOT NULL,
	`asked` integer,
	`decided_at` integer,
	`decided_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`inbound_id`) REFERENCES `inbound_messages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `imports_inbound_unique` ON `imports` (`inbound_id`);--> statement-breakpoint
CREATE INDEX `imports_event` ON `imports` (`event_id`);--> statement-breakpoint
CREATE INDEX `imports_status` ON `imports` (`status`);--> statement-breakpoint
CREATE TABLE `organizers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizers_email_unique` ON `organizers` (`email`);--> statement-breakpoint
ALTER TABLE `attendees` ADD `import_id` integer;--> statement-breakpoint
CREATE INDEX `attendees_import` ON `attendees` (`import_id`);