namespace NewsBot.Coverage.Storage;

// Each entry upgrades the database from the previous version; the index of an entry plus one is the version it
// produces (stored in PRAGMA user_version). Never edit a shipped entry: append a new one.
internal static class Schema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE articles (
            id           INTEGER PRIMARY KEY,
            source       TEXT NOT NULL UNIQUE,
            origin       TEXT NOT NULL,
            title        TEXT NOT NULL,
            outlet       TEXT NOT NULL,
            published    TEXT NULL,
            url          TEXT NULL,
            author       TEXT NULL,
            content_hash TEXT NOT NULL,
            text_hash    TEXT NOT NULL,
            indexed_at   TEXT NOT NULL
        );
        CREATE INDEX articles_origin ON articles(origin);
        CREATE INDEX articles_text_hash ON articles(text_hash);

        CREATE TABLE sentences (
            id         INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            text       TEXT NOT NULL
        );
        CREATE INDEX sentences_article ON sentences(article_id, position);

        CREATE VIRTUAL TABLE sentences_fts USING fts5(
            text, content = 'sentences', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');

        CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
            INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;

        -- Surface words (lower-cased, diacritics folded) and how many sentences hold them: the vocabulary that
        -- misspelt question words are corrected against, and the document frequencies of the scorer.
        CREATE TABLE words (
            word TEXT PRIMARY KEY,
            df   INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO meta(key, value) VALUES ('generation', '0');
        """,

        // The writer adds a batch's sentences to FTS5 in one statement. Row by row from a trigger, every later
        // statement of the batch made FTS5 flush its pending terms into a new segment and merge segments again:
        // most of the cost of indexing.
        """
        DROP TRIGGER sentences_ai;
        """,
    ];

    public static int CurrentVersion => Migrations.Length;
}
