//! What the tests that read the project's own sources share: where the project is, and its files
//! of some kinds, read once, so each of those tests states only the rule it holds.

use std::path::{Path, PathBuf};

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every file under `dirs` (relative to the root) whose name ends with one of `endings`, with
/// its text; `node_modules` is skipped. A missing folder holds nothing.
pub fn sources(dirs: &[&str], endings: &[&str]) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, endings: &[&str], found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for path in entries.map(|entry| entry.expect("a directory entry").path()) {
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or("");
            if path.is_dir() {
                if name != "node_modules" {
                    walk(&path, endings, found);
                }
            } else if endings.iter().any(|ending| name.ends_with(ending)) {
                found.push(path);
            }
        }
    }
    let mut files = Vec::new();
    for dir in dirs {
        walk(&root().join(dir), endings, &mut files);
    }
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            (path, text)
        })
        .collect()
}
