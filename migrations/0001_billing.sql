-- Plans, payments and payment periods (F15). `payments` and `plan_ledger` were never written
-- before this migration, so they are recreated in their final shape (SQLite can't add NOT NULL
-- columns without a default to an existing table).
CREATE TABLE `plans` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`price_per_operator` integer NOT NULL,
	`currency` text NOT NULL,
	`max_operators` integer NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `plans` (`id`, `name`, `price_per_operator`, `currency`, `max_operators`, `position`) VALUES
	('free', 'Free', 0, 'usd', 1, 0),
	('standard', 'Standard', 900, 'usd', 20, 1),
	('pro', 'Pro', 1900, 'usd', 100, 2);
--> statement-breakpoint
DROP TABLE `plan_ledger`;--> statement-breakpoint
DROP TABLE `payments`;--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`plan` text NOT NULL,
	`operators` integer NOT NULL,
	`months` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`provider_ref` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`completed_at` integer,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `payments_company_idx` ON `payments` (`company_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `payments_provider_ref_idx` ON `payments` (`provider_ref`);--> statement-breakpoint
CREATE TABLE `plan_ledger` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`actor_id` text,
	`plan_before` text NOT NULL,
	`operators_before` integer NOT NULL,
	`paid_until_before` integer,
	`plan` text NOT NULL,
	`operators` integer NOT NULL,
	`paid_until_after` integer,
	`amount_cents` integer DEFAULT 0 NOT NULL,
	`currency` text,
	`payment_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_ledger_company_seq_idx` ON `plan_ledger` (`company_id`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `plan_ledger_payment_idx` ON `plan_ledger` (`payment_id`);--> statement-breakpoint
CREATE TABLE `billing_events` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `billing_notices` (
	`company_id` text NOT NULL,
	`kind` text NOT NULL,
	`paid_until` integer NOT NULL,
	`sent_at` integer NOT NULL,
	PRIMARY KEY(`company_id`, `kind`, `paid_until`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
