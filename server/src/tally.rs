//! Scans counted in memory and written to SQLite in one transaction a second, by one writer:
//! the request path never waits for the database, so a flood of scans cannot slow a page or
//! the content API. What a crash (`kill -9`) can lose is the last second's counts; SIGTERM
//! writes them before the server exits.
//!
//! The tally is bounded: each day holds at most [`MAX_KEYS_PER_DAY`] (tag, lesson) pairs,
//! and scans of further pairs that day (made-up tags, mostly) are counted under
//! [`OTHER_TAG`], so nobody can grow the memory or the database by inventing tags. A write
//! that fails (disk full, read-only) keeps the counts in memory, still bounded, and is logged
//! once a minute with its reason; the server goes on serving.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rusqlite::{Connection, TransactionBehavior, params};

/// How often the writer writes.
pub const WRITE_EVERY: Duration = Duration::from_secs(1);
/// The (tag, lesson) pairs a day may hold. A campaign of a thousand schools and fifteen
/// lessons stays under it.
pub const MAX_KEYS_PER_DAY: usize = 20_000;
/// Where scans beyond a day's cap are counted; not a tag a poster can carry, so it never mixes
/// with a real campaign.
pub const OTHER_TAG: &str = "(other)";
/// A failed write is logged at most this often.
const LOG_EVERY: Duration = Duration::from_secs(60);

type Key = (String, String, String);

#[derive(Default)]
struct Inner {
    /// Counts not yet written, per (tag, lesson, day).
    pending: HashMap<Key, i64>,
    /// The (tag, lesson) pairs each day has had since the server started.
    seen: HashMap<String, HashSet<(String, String)>>,
}

/// The scans not yet written. Its lock is held only to add or take counts, never across an
/// `await` or a database call.
#[derive(Default)]
pub struct Tally {
    inner: Mutex<Inner>,
    last_logged: Mutex<Option<Instant>>,
}

impl Tally {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // Counts are plain numbers: a panic elsewhere cannot leave them half-changed.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Counts one scan of `lesson` under `tag` on `day` (already checked by the caller).
    pub fn add(&self, tag: &str, lesson: &str, day: &str) {
        let mut inner = self.lock();
        if !inner.seen.contains_key(day) {
            // Only the days a report may still name are kept apart; older ones are forgotten.
            if inner.seen.len() > (crate::counters::OLDEST_SCAN_DAYS + 2) as usize
                && let Some(oldest) = inner.seen.keys().min().cloned()
            {
                inner.seen.remove(&oldest);
            }
            inner.seen.insert(day.to_string(), HashSet::new());
        }
        let seen = inner.seen.get_mut(day).expect("inserted above");
        let pair = (tag.to_string(), lesson.to_string());
        let tag = if seen.contains(&pair) {
            tag
        } else if seen.len() < MAX_KEYS_PER_DAY {
            seen.insert(pair);
            tag
        } else {
            OTHER_TAG
        };
        *inner
            .pending
            .entry((tag.to_string(), lesson.to_string(), day.to_string()))
            .or_default() += 1;
    }

    /// Whether anything waits to be written.
    pub fn is_empty(&self) -> bool {
        self.lock().pending.is_empty()
    }

    fn take(&self) -> HashMap<Key, i64> {
        std::mem::take(&mut self.lock().pending)
    }

    fn put_back(&self, counts: HashMap<Key, i64>) {
        let mut inner = self.lock();
        for (key, count) in counts {
            *inner.pending.entry(key).or_default() += count;
        }
    }

    /// Writes what waits, in one transaction; on failure the counts wait for the next write.
    /// Returns how many rows were written.
    pub fn write(&self, conn: &mut Connection) -> rusqlite::Result<usize> {
        let counts = self.take();
        if counts.is_empty() {
            return Ok(0);
        }
        match write_counts(conn, &counts) {
            Ok(()) => Ok(counts.len()),
            Err(err) => {
                self.put_back(counts);
                Err(err)
            }
        }
    }

    /// [`Tally::write`] on the shared connection, off the async threads, logging a failure
    /// at most once a minute.
    pub async fn write_shared(self: &Arc<Tally>, db: &Arc<Mutex<Connection>>) {
        if self.is_empty() {
            return;
        }
        let (tally, db) = (self.clone(), db.clone());
        let written = tokio::task::spawn_blocking(move || {
            let mut conn = db.lock().unwrap_or_else(PoisonError::into_inner);
            tally.write(&mut conn).map_err(|err| err.to_string())
        })
        .await
        .unwrap_or_else(|err| Err(err.to_string()));
        if let Err(reason) = written {
            let mut last = self
                .last_logged
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if last.is_none_or(|at| at.elapsed() >= LOG_EVERY) {
                eprintln!("veriga-server: scan counts not written (kept in memory): {reason}");
                *last = Some(Instant::now());
            }
        }
    }

