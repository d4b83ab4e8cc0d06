ALTER TABLE `articles` ADD `teaser_paragraphs` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
-- Articles saved so far were split with the site's setting of the time, as far as we know the current one.
UPDATE `articles` SET `teaser_paragraphs` = (SELECT `teaser_paragraphs` FROM `settings` WHERE `id` = 1) WHERE EXISTS (SELECT 1 FROM `settings` WHERE `id` = 1);
