//! Scan counters (design §6): one count per campaign tag, lesson and day, added when the
//! server answers a navigation to `/l/<id>?k=<tag>`. Nothing else about the request is
//! stored: no address, user agent, referrer, or per-scan row.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, params};
use veriga_core::route::{Route, is_lesson_id};

/// The longest campaign tag a poster carries.
pub const MAX_TAG_CHARS: usize = 16;

/// A campaign tag: at most 16 of `a-z 0-9 -`.
pub fn is_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= MAX_TAG_CHARS
        && tag
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The (tag, lesson) a request path and query count for, if any: only known lessons and
/// well-formed tags, so nobody can fill the table with made-up rows.
pub fn scan_of(
    path: &str,
    query: Option<&str>,
    lessons: &BTreeSet<String>,
) -> Option<(String, String)> {
    let Route::Lesson(id) = Route::parse(path) else {
        return None;
    };
    if !is_lesson_id(&id) || !lessons.contains(&id) {
        return None;
    }
    let tag = query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("k="))
        .filter(|tag| is_tag(tag))?;
    Some((tag.to_string(), id))
}

pub fn count(conn: &Connection, tag: &str, lesson: &str, day: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO scan_counts (tag, lesson, day, count) VALUES (?1, ?2, ?3, 1)
         ON CONFLICT (tag, lesson, day) DO UPDATE SET count = count + 1",
        params![tag, lesson, day],
    )
    .map(|_| ())
}

/// Adds the scan in the background: a counter must never slow a student's page.
pub fn count_later(db: Arc<Mutex<Connection>>, tag: String, lesson: String) {
    tokio::task::spawn_blocking(move || {
        if let Ok(conn) = db.lock() {
            let _ = count(&conn, &tag, &lesson, &crate::publish::today_utc());
        }
    });
}

/// All counters, newest day first, for `stats`.
pub fn all(conn: &Connection) -> rusqlite::Result<Vec<(String, String, String, i64)>> {
    let mut statement = conn.prepare(
        "SELECT day, tag, lesson, count FROM scan_counts ORDER BY day DESC, tag, lesson",
    )?;
    let rows = statement.query_map([], |row| {
        Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
    })?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_lessons_with_good_tags_count() {
        let lessons: BTreeSet<String> = ["lover-boy".to_string()].into();
        assert_eq!(
            scan_of("/l/lover-boy", Some("k=school-7"), &lessons),
            Some(("school-7".into(), "lover-boy".into()))
        );
        assert_eq!(scan_of("/l/lover-boy", None, &lessons), None);
        assert_eq!(scan_of("/l/made-up", Some("k=school-7"), &lessons), None);
        assert_eq!(scan_of("/l/lover-boy", Some("k=School_7"), &lessons), None);
        assert_eq!(
            scan_of(
                "/l/lover-boy",
                Some("k=a-tag-far-too-long-for-a-poster"),
                &lessons
            ),
            None
        );
        assert_eq!(scan_of("/help", Some("k=school-7"), &lessons), None);
    }

    #[test]
    fn counts_add_up_per_tag_lesson_and_day() {
        let conn = crate::db::open_in_memory();
        count(&conn, "a", "lover-boy", "2026-11-29").unwrap();
        count(&conn, "a", "lover-boy", "2026-11-29").unwrap();
        count(&conn, "a", "lover-boy", "2026-11-30").unwrap();
        let rows = all(&conn).unwrap();
        assert_eq!(
            rows[0],
            ("2026-11-30".into(), "a".into(), "lover-boy".into(), 1)
        );
        assert_eq!(
            rows[1],
            ("2026-11-29".into(), "a".into(), "lover-boy".into(), 2)
        );
    }
}
