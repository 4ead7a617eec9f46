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
            """);
}
