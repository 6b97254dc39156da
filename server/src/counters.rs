//! Scan counters (design §6): one count per campaign tag, lesson and day, added when the
//! server answers a navigation to `/l/<id>?k=<tag>` (or `/<lang>/l/<id>?k=<tag>`), and when the
//! service worker reports a scan it answered from its cache (`POST /api/v1/scans`); both go to
//! the in-memory tally (`tally.rs`), which one writer puts in SQLite. Nothing else about the
//! request is stored: no address, user agent, referrer, time of day, or per-scan row.

use std::collections::BTreeSet;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::State;
use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap};
use axum::routing::post;
use rusqlite::Connection;
use serde::Deserialize;
use veriga_core::poster::check;
use veriga_core::route::{Address, Route};

use crate::{AppError, AppState, limits, publish};

/// The longest campaign tag a poster carries.
pub const MAX_TAG_CHARS: usize = check::MAX_TAG;

/// A campaign tag exactly as a poster prints it: the poster tool's own rule, so that every
/// tag a poster can carry counts and nothing else does.
pub fn is_tag(tag: &str) -> bool {
    check::campaign_tag(tag).is_ok_and(|checked| checked.as_deref() == Some(tag))
}

/// The (tag, lesson) a request path and query count for, if any: only known lessons and
/// well-formed tags, so nobody can fill the table with made-up rows. `languages` are the
/// built ones, which a path may start with.
pub fn scan_of(
    path: &str,
    query: Option<&str>,
    lessons: &BTreeSet<String>,
    languages: &[String],
) -> Option<(String, String)> {
    let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
    let Route::Lesson(id) = Address::parse(path, &languages).route else {
        return None;
    };
    if !lessons.contains(&id) {
        return None;
    }
    let tag = query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("k="))
        .filter(|tag| is_tag(tag))?;
    Some((tag.to_string(), id))
}

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/scans", post(report_scan))
}

/// A scan the service worker answered from its cache, as it reports it once it can. Fields
/// beyond these are ignored and never stored.
#[derive(Deserialize)]
struct ScanReport {
    tag: String,
    lesson: String,
    /// The day of the scan, `YYYY-MM-DD`.
    day: String,
}

/// How many days before the server's today (UTC) a reported scan may be: a phone offline for
/// a week still gets its scans counted, and no older, so a replayed report cannot pile up
/// counts on days long gone.
pub const OLDEST_SCAN_DAYS: i64 = 7;
/// And after: a phone's midnight comes before UTC's (Romania is UTC+2, +3 in summer).
pub const NEWEST_SCAN_DAYS: i64 = 1;

/// `POST /api/v1/scans`: counts a reported scan like a navigation scan, on the day it names.
/// 404 when counting is off, so the worker stops reporting.
async fn report_scan(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Result<StatusCode, AppError> {
    if state.counted_lessons.is_empty() {
        return Err(AppError::NotFound);
    }
    // JSON only: a page on another site cannot send it without a CORS preflight, which this
    // server never grants, so it cannot make its visitors' browsers inflate the counts.
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"));
    if !json {
        return Err(AppError::BadScanReport);
    }
    // `small_bodies_only` refuses a declared length over the limit; this also caps a body
    // that declared none.
    let bytes = to_bytes(body, limits::MAX_BODY_BYTES)
        .await
        .map_err(|_| AppError::PayloadTooLarge)?;
    let report: ScanReport = serde_json::from_slice(&bytes).map_err(|_| AppError::BadScanReport)?;
    if !is_tag(&report.tag) {
        return Err(AppError::BadCampaignTag);
    }
    if !state.counted_lessons.contains(&report.lesson) {
        return Err(AppError::UnknownLesson);
    }
    if !is_recent_day(&report.day) {
        return Err(AppError::BadScanDay);
    }
    state.tally.add(&report.tag, &report.lesson, &report.day);
    Ok(StatusCode::NO_CONTENT)
}

/// A `YYYY-MM-DD` day within the reporting window around today (UTC). Compared with the
/// window's days as the server writes them, so only real dates in that one format pass.
fn is_recent_day(day: &str) -> bool {
    let today = publish::days_since_epoch();
    (today - OLDEST_SCAN_DAYS..=today + NEWEST_SCAN_DAYS).any(|days| publish::iso_date(days) == day)
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
        let languages = ["en".to_string(), "hu".to_string(), "ro".to_string()];
        let scan = |path: &str, query: Option<&str>| scan_of(path, query, &lessons, &languages);
        let counted = Some(("school-7".to_string(), "lover-boy".to_string()));
        assert_eq!(scan("/l/lover-boy", Some("k=school-7")), counted);
        assert_eq!(scan("/hu/l/lover-boy", Some("k=school-7")), counted);
        assert_eq!(scan("/ro/l/lover-boy/", Some("x=1&k=school-7")), counted);
        assert_eq!(scan("/fr/l/lover-boy", Some("k=school-7")), None);
        assert_eq!(scan("/hu/hu/l/lover-boy", Some("k=school-7")), None);
        assert_eq!(scan("/l/lover-boy", None), None);
        assert_eq!(scan("/l/made-up", Some("k=school-7")), None);
        assert_eq!(scan("/l/lover-boy", Some("k=School_7")), None);
        assert_eq!(
            scan("/l/lover-boy", Some("k=a-tag-far-too-long-for-a-poster")),
            None
        );
        assert_eq!(scan("/help", Some("k=school-7")), None);
        assert_eq!(scan("/hu/help", Some("k=school-7")), None);
    }

    #[test]
    fn tags_follow_the_poster_tools_rule() {
        assert!(is_tag("sc3-test"));
        assert!(is_tag("abcdefghijklmnop"));
        for tag in [
            "",
            " sc3",
            "sc3 ",
            "Sc3",
            "sc_3",
            "abcdefghijklmnopq",
            "școala",
        ] {
            assert!(!is_tag(tag), "{tag:?}");
        }
    }

    #[test]
    fn reported_days_are_real_dates_from_a_week_ago_to_tomorrow() {
        let today = publish::days_since_epoch();
        let day = |offset: i64| publish::iso_date(today + offset);
        for offset in -OLDEST_SCAN_DAYS..=NEWEST_SCAN_DAYS {
            assert!(is_recent_day(&day(offset)), "{offset}");
        }
        for offset in [-OLDEST_SCAN_DAYS - 1, -30, NEWEST_SCAN_DAYS + 1] {
            assert!(!is_recent_day(&day(offset)), "{offset}");
        }
        let today = day(0);
        for malformed in [
            "",
            "today",
            &today.replace('-', "/"),
            &today.replacen('-', "-0", 1),
            &format!("{today} "),
            &format!("+{today}"),
            &format!("{today}T00:00:00Z"),
        ] {
            assert!(!is_recent_day(malformed), "{malformed:?}");
        }
    }

    #[test]
    fn counts_add_up_per_tag_lesson_and_day() {
        let mut conn = crate::db::open_in_memory();
        let tally = crate::tally::Tally::default();
        tally.add("a", "lover-boy", "2026-11-29");
        tally.add("a", "lover-boy", "2026-11-29");
        tally.add("a", "lover-boy", "2026-11-30");
        tally.write(&mut conn).unwrap();
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
