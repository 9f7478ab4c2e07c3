ALTER TABLE `help_feedback` ADD `mail_tries` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `help_feedback` ADD `next_mail_attempt_at` integer;