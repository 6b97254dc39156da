//! The locale folder in memory: each file's text, or why it has none, by its path under the
//! folder. [`LocaleTree::read`] is the only place the locale compiler touches the disk; the
//! compiler is a function of the tree, so tests and the fuzzer edit text in memory instead of
//! copying files.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::ops::Bound;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::diagnostic::{Diagnostic, line_of};

/// Why a file has no text, in the words reading it from the disk gives ("stream did not
/// contain valid UTF-8", "No such file or directory (os error 2)").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Unreadable(String);

impl From<io::Error> for Unreadable {
    fn from(err: io::Error) -> Unreadable {
        Unreadable(err.to_string())
    }
}

// A path the tree does not hold reads as the disk would have answered when the compiler read
// it directly, so the reports stay word for word: 2 is "not found" on Unix and Windows, 20 and
// 21 are "not a directory" and "is a directory" on Linux and macOS.
const NOT_FOUND: i32 = 2;
const NOT_A_FOLDER: i32 = 20;
const IS_A_FOLDER: i32 = 21;

fn os_error(code: i32) -> Unreadable {
    io::Error::from_raw_os_error(code).into()
}

#[derive(Debug, Clone)]
enum Entry {
    File(Result<String, Unreadable>),
    /// `Err` when the folder could not be listed; everything beneath it then reads as that.
    Folder(Result<(), Unreadable>),
}

/// Listing stops below `<lang>/lessons/`, the deepest the compiler looks; that also keeps a
/// symlink loop from reading forever.
const LISTED_LEVELS: usize = 3;

/// A locale folder: paths relative to its root, each with its text.
#[derive(Debug, Clone, Default)]
pub struct LocaleTree {
    /// What reports put before each path: the folder that was read, or nothing for a tree made
    /// in memory.
    root: PathBuf,
    entries: BTreeMap<PathBuf, Entry>,
}

impl LocaleTree {
    /// Reads the folder at `root`. Nothing here fails: a file or folder that cannot be read is
    /// kept with its error, which the compiler reports by name, with every other problem, only
    /// where it needs that file.
    pub fn read(root: &Path) -> LocaleTree {
        let mut tree = LocaleTree {
            root: root.to_path_buf(),
            entries: BTreeMap::new(),
        };
        tree.read_folder(PathBuf::new(), 1);
        tree
    }

    fn read_folder(&mut self, folder: PathBuf, level: usize) {
        let listing = match fs::read_dir(self.name(&folder)) {
            Ok(listing) => listing,
            Err(err) => {
                self.entries.insert(folder, Entry::Folder(Err(err.into())));
                return;
            }
        };
        self.entries.insert(folder.clone(), Entry::Folder(Ok(())));
        for item in listing.filter_map(Result::ok) {
            let path = folder.join(item.file_name());
            let on_disk = self.name(&path);
            // `is_dir` follows symlinks, as the compiler did when it listed the disk itself.
            if on_disk.is_dir() {
                if level < LISTED_LEVELS {
                    self.read_folder(path, level + 1);
                } else {
                    self.entries.insert(path, Entry::Folder(Ok(())));
                }
            } else {
                let text = fs::read_to_string(&on_disk).map_err(Unreadable::from);
                self.entries.insert(path, Entry::File(text));
            }
        }
    }

    /// Puts `text` at `path`, making the folders above it, in place of what was there.
    pub fn insert(&mut self, path: impl Into<PathBuf>, text: impl Into<String>) {
        self.put(path.into(), Ok(text.into()));
    }

    /// Puts raw bytes at `path`: bytes that are not UTF-8 are reported as the same bytes read
    /// from the disk are.
    pub fn insert_bytes(&mut self, path: impl Into<PathBuf>, bytes: &[u8]) {
        self.put(
            path.into(),
            io::read_to_string(bytes).map_err(Unreadable::from),
        );
    }

    fn put(&mut self, path: PathBuf, text: Result<String, Unreadable>) {
        self.remove(&path);
        for folder in path.ancestors().skip(1) {
            if !matches!(self.entries.get(folder), Some(Entry::Folder(_))) {
                self.entries
                    .insert(folder.to_path_buf(), Entry::Folder(Ok(())));
            }
        }
        self.entries.insert(path, Entry::File(text));
    }

    /// Removes the file or folder at `path`, with everything beneath it.
    pub fn remove(&mut self, path: impl AsRef<Path>) {
        let path = path.as_ref();
        self.entries.retain(|entry, _| !entry.starts_with(path));
    }

    /// The text of the file at `path`, or why it has none.
    pub fn text(&self, path: impl AsRef<Path>) -> Result<&str, Unreadable> {
        let path = path.as_ref();
        match self.entries.get(path) {
            Some(Entry::File(text)) => text.as_deref().map_err(Clone::clone),
            Some(Entry::Folder(_)) => Err(os_error(IS_A_FOLDER)),
            None => Err(self.missing(path)),
        }
    }

    /// Every file's path, in order.
    pub fn files(&self) -> impl Iterator<Item = &Path> {
        self.entries
            .iter()
            .filter(|(_, entry)| matches!(entry, Entry::File(_)))
            .map(|(path, _)| path.as_path())
    }

    /// Why a path the tree does not hold cannot be read: the error of the nearest folder above it
    /// if that could not be listed.
    fn missing(&self, path: &Path) -> Unreadable {
        for above in path.ancestors().skip(1) {
            match self.entries.get(above) {
                Some(Entry::Folder(Ok(()))) => break,
                Some(Entry::Folder(Err(err))) => return err.clone(),
                Some(Entry::File(_)) => return os_error(NOT_A_FOLDER),
                None => {}
            }
        }
        os_error(NOT_FOUND)
    }