    /// The writer: every [`WRITE_EVERY`] until `stop` completes, then once more.
    pub async fn run_writer(
        self: Arc<Tally>,
        db: Arc<Mutex<Connection>>,
        stop: impl std::future::Future<Output = ()>,
    ) {
        tokio::pin!(stop);
        let mut every = tokio::time::interval(WRITE_EVERY);
        loop {
            tokio::select! {
                _ = every.tick() => self.write_shared(&db).await,
                () = &mut stop => break,
            }
        }
        self.write_shared(&db).await;
    }
}

fn write_counts(conn: &mut Connection, counts: &HashMap<Key, i64>) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    {
        let mut add = tx.prepare_cached(
            "INSERT INTO scan_counts (tag, lesson, day, count) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (tag, lesson, day) DO UPDATE SET count = count + excluded.count",
        )?;
        for ((tag, lesson, day), count) in counts {
            add.execute(params![tag, lesson, day, count])?;
        }
    }
    tx.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_add_up_and_are_written_once() {
        let tally = Tally::default();
        let mut conn = crate::db::open_in_memory();
        for _ in 0..3 {
            tally.add("school-7", "lover-boy", "2026-12-01");
        }
        tally.add("school-7", "job-offers", "2026-12-01");
        assert_eq!(tally.write(&mut conn).unwrap(), 2);
        assert_eq!(tally.write(&mut conn).unwrap(), 0, "nothing twice");
        tally.add("school-7", "lover-boy", "2026-12-01");
        tally.write(&mut conn).unwrap();
        let rows = crate::counters::all(&conn).unwrap();
        assert_eq!(
            rows,
            [
                (
                    "2026-12-01".into(),
                    "school-7".into(),
                    "job-offers".into(),
                    1
                ),
                (
                    "2026-12-01".into(),
                    "school-7".into(),
                    "lover-boy".into(),
                    4
                ),
            ]
        );
    }

    #[test]
    fn made_up_tags_beyond_a_days_cap_fold_into_one_count() {
        let tally = Tally::default();
        let mut conn = crate::db::open_in_memory();
        for n in 0..MAX_KEYS_PER_DAY + 500 {
            tally.add(&format!("t{n}"), "lover-boy", "2026-12-01");
        }
        // A pair seen before the cap still counts under its own tag.
        tally.add("t0", "lover-boy", "2026-12-01");
        tally.add("t0", "lover-boy", "2026-12-02");
        tally.write(&mut conn).unwrap();
        let rows = crate::counters::all(&conn).unwrap();
        assert_eq!(rows.len(), MAX_KEYS_PER_DAY + 2);
        let count = |day: &str, tag: &str| {
            rows.iter()
                .find(|row| row.0 == day && row.1 == tag)
                .map(|row| row.3)
        };
        assert_eq!(count("2026-12-01", OTHER_TAG), Some(500));
        assert_eq!(count("2026-12-01", "t0"), Some(2));
        assert_eq!(
            count("2026-12-02", "t0"),
            Some(1),
            "another day, its own cap"
        );
        assert!(!crate::counters::is_tag(OTHER_TAG), "never a poster's tag");
    }

    #[test]
    fn a_failed_write_keeps_the_counts_for_the_next() {
        let tally = Tally::default();
        let dir = tempfile::tempdir().unwrap();
        let mut conn = crate::db::open(dir.path()).unwrap();
        tally.add("school-7", "lover-boy", "2026-12-01");
        conn.execute_batch("PRAGMA query_only = ON").unwrap();
        assert!(tally.write(&mut conn).is_err());
        assert!(!tally.is_empty(), "kept");
        conn.execute_batch("PRAGMA query_only = OFF").unwrap();
        tally.add("school-7", "lover-boy", "2026-12-01");
        assert_eq!(tally.write(&mut conn).unwrap(), 1);
        assert_eq!(crate::counters::all(&conn).unwrap()[0].3, 2);
    }

    #[test]
    fn old_days_are_forgotten_so_the_tally_stays_bounded() {
        let tally = Tally::default();
        for day in 1..=30 {
            tally.add("school-7", "lover-boy", &format!("2026-11-{day:02}"));
        }
        let days = tally.lock().seen.len();
        assert!(
            days <= (crate::counters::OLDEST_SCAN_DAYS + 3) as usize,
            "{days}"
        );
    }
}
