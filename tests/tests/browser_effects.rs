//! The browser's effects have one home, `browser/` (veriga-browser): the student app, the
//! lesson module and the teacher area open storage, read the browser's languages, register the service worker and
//! make downloads only through it, and no page drops an effect's error with `let _ =`. A copy
//! creeping back into `app/`, `lesson/` or `teach/` fails here.

mod common;

use std::path::PathBuf;

fn sources(crates: &[&str]) -> Vec<(PathBuf, String)> {
    let dirs: Vec<String> = crates.iter().map(|name| format!("{name}/src")).collect();
    let dirs: Vec<&str> = dirs.iter().map(String::as_str).collect();
    let files = common::sources(&dirs, &[".rs"]);
    assert!(files.len() > 10, "the sources were found: {}", files.len());
    files
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
    for (path, text) in sources(&["app", "lesson", "teach"]) {
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
    for (path, text) in sources(&["app", "lesson", "teach", "browser"]) {
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
