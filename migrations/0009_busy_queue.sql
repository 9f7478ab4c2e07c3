ALTER TABLE `companies` ADD `busy_behaviour` text DEFAULT 'queue' NOT NULL;--> statement-breakpoint
ALTER TABLE `companies` ADD `max_queue_length` integer DEFAULT 200 NOT NULL;