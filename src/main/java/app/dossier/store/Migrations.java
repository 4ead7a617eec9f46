package app.dossier.store;

import java.util.List;

/**
 * The schema as an append-only list: migration {@code n} (1-based) brings a library from
 * {@code PRAGMA user_version = n-1} to {@code n}. A migration that has shipped is never edited;
 * changes come as a new entry at the end.
 */
final class Migrations {

    private Migrations() {
    }

    static final List<String> ALL = List.of(
            // 1: folders, feeds, articles, user state apart from content, full-text search.
            // Articles are stored in arrival order (rid) and found by their stable id through a
            // unique index: appending is several times cheaper than inserting at random hash
            // positions, and the index trails in the same order. Summary and content are packed
            // (see Blobs).
            """
            CREATE TABLE folder (
              id        INTEGER PRIMARY KEY,
              parent_id INTEGER REFERENCES folder(id) ON DELETE CASCADE,
              name      TEXT NOT NULL,
              position  INTEGER NOT NULL,
              outline   TEXT
            );
            CREATE INDEX folder_by_parent ON folder(parent_id, position);

            CREATE TABLE feed (
              id           INTEGER PRIMARY KEY,
              url          TEXT NOT NULL UNIQUE,
              custom_title TEXT,
              title        TEXT,
              site_url     TEXT,
              description  TEXT,
              language     TEXT,
              image_url    TEXT,
              format       TEXT,
              folder_id    INTEGER REFERENCES folder(id) ON DELETE SET NULL,
              position     INTEGER NOT NULL,
              added_at     INTEGER NOT NULL,
              removed_at   INTEGER,
              outline      TEXT
            );
            CREATE INDEX feed_by_folder ON feed(folder_id, position);

            CREATE TABLE article (
              rid          INTEGER PRIMARY KEY,
              id           INTEGER NOT NULL UNIQUE,
              feed_id      INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
              sort_date    INTEGER NOT NULL,
              first_seen   INTEGER NOT NULL,
              content_hash INTEGER NOT NULL,
              title        TEXT,
              url          TEXT,
              authors      TEXT,
              guid         TEXT,
              published    INTEGER,
              updated      INTEGER,
              categories   TEXT,
              enclosures   TEXT,
              summary      BLOB,
              content      BLOB
            );
            CREATE INDEX article_by_feed ON article(feed_id, sort_date DESC);
            CREATE INDEX article_by_date ON article(sort_date DESC);

            CREATE TABLE article_state (
              article_id INTEGER PRIMARY KEY,
              read       INTEGER NOT NULL DEFAULT 0,
              starred    INTEGER NOT NULL DEFAULT 0,
              changed_at INTEGER NOT NULL
            );
            CREATE INDEX article_state_starred ON article_state(starred) WHERE starred = 1;

            CREATE VIRTUAL TABLE search USING fts5(
              title, author, body,
              content = '', contentless_delete = 1,
              tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE TABLE search_pending (rid INTEGER PRIMARY KEY);
            CREATE TRIGGER article_added AFTER INSERT ON article BEGIN
              INSERT OR IGNORE INTO search_pending (rid) VALUES (new.rid);
            END;
            CREATE TRIGGER article_changed AFTER UPDATE OF title, authors, summary, content ON article BEGIN
              INSERT OR IGNORE INTO search_pending (rid) VALUES (new.rid);
            END;
            CREATE TRIGGER article_deleted AFTER DELETE ON article BEGIN
              DELETE FROM search WHERE rowid = old.rid;
              DELETE FROM search_pending WHERE rid = old.rid;
            END;
            """,
            // 2: what polling remembers per feed and per host, and each feed's last refresh.
            """
            CREATE TABLE feed_fetch (
              feed_id            INTEGER PRIMARY KEY REFERENCES feed(id) ON DELETE CASCADE,
              etag               TEXT,
              last_modified      TEXT,
              validators_at      INTEGER,
              body_hash          TEXT,
              failures           INTEGER NOT NULL DEFAULT 0,
              backoff_until      INTEGER,
              gone               INTEGER NOT NULL DEFAULT 0,
              redirect_candidate TEXT,
              redirect_streak    INTEGER NOT NULL DEFAULT 0,
              last_status        INTEGER NOT NULL DEFAULT 0,
              last_error         TEXT,
              next_check         INTEGER,
              interval_minutes   INTEGER,
              ttl_seconds        INTEGER,
              period_seconds     INTEGER
            );
            CREATE TABLE refresh_outcome (
              feed_id      INTEGER PRIMARY KEY REFERENCES feed(id) ON DELETE CASCADE,
              at           INTEGER NOT NULL,
              http_status  INTEGER NOT NULL,
              bytes        INTEGER NOT NULL,
              duration_ms  INTEGER NOT NULL,
              new_articles INTEGER NOT NULL,
              error        TEXT,
              next_check   INTEGER
            );
            CREATE TABLE host_backoff (
              host  TEXT PRIMARY KEY,
              until INTEGER NOT NULL
            );
            """,
            // 3: text analysis (who said what), keyed by the stable article id. `analysis` is one
            // small row per analysed article, so finding what is missing or stale is a walk of
            // article ids with one probe each. The large tables are appended in arrival order
            // (rid) and found by article through an index, as articles are: rows keyed by the
            // hash-like id would land at random places and leave pages part-empty. A quote's words
            // are not repeated in its row: listing reads them from the encoded result.
            // `analysis_data` holds the encoded result (text, spans, the offset map into the HTML:
            // what the reading pane needs) and the article's key-phrase terms as a JSON array;
            // `phrase_df` counts, per term, the analysed articles having it and is kept by
            // triggers on that row, so it stays right however an analysis or an article goes away. Quotes and entities are copied into query tables. An
            // article whose text changes keeps its old analysis, marked stale (version 0).
            """
            CREATE TABLE analysis (
              article_id  INTEGER PRIMARY KEY,
              version     INTEGER NOT NULL,
              watch_key   INTEGER NOT NULL,
              analysed_at INTEGER NOT NULL
            );
            CREATE TABLE analysis_data (
              rid        INTEGER PRIMARY KEY,
              article_id INTEGER NOT NULL UNIQUE,
              data       BLOB NOT NULL,
              terms      TEXT NOT NULL
            );
            CREATE TABLE analysis_quote (
              rid                INTEGER PRIMARY KEY,
              article_id         INTEGER NOT NULL,
              seq                INTEGER NOT NULL,
              kind               TEXT NOT NULL,
              quote_start        INTEGER NOT NULL,
              quote_end          INTEGER NOT NULL,
              confidence         REAL NOT NULL,
              speaker_name       TEXT,
              speaker_as_written TEXT,
              speaker_start      INTEGER,
              speaker_end        INTEGER,
              speaker_role       TEXT,
              speaker_type       TEXT,
              official           INTEGER NOT NULL,
              speaker_key        TEXT
            );
            CREATE INDEX analysis_quote_by_article ON analysis_quote(article_id, seq);
            CREATE TABLE analysis_entity (
              article_id INTEGER NOT NULL,
              type       TEXT NOT NULL,
              canonical  TEXT NOT NULL,
              mentions   INTEGER NOT NULL,
              PRIMARY KEY (article_id, type, canonical)
            ) WITHOUT ROWID;
            CREATE TABLE phrase_df (
              term     TEXT PRIMARY KEY,
              articles INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE watch_term (
              term_key TEXT PRIMARY KEY,
              term     TEXT NOT NULL,
              added_at INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TRIGGER article_deleted_analysis AFTER DELETE ON article BEGIN
              DELETE FROM analysis WHERE article_id = old.id;
            END;
            CREATE TRIGGER article_changed_analysis AFTER UPDATE OF title, summary, content ON article BEGIN
              UPDATE analysis SET version = 0 WHERE article_id = new.id;
            END;
            CREATE TRIGGER analysis_deleted AFTER DELETE ON analysis BEGIN
              DELETE FROM analysis_data WHERE article_id = old.article_id;
              DELETE FROM analysis_quote WHERE article_id = old.article_id;
              DELETE FROM analysis_entity WHERE article_id = old.article_id;
            END;
            CREATE TRIGGER analysis_terms_added AFTER INSERT ON analysis_data BEGIN
              INSERT INTO phrase_df (term, articles) SELECT value, 1 FROM json_each(new.terms) WHERE true
                ON CONFLICT (term) DO UPDATE SET articles = articles + 1;
            END;
            CREATE TRIGGER analysis_terms_removed AFTER DELETE ON analysis_data BEGIN
              UPDATE phrase_df SET articles = articles - 1 WHERE term IN (SELECT value FROM json_each(old.terms));
              DELETE FROM phrase_df WHERE articles <= 0 AND term IN (SELECT value FROM json_each(old.terms));
            END;
            """,
            // 4: the search index merges its segments sixteen at a time instead of four: a first
            // refresh indexes tens of thousands of articles in a row, about 1.5 times faster so,
            // and searching a few dozen segments instead of a few is no slower at this size.
            """
            INSERT INTO search (search, rank) VALUES ('automerge', 16);
            """,
            // 5: the index takes text already folded (SearchFold) and splits it with FTS5's ascii
            // tokenizer instead of folding every character in unicode61 on the database writer:
            // building it takes half the time. Its in-memory buffer may grow to 64 MB instead of
            // 1 MB before it is written out as a segment, so a batch of thousands of articles makes
            // one segment, not dozens to merge. Everything is queued to be indexed again.
            """
            DROP TABLE search;
            CREATE VIRTUAL TABLE search USING fts5(
              title, author, body,
              content = '', contentless_delete = 1,
              tokenize = 'ascii'
            );
            INSERT INTO search (search, rank) VALUES ('automerge', 16);
            INSERT INTO search (search, rank) VALUES ('hashsize', 67108864);
            INSERT OR IGNORE INTO search_pending (rid) SELECT rid FROM article;
            """);
}
