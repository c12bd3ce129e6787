CREATE TABLE `webhook_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`external_id` text NOT NULL,
	`type` text,
	`provider_id` text,
	`payload` text,
	`status` text NOT NULL,
	`inbound_id` integer,
	`attempts` integer DEFAULT 0 NOT NULL,
	`error` text,
	`received_at` integer NOT NULL,
	FOREIGN KEY (`inbound_id`) REFERENCES `inbound_messages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_events_source_external_unique` ON `webhook_events` (`source`,`external_id`);--> statement-breakpoint
CREATE INDEX `webhook_events_status` ON `webhook_events` (`source`,`status`);