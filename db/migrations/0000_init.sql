CREATE TABLE `attendees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`attributes` text DEFAULT '{}' NOT NULL,
	`asked_at` integer,
	`replied_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendees_event_person_unique` ON `attendees` (`event_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `attendees_person` ON `attendees` (`person_id`);--> statement-breakpoint
CREATE TABLE `commitments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`event_id` integer,
	`source_message_id` integer,
	`sentence` text NOT NULL,
	`action` text NOT NULL,
	`format` text,
	`due_start` text,
	`due_end` text,
	`state` text DEFAULT 'pending' NOT NULL,
	`state_changed_at` integer,
	`state_message_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_message_id`) REFERENCES `inbound_messages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitments_person` ON `commitments` (`person_id`);--> statement-breakpoint
CREATE INDEX `commitments_event_state` ON `commitments` (`event_id`,`state`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`city` text,
	`date` text,
	`timezone` text DEFAULT 'UTC' NOT NULL,
	`letter_after_days` integer,
	`organizer_email` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `inbound_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text DEFAULT 'raw' NOT NULL,
	`provider_id` text,
	`message_id` text,
	`raw` blob NOT NULL,
	`headers` text DEFAULT '{}' NOT NULL,
	`size` integer NOT NULL,
	`received_at` integer NOT NULL,
	`status` text DEFAULT 'stored' NOT NULL,
	`kind` text,
	`kind_reason` text,
	`error` text,
	`from_address` text,
	`subject` text,
	`person_id` integer,
	`attribution` text,
	`context` text,
	`ref_id` integer,
	`visible_reply` text,
	`understanding` text,
	`review` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`processed_at` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inbound_message_id_unique` ON `inbound_messages` (`message_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `inbound_provider_unique` ON `inbound_messages` (`source`,`provider_id`);--> statement-breakpoint
CREATE INDEX `inbound_status` ON `inbound_messages` (`status`);--> statement-breakpoint
CREATE INDEX `inbound_person` ON `inbound_messages` (`person_id`);--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`event_id` integer,
	`source_message_id` integer,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`sentence` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_message_id`) REFERENCES `inbound_messages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `items_person` ON `items` (`person_id`);--> statement-breakpoint
CREATE INDEX `items_event_kind` ON `items` (`event_id`,`kind`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer,
	`to_address` text NOT NULL,
	`template` text NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`subject` text NOT NULL,
	`context` text,
	`ref_id` integer,
	`send_at` integer NOT NULL,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`status_reason` text,
	`idempotency_key` text NOT NULL,
	`message_id` text NOT NULL,
	`in_reply_to` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`provider_id` text,
	`sent_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_idempotency_unique` ON `outbox` (`idempotency_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_message_id_unique` ON `outbox` (`message_id`);--> statement-breakpoint
CREATE INDEX `outbox_status_send_at` ON `outbox` (`status`,`send_at`);--> statement-breakpoint
CREATE INDEX `outbox_person` ON `outbox` (`person_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text,
	`timezone` text,
	`unsubscribed_at` integer,
	`suppressed_at` integer,
	`suppression_reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_email_unique` ON `people` (`email`);