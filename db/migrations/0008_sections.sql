-- "Section" is the one word for what readers browse by (it was `categories` in the first schema).
ALTER TABLE `categories` RENAME TO `sections`;--> statement-breakpoint
ALTER TABLE `articles` RENAME COLUMN `category_id` TO `section_id`;--> statement-breakpoint
DROP INDEX `categories_slug_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `sections_slug_unique` ON `sections` (`slug`);--> statement-breakpoint
DROP INDEX `articles_category_published_idx`;--> statement-breakpoint
CREATE INDEX `articles_section_published_idx` ON `articles` (`section_id`,`published_at`);
