CREATE TABLE `item_words` (
	`item_id` integer NOT NULL,
	`event_id` integer,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`word` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_words_unique` ON `item_words` (`event_id`,`kind`,`word`,`item_id`);