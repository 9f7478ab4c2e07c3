DROP TABLE `feedback`;--> statement-breakpoint
DROP TABLE `help_articles`;