    /// What is directly in `folder`, in path order, each with whether it is a folder.
    pub(crate) fn list(&self, folder: &Path) -> Result<Vec<(&Path, bool)>, Unreadable> {
        match self.entries.get(folder) {
            Some(Entry::Folder(Ok(()))) => {}
            Some(Entry::Folder(Err(err))) => return Err(err.clone()),
            Some(Entry::File(_)) => return Err(os_error(NOT_A_FOLDER)),
            None => return Err(self.missing(folder)),
        }
        // A folder's descendants sort right after it, so the scan stops at the first stranger.
        Ok(self
            .entries
            .range::<Path, _>((Bound::Excluded(folder), Bound::Unbounded))
            .take_while(|(path, _)| path.starts_with(folder))
            .filter(|(path, _)| path.parent() == Some(folder))
            .map(|(path, entry)| (path.as_path(), matches!(entry, Entry::Folder(_))))
            .collect())
    }

    /// How reports name `path`: under the folder that was read, as the compiler named the files
    /// it read from the disk.
    pub(crate) fn name(&self, path: &Path) -> PathBuf {
        if path.as_os_str().is_empty() {
            self.root.clone()
        } else {
            self.root.join(path)
        }
    }

    /// The text at `path`, or `None` after reporting why it cannot be read.
    pub(crate) fn source(&self, path: &Path, problems: &mut Vec<Diagnostic>) -> Option<&str> {
        match self.text(path) {
            Ok(text) => Some(text),
            Err(err) => {
                problems.push(Diagnostic::new(
                    self.name(path),
                    None,
                    format!("cannot read: {err}"),
                ));
                None
            }
        }
    }

    /// The TOML file at `path`; a file that cannot be read or parsed is reported, by line where
    /// TOML says one.
    pub(crate) fn toml<T: DeserializeOwned>(
        &self,
        path: &Path,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<T> {
        self.toml_with_source(path, problems)
            .map(|(_, value)| value)
    }

    /// [`Self::toml`] with the file's text, for checks that point at lines.
    pub(crate) fn toml_with_source<T: DeserializeOwned>(
        &self,
        path: &Path,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<(&str, T)> {
        let source = self.source(path, problems)?;
        match toml::from_str(source) {
            Ok(value) => Some((source, value)),
            Err(err) => {
                let line = err.span().map(|span| line_of(source, span.start));
                problems.push(Diagnostic::new(self.name(path), line, err.message()));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tree_read_from_disk_holds_what_the_disk_says() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("ro/lessons")).unwrap();
        fs::write(dir.path().join("ro/ui.ftl"), "a = b\n").unwrap();
        fs::write(dir.path().join("ro/lessons/x.toml"), b"\xff").unwrap();
        let tree = LocaleTree::read(dir.path());

        assert_eq!(tree.text("ro/ui.ftl"), Ok("a = b\n"));
        let on_disk =
            |path: &str| Unreadable::from(fs::read_to_string(dir.path().join(path)).unwrap_err());
        for path in [
            "ro/lessons/x.toml",
            "ro/missing.ftl",
            "fr/ui.ftl",
            "ro/lessons",
        ] {
            assert_eq!(tree.text(path), Err(on_disk(path)), "{path}");
        }
        assert_eq!(
            tree.name(Path::new("ro/ui.ftl")),
            dir.path().join("ro/ui.ftl")
        );
        assert_eq!(tree.name(Path::new("")), dir.path());
    }

    #[test]
    fn bytes_in_memory_read_as_the_same_bytes_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("x.ftl"), b"a = \xc3\x28").unwrap();
        let mut tree = LocaleTree::default();
        tree.insert_bytes("ro/x.ftl", b"a = \xc3\x28");
        assert_eq!(
            tree.text("ro/x.ftl"),
            Err(fs::read_to_string(dir.path().join("x.ftl"))
                .unwrap_err()
                .into())
        );
    }

    #[test]
    fn a_folder_that_cannot_be_listed_makes_everything_beneath_it_unreadable() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nowhere");
        let tree = LocaleTree::read(&missing);
        let on_disk: Unreadable = fs::read_to_string(missing.join("pack.toml"))
            .unwrap_err()
            .into();
        assert_eq!(tree.text("pack.toml"), Err(on_disk.clone()));
        assert_eq!(tree.list(Path::new("")), Err(on_disk));
    }

    #[test]
    fn listing_gives_a_folder_s_own_entries_in_order() {
        let mut tree = LocaleTree::default();
        tree.insert("ro/ui.ftl", "");
        tree.insert("ro/lessons/b.toml", "");
        tree.insert("ro/lessons/a.toml", "");
        tree.insert("ro-x/ui.ftl", "");
        tree.insert("pack.toml", "");
        let names = |tree: &LocaleTree, folder: &str| {
            tree.list(Path::new(folder))
                .unwrap()
                .into_iter()
                .map(|(path, folder)| (path.to_string_lossy().into_owned(), folder))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names(&tree, ""),
            [
                ("pack.toml".into(), false),
                ("ro".into(), true),
                ("ro-x".into(), true)
            ]
        );
        assert_eq!(
            names(&tree, "ro"),
            [("ro/lessons".into(), true), ("ro/ui.ftl".into(), false)]
        );
        tree.remove("ro/lessons");
        assert_eq!(names(&tree, "ro"), [("ro/ui.ftl".into(), false)]);
        assert_eq!(
            tree.files().collect::<Vec<_>>(),
            [
                Path::new("pack.toml"),
                Path::new("ro/ui.ftl"),
                Path::new("ro-x/ui.ftl")
            ]
        );
    }
}
