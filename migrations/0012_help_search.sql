-- Knowledge-base search (F16, F19), hand-written: Drizzle has no virtual tables, and
-- `drizzle-kit generate` must keep saying "No schema changes" (these are not in db/schema).
-- help_fts ranks: the stemmed columns, where English is stemmed here by the porter tokenizer and
-- Ukrainian is already stemmed in JS (common/help/stem-text.ts). help_words holds the words as
-- written, for prefix expansion and typo correction through its vocabulary (help_words_vocab).
-- Both are external-content tables over help_translations (rowid = id), kept in step by triggers.
CREATE VIRTUAL TABLE `help_fts` USING fts5(
	title_stem, body_stem,
	content='help_translations', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 0'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `help_words` USING fts5(
	title, body,
	content='help_translations', content_rowid='id',
	tokenize='unicode61 remove_diacritics 0'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `help_words_vocab` USING fts5vocab('help_words', 'row');
--> statement-breakpoint
CREATE TRIGGER `help_translations_ai` AFTER INSERT ON `help_translations` BEGIN
	INSERT INTO help_fts(rowid, title_stem, body_stem) VALUES (new.id, new.title_stem, new.body_stem);
	INSERT INTO help_words(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `help_translations_ad` AFTER DELETE ON `help_translations` BEGIN
	INSERT INTO help_fts(help_fts, rowid, title_stem, body_stem) VALUES ('delete', old.id, old.title_stem, old.body_stem);
	INSERT INTO help_words(help_words, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `help_translations_au` AFTER UPDATE ON `help_translations` BEGIN
	INSERT INTO help_fts(help_fts, rowid, title_stem, body_stem) VALUES ('delete', old.id, old.title_stem, old.body_stem);
	INSERT INTO help_words(help_words, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
	INSERT INTO help_fts(rowid, title_stem, body_stem) VALUES (new.id, new.title_stem, new.body_stem);
	INSERT INTO help_words(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
