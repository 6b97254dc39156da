//! Lesson progress, kept on the device only: which lessons are done, and where to continue.
//! Self-checks are never recorded here or anywhere.

use std::collections::BTreeSet;

use crate::route::is_lesson_id;
use crate::storage::{KeyValueStore, StorageError};

/// Finished lessons, comma-separated ids.
pub const DONE_KEY: &str = "veriga.done";
/// The lesson in progress and its step: `<id>:<step>`.
pub const RESUME_KEY: &str = "veriga.resume";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    done: BTreeSet<String>,
    resume: Option<(String, usize)>,
}

impl Progress {
    /// Reads the stored progress. Anything unreadable is reset (and removed), never a crash:
    /// a damaged value must not stop a student reaching a lesson.
    pub fn load(store: &dyn KeyValueStore) -> Progress {
        let done = match store.get(DONE_KEY) {
            None => BTreeSet::new(),
            Some(raw) => match parse_done(&raw) {
                Some(done) => done,
                None => {
                    store.remove(DONE_KEY);
                    BTreeSet::new()
                }
            },
        };
        let resume = match store.get(RESUME_KEY) {
            None => None,
            Some(raw) => {
                let parsed = parse_resume(&raw);
                if parsed.is_none() {
                    store.remove(RESUME_KEY);
                }
                parsed
            }
        };
        Progress { done, resume }
    }

    pub fn is_done(&self, id: &str) -> bool {
        self.done.contains(id)
    }

    pub fn done_count(&self) -> usize {
        self.done.len()
    }

    /// The lesson to offer under "continue", unless it has since been finished.
    pub fn resume(&self) -> Option<(&str, usize)> {
        self.resume
            .as_ref()
            .filter(|(id, _)| !self.done.contains(id))
            .map(|(id, step)| (id.as_str(), *step))
    }

    /// Records that a lesson was finished; it is no longer offered under "continue".
    pub fn mark_done(&mut self, store: &dyn KeyValueStore, id: &str) -> Result<(), StorageError> {
        self.done.insert(id.to_string());
        if self
            .resume
            .as_ref()
            .is_some_and(|(current, _)| current == id)
        {
            self.resume = None;
            store.remove(RESUME_KEY);
        }
        let joined = self.done.iter().cloned().collect::<Vec<_>>().join(",");
        store.set(DONE_KEY, &joined)
    }

    /// Remembers where the reader is in a lesson.
    pub fn set_resume(
        &mut self,
        store: &dyn KeyValueStore,
        id: &str,
        step: usize,
    ) -> Result<(), StorageError> {
        self.resume = Some((id.to_string(), step));
        store.set(RESUME_KEY, &format!("{id}:{step}"))
    }
}

fn parse_done(raw: &str) -> Option<BTreeSet<String>> {
    if raw.is_empty() {
        return Some(BTreeSet::new());
    }
    raw.split(',')
        .map(|id| is_lesson_id(id).then(|| id.to_string()))
        .collect()
}

fn parse_resume(raw: &str) -> Option<(String, usize)> {
    let (id, step) = raw.split_once(':')?;
    let step: usize = step.parse().ok()?;
    (is_lesson_id(id) && step < 64).then(|| (id.to_string(), step))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;

    #[test]
    fn finishing_a_lesson_is_remembered() {
        let store = MemoryStore::new();
        let mut progress = Progress::load(&store);
        assert!(!progress.is_done("lover-boy"));
        progress.mark_done(&store, "lover-boy").unwrap();
        progress.mark_done(&store, "my-info").unwrap();
        let reloaded = Progress::load(&store);
        assert!(reloaded.is_done("lover-boy") && reloaded.is_done("my-info"));
        assert_eq!(reloaded.done_count(), 2);
    }

    #[test]
    fn continue_points_at_the_unfinished_lesson() {
        let store = MemoryStore::new();
        let mut progress = Progress::load(&store);
        progress.set_resume(&store, "job-offers", 3).unwrap();
        assert_eq!(Progress::load(&store).resume(), Some(("job-offers", 3)));
        progress.mark_done(&store, "job-offers").unwrap();
        assert_eq!(Progress::load(&store).resume(), None);
    }

    #[test]
    fn corrupt_progress_is_reset_without_a_crash() {
        let store = MemoryStore::new();
        store.set(DONE_KEY, "lover-boy,<script>,").unwrap();
        store.set(RESUME_KEY, "job-offers:lots").unwrap();
        let progress = Progress::load(&store);
        assert_eq!(progress, Progress::default());
        assert_eq!(store.get(DONE_KEY), None);
        assert_eq!(store.get(RESUME_KEY), None);
    }
}
