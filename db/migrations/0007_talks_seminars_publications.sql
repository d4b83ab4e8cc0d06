CREATE TABLE `publications` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`pdf_file` text NOT NULL,
	`pdf_bytes` integer NOT NULL,
	`downloads` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `seminar_signups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `seminars`(`article_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `seminar_signups_member_idx` ON `seminar_signups` (`article_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `seminar_signups_status_idx` ON `seminar_signups` (`article_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `seminar_signups_user_idx` ON `seminar_signups` (`user_id`);--> statement-breakpoint
CREATE TABLE `seminars` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`starts_at` integer NOT NULL,
	`duration_minutes` integer NOT NULL,
	`venue` text DEFAULT '' NOT NULL,
	`capacity` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `seminars_starts_idx` ON `seminars` (`starts_at`);--> statement-breakpoint
CREATE TABLE `talks` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`speaker` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`video_url` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `categories` ADD `kind` text DEFAULT 'article' NOT NULL;