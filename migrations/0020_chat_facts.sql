CREATE TABLE `chat_facts` (
	`chat_id` text NOT NULL,
	`company_id` text NOT NULL,
	`started_at` integer NOT NULL,
	`language` text NOT NULL,
	`category` text,
	`operator_id` text,
	`first_assigned_at` integer,
	`first_reply_at` integer,
	`closed_at` integer,
	`closed_by` text,
	`transfers` integer DEFAULT 0 NOT NULL,
	`rating` text,
	`missed` text,
	`test` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`company_id`, `chat_id`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `chat_facts_company_started_idx` ON `chat_facts` (`company_id`,`started_at`,`chat_id`);--> statement-breakpoint
DROP INDEX `chat_events_company_at_idx`;--> statement-breakpoint
CREATE INDEX `chat_events_company_chat_idx` ON `chat_events` (`company_id`,`chat_id`);