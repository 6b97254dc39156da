//! The browser's effects have one home, `browser/` (veriga-browser): the student app and the
//! teacher area open storage, read the browser's languages, register the service worker and
//! make downloads only through it, and no page drops an effect's error with `let _ =`. A copy
//! creeping back into `app/` or `teach/` fails here.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
    for path in entries.map(|entry| entry.expect("a directory entry").path()) {
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

fn sources(crates: &[&str]) -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for name in crates {
        rust_files(&root.join(name).join("src"), &mut files);
    }
    assert!(files.len() > 10, "the sources were found: {files:?}");
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            (path, text)
        })
        .collect()
}

#[test]
fn only_the_browser_crate_opens_the_browsers_effects() {
    let effects = [
        (
            "local_storage(",
            "storage: veriga_browser::LocalStore, handed in once",
        ),
        (
            ".languages()",
            "the browser's languages: veriga_browser::languages",
        ),
        (".register(", "the worker: veriga_browser::worker::register"),
        ("create_object_url", "downloads: veriga_browser::download"),
        ("console::", "logging: veriga_browser::log"),
    ];
    for (path, text) in sources(&["app", "teach"]) {
        for (call, home) in effects {
            assert!(
                !text.contains(call),
                "{} calls `{call}` itself; use {home}",
                path.display()
            );
        }
    }
}

#[test]
fn no_page_drops_an_effects_error() {
    for (path, text) in sources(&["app", "teach", "browser"]) {
        for (number, line) in text.lines().enumerate() {
            // Formatting into a String cannot fail: that `Result` is no effect's.
            let dropped = line.trim_start().starts_with("let _ =") && !line.contains("write!(");
            assert!(
                !dropped,
                "{}:{}: an error dropped with `let _ =`; return it, show it or log it",
                path.display(),
                number + 1
            );
        }
    }
}
