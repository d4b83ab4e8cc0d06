-- Full-text index over articles, kept in step by triggers, so every writer (the app, the seed, a script) updates it
-- in the same transaction as the article. remove_diacritics folds accents (å → a); lib/search.ts also expands the
-- Danish spellings aa/ae/oe in queries. body_text is the members-only part: lib/search.ts matches and quotes it
-- only for members.
CREATE VIRTUAL TABLE `article_search` USING fts5(
	title, lede, teaser_text, body_text,
	content='articles', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `article_search_after_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO article_search(rowid, title, lede, teaser_text, body_text)
	VALUES (new.id, new.title, new.lede, new.teaser_text, new.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_after_delete` AFTER DELETE ON `articles` BEGIN
	INSERT INTO article_search(article_search, rowid, title, lede, teaser_text, body_text)
	VALUES ('delete', old.id, old.title, old.lede, old.teaser_text, old.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_after_update` AFTER UPDATE OF title, lede, teaser_text, body_text ON `articles` BEGIN
	INSERT INTO article_search(article_search, rowid, title, lede, teaser_text, body_text)
	VALUES ('delete', old.id, old.title, old.lede, old.teaser_text, old.body_text);
	INSERT INTO article_search(rowid, title, lede, teaser_text, body_text)
	VALUES (new.id, new.title, new.lede, new.teaser_text, new.body_text);
END;
--> statement-breakpoint
INSERT INTO article_search(article_search) VALUES ('rebuild');
