ALTER TABLE `inbound_messages` ADD `reviewed_at` integer;--> statement-breakpoint
ALTER TABLE `inbound_messages` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `inbound_messages` ADD `review_note` text;--> statement-breakpoint
CREATE INDEX `inbound_review_queue` ON `inbound_messages` (`received_at`) WHERE reviewed_at is null and (review is not null or status = 'failed' or attribution in ('none', 'forward') or kind = 'unknown');--> statement-breakpoint
CREATE INDEX `inbound_person_kind_received` ON `inbound_messages` (`person_id`,`kind`,`received_at`);--> statement-breakpoint
CREATE INDEX `commitments_event_format_state` ON `commitments` (`event_id`,`format`,`state`);--> statement-breakpoint
CREATE INDEX `introductions_event` ON `introductions` (`event_id`);