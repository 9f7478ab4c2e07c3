CREATE TABLE `config_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`what` text NOT NULL,
	`version` integer NOT NULL,
	`tries` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `config_outbox_created_idx` ON `config_outbox` (`created_at`);--> statement-breakpoint
ALTER TABLE `companies` ADD `retention_days` integer DEFAULT 365 NOT NULL;--> statement-breakpoint
ALTER TABLE `companies` ADD `config_version` integer DEFAULT 0 NOT NULL;