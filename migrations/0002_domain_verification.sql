DROP INDEX `domains_host_unique`;--> statement-breakpoint
-- Hand-edited: SQLite adds a NOT NULL column only with a default; existing claims get a random token and stay unverified.
ALTER TABLE `domains` ADD `verification_token` text NOT NULL DEFAULT '';--> statement-breakpoint
UPDATE `domains` SET `verification_token` = lower(hex(randomblob(16)));--> statement-breakpoint
ALTER TABLE `domains` ADD `verified_at` integer;--> statement-breakpoint
ALTER TABLE `domains` ADD `disabled_at` integer;--> statement-breakpoint
CREATE INDEX `domains_host_idx` ON `domains` (`host`);--> statement-breakpoint
CREATE UNIQUE INDEX `domains_company_host_idx` ON `domains` (`company_id`,`host`);--> statement-breakpoint
CREATE UNIQUE INDEX `domains_verified_host_idx` ON `domains` (`host`) WHERE "domains"."verified_at" IS NOT NULL;