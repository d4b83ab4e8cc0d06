ALTER TABLE `articles` ADD `noindex` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `teaser_text` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `body_text` text DEFAULT '' NOT NULL;