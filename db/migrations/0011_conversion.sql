CREATE TABLE `article_events` (
	`article_id` integer NOT NULL,
	`day` text NOT NULL,
	`kind` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`article_id`, `day`, `kind`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_events_day_idx` ON `article_events` (`day`);--> statement-breakpoint
CREATE TABLE `gift_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`article_id` integer NOT NULL,
	`giver_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`opens` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`giver_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gift_links_token_hash_unique` ON `gift_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `gift_links_giver_idx` ON `gift_links` (`giver_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `gift_links_article_idx` ON `gift_links` (`article_id`);--> statement-breakpoint
CREATE TABLE `signup_attributions` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`return_path` text,
	`article_id` integer,
	`referrer_host` text,
	`utm_source` text,
	`utm_medium` text,
	`utm_campaign` text,
	`gift_link_id` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`gift_link_id`) REFERENCES `gift_links`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `signup_attributions_created_idx` ON `signup_attributions` (`created_at`);--> statement-breakpoint
CREATE INDEX `signup_attributions_article_idx` ON `signup_attributions` (`article_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `settings` ADD `gift_links_per_month` integer DEFAULT 5 NOT NULL;