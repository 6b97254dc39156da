//! The embedded SQLite store in the data folder: opened, checked and migrated at start.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode};

use crate::StartError;

/// The database file inside the data folder.
pub const DB_FILE: &str = "veriga.sqlite";

/// How long a writer waits for another to finish: a publication takes well under a second.
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Each entry moves the schema one version up; `PRAGMA user_version` records how far a file
/// has come. Entries are only ever appended.
const MIGRATIONS: &[&str] = &[
    // 1: signed content packs as published, and aggregate scan counters (design §6: a count per
    // campaign tag, lesson and day; nothing about who scanned).
    "CREATE TABLE packs (
        lang TEXT NOT NULL,
        version INTEGER NOT NULL,
        published TEXT NOT NULL,
        body BLOB NOT NULL,
        signature BLOB NOT NULL,
        PRIMARY KEY (lang, version)
    ) STRICT;
    CREATE TABLE scan_counts (
        tag TEXT NOT NULL,
        lesson TEXT NOT NULL,
        day TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (tag, lesson, day)
    ) STRICT;",
    // 2: which public key signed each pack (hex), so the app can say which key it trusted.
    "ALTER TABLE packs ADD COLUMN key TEXT NOT NULL DEFAULT '';",
];

/// A migrated database in memory, for tests.
pub fn open_in_memory() -> Connection {
    let mut conn = Connection::open_in_memory().expect("SQLite in memory");
    migrate(&mut conn, Path::new(":memory:")).expect("migrations apply to an empty database");
    conn
}

/// Opens the data folder's database, creating it on first start. A file that is not a Veriga
/// database is reported and left exactly as it was.
pub fn open(data: &Path) -> Result<Connection, StartError> {
    if !data.exists() {
        return Err(StartError::DataMissing(data.to_path_buf()));
    }
    if !data.is_dir() {
        return Err(StartError::DataNotAFolder(data.to_path_buf()));
    }
    let path = data.join(DB_FILE);
    let unreadable = |err: rusqlite::Error| classify(&path, err);
    let mut conn = Connection::open(&path).map_err(unreadable)?;
    // The first read tells a damaged or foreign file apart before anything is written.
    let found: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(unreadable)?;
    let known = MIGRATIONS.len() as i64;
    if found > known {
        return Err(StartError::DataTooNew { path, found, known });
    }
    // WAL: a publisher writing while the server reads never exposes a half-written pack.
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(unreadable)?;
    // The server's counter writer and a publisher share the file: each waits its turn (writers
    // begin IMMEDIATE, so neither fails half-way) instead of failing with "database is locked".
    conn.busy_timeout(BUSY_TIMEOUT).map_err(unreadable)?;
    migrate(&mut conn, &path)?;
    Ok(conn)
}

fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StartError> {
    let unreadable = |err: rusqlite::Error| classify(path, err);
    let found: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(unreadable)?;
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction().map_err(unreadable)?;
        tx.execute_batch(migration).map_err(unreadable)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)
            .map_err(unreadable)?;
        tx.commit().map_err(unreadable)?;
    }
    Ok(())
}

fn classify(path: &Path, err: rusqlite::Error) -> StartError {
    match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            StartError::DataCorrupt(path.to_path_buf())
        }
        _ => StartError::DataUnreadable {
            path: PathBuf::from(path),
            reason: err.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_and_reopens_the_database() {
        let dir = tempfile::tempdir().unwrap();
        drop(open(dir.path()).unwrap());
        let conn = open(dir.path()).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap();
        assert_eq!(version, MIGRATIONS.len() as i64);
    }

    #[test]
    fn a_damaged_file_is_reported_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let garbage = b"this is not a database, but someone's notes".repeat(200);
        std::fs::write(dir.path().join(DB_FILE), &garbage).unwrap();
        let err = open(dir.path()).unwrap_err();
        assert!(matches!(err, StartError::DataCorrupt(_)), "{err}");
        assert_eq!(std::fs::read(dir.path().join(DB_FILE)).unwrap(), garbage);
        assert!(!dir.path().join("veriga.sqlite-wal").exists());
    }

    #[test]
    fn a_missing_folder_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let err = open(&dir.path().join("nope")).unwrap_err();
        assert!(matches!(err, StartError::DataMissing(_)));
        assert!(err.to_string().contains("mkdir -p"));
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        {
            let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
            conn.pragma_update(None, "user_version", 99).unwrap();
        }
        assert!(matches!(
            open(dir.path()).unwrap_err(),
            StartError::DataTooNew { found: 99, .. }
        ));
    }
}
