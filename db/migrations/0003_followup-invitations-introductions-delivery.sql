CREATE TABLE `delivery_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`svix_id` text NOT NULL,
	`type` text NOT NULL,
	`kind` text NOT NULL,
	`provider_id` text,
	`outbox_id` integer,
	`person_id` integer,
	`address` text,
	`detail` text,
	`received_at` integer NOT NULL,
	FOREIGN KEY (`outbox_id`) REFERENCES `outbox`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `delivery_events_svix_unique` ON `delivery_events` (`svix_id`);--> statement-breakpoint
CREATE INDEX `delivery_events_person` ON `delivery_events` (`person_id`);--> statement-breakpoint
CREATE TABLE `introductions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer,
	`need_item_id` integer NOT NULL,
	`offer_item_id` integer NOT NULL,
	`need_person_id` integer NOT NULL,
	`offer_person_id` integer NOT NULL,
	`score` integer NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`need_answer` text,
	`offer_answer` text,
	`introduced_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`need_item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`offer_item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`need_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`offer_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `introductions_pair_unique` ON `introductions` (`need_item_id`,`offer_item_id`);--> statement-breakpoint
CREATE INDEX `introductions_need_person` ON `introductions` (`need_person_id`);--> statement-breakpoint
CREATE INDEX `introductions_offer_person` ON `introductions` (`offer_person_id`);--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commitment_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`status` text DEFAULT 'invited' NOT NULL,
	`responded_at` integer,
	`response_message_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_commitment_person_unique` ON `invitations` (`commitment_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `invitations_person` ON `invitations` (`person_id`);--> statement-breakpoint
ALTER TABLE `commitments` ADD `lapse_at` integer;--> statement-breakpoint
ALTER TABLE `commitments` ADD `invitations_sent_at` integer;--> statement-breakpoint
CREATE INDEX `commitments_state_lapse` ON `commitments` (`state`,`lapse_at`);--> statement-breakpoint
ALTER TABLE `people` ADD `soft_bounces` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `outbox_provider` ON `outbox` (`provider_id`);