DROP INDEX `articles_status_published_idx`;--> statement-breakpoint
DROP INDEX `articles_category_published_idx`;--> statement-breakpoint
DROP INDEX `articles_author_published_idx`;--> statement-breakpoint
CREATE INDEX `articles_published_idx` ON `articles` (`published_at`);--> statement-breakpoint
CREATE INDEX `articles_featured_published_idx` ON `articles` (`featured`,`published_at`);--> statement-breakpoint
CREATE INDEX `articles_category_published_idx` ON `articles` (`category_id`,`published_at`);--> statement-breakpoint
CREATE INDEX `articles_author_published_idx` ON `articles` (`author_id`,`published_at`);