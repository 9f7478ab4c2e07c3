CREATE TABLE `chat_events` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`chat_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` integer NOT NULL,
	`data` text NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `chat_events_company_at_idx` ON `chat_events` (`company_id`,`at`);--> statement-breakpoint
ALTER TABLE `companies` ADD `time_zone` text DEFAULT 'UTC' NOT NULL;