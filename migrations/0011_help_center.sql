CREATE TABLE `help_articles` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text,
	`slug` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`published` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `help_articles_public_slug_idx` ON `help_articles` (`slug`) WHERE "help_articles"."company_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX `help_articles_company_slug_idx` ON `help_articles` (`company_id`,`slug`) WHERE "help_articles"."company_id" is not null;--> statement-breakpoint
CREATE TABLE `help_feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text,
	`article_id` text,
	`email` text NOT NULL,
	`message` text NOT NULL,
	`created_at` integer NOT NULL,
	`mailed_at` integer,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `help_articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `help_translations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` text NOT NULL,
	`lang` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`title_stem` text NOT NULL,
	`body_stem` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `help_articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `help_translations_article_lang_idx` ON `help_translations` (`article_id`,`lang`);--> statement-breakpoint
CREATE TABLE `help_votes` (
	`article_id` text NOT NULL,
	`company_id` text,
	`voter` text NOT NULL,
	`helpful` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`article_id`, `voter`),
	FOREIGN KEY (`article_id`) REFERENCES `help_articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
