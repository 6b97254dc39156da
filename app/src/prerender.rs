//! The student pages rendered to HTML at build time, natively, by the very components the
//! browser runs (`Frame` and the pages under it): no second copy of the markup. Each page is
//! the built `index.html` with its static block (`#boot`) holding the rendered screen, so the
//! first bytes a QR scan receives are the lesson itself, with the help line and quick exit
//! (`public/quick-exit.js`) working before the wasm arrives. On a lesson's page the lesson
//! module (`lesson/`) then enhances that markup in place; on any other screen the app mounts
//! once its pack is loaded and removes `#boot`.
//!
//! Every screen (Home, Help, About, Settings, each lesson and self-check, not found) is
//! written in every language at `<lang>/<path>/index.html` ([`Route::page_file`]), the file
//! behind its URL `/<lang><path>`; Romanian once more at the bare path, which a static host
//! serves for the addresses posters printed before languages had URLs (the server picks the
//! reader's language there). The untouched page, with only the help line in its static block,
//! stays as `shell.html`: what the service worker serves when the app must draw the screen
//! itself (a page it does not hold, or a language with a newer signed update).
//!
//! Why a native binary rendering with Leptos's `ssr` rather than islands: one component tree
//! renders every page, the prerender needs no server at run time (a static host serves the
//! same first visit), and the lesson page needs no Leptos in the browser at all. Measured
//! (brotli, wasm and JS glue): the client-rendered app 143 KB; Leptos islands with one island,
//! before any of the lesson's logic, about 42 KB (`../shared/toolchain.md`); the plain web-sys
//! lesson module with all of it (pack reader, signed updates, progress, read-aloud, the
//! worker) 56 KB.
//!
//! Every effect a component asks for (storage, speech, the service worker, the URL) comes
//! from an in-memory twin here: nothing is read, stored or played at build time, so a page
//! renders as a first visit shows it.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;
use veriga_core::progress::Progress;
use veriga_core::route::Route;

use crate::components::app::Frame;
use crate::locale::Locale;
use crate::nav::Nav;
use crate::offline::Offline;
use crate::prefs::Prefs;
use crate::speech::Speech;

/// Where the rendered screen goes in the built page.
const BOOT_OPEN: &str = "<div id=\"boot\">";
const BOOT_CLOSE: &str = "</div>\n</body>";

/// Why a page could not be made; each names what to fix.
#[derive(Debug, thiserror::Error)]
pub enum PrerenderError {
    #[error(
        "the built index.html has no `{BOOT_OPEN}` block ending before `</body>`: app/index.html must keep it"
    )]
    NoBootBlock,
    #[error("cannot read {path}: {reason} (run after the packs are written into the staged app)")]
    Read { path: String, reason: String },
    #[error("{path} is not a content pack this build reads ({reason}): rebuild the packs")]
    Pack { path: String, reason: String },
    #[error("app/index.html names the message {{{{{0}}}}}, which the {1} pack does not have")]
    UnknownMessage(String, String),
    #[error("cannot write {path}: {reason}")]
    Write { path: String, reason: String },
}

/// The app shell: the built page as it is, for the service worker.
pub const SHELL: &str = "shell.html";

/// The files a route's page in `lang` is written to: its own, and for Romanian the bare
/// path's copy too.
pub fn page_files(route: &Route, lang: &str) -> Vec<String> {
    let mut files = vec![route.page_file(Some(lang))];
    if lang == veriga_core::lang::DEFAULT_LANG {
        files.push(route.page_file(None));
    }
    files
}

/// Every screen a student can open: each lesson (what QR codes open), each self-check, Help,
/// About, Settings, Home, and the page for an address that is none of these.
fn routes(pack: &ContentPack) -> Vec<Route> {
    [Route::Home, Route::Help, Route::About, Route::Settings]
        .into_iter()
        .chain(
            pack.lessons
                .iter()
                .map(|lesson| Route::Lesson(lesson.id.clone())),
        )
        .chain(
            pack.checks
                .iter()
                .map(|check| Route::Check(check.id.clone())),
        )
        .chain([Route::NotFound])
        .collect()
}

/// Writes every prerendered screen in every language of the built-in packs
/// (`content/*.json`). Returns how many pages it wrote.
pub fn prerender_into(dist: &std::path::Path) -> Result<usize, PrerenderError> {
    let read = |path: &std::path::Path| {
        std::fs::read_to_string(path).map_err(|err| PrerenderError::Read {
            path: path.display().to_string(),
            reason: err.to_string(),
        })
    };
    let template = read(&dist.join("index.html"))?;
    let write = |file: &str, html: &str| {
        let path = dist.join(file);
        let write_error = |err: std::io::Error| PrerenderError::Write {
            path: path.display().to_string(),
            reason: err.to_string(),
        };
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(write_error)?;
        }
        std::fs::write(&path, html).map_err(write_error)
    };
    let mut written = 0;
    for lang in crate::LANGUAGES {
        let pack_path = dist.join("content").join(format!("{lang}.json"));
        let pack = ContentPack::from_json(&read(&pack_path)?, lang).map_err(|err| {
            PrerenderError::Pack {
                path: pack_path.display().to_string(),
                reason: err.to_string(),
            }
        })?;
        let pack = Arc::new(pack);
        let template = fill(&template, &pack)?;
        if *lang == veriga_core::lang::DEFAULT_LANG {
            // Before `index.html` becomes the Romanian Home.
            write(SHELL, &template)?;
        }
        for route in routes(&pack) {
            let html = page(&template, &screen(&pack, &route))?;
            for file in page_files(&route, lang) {
                write(&file, &html)?;
                written += 1;
            }
        }
    }
    Ok(written)
}

/// The built page in the pack's language: `<html lang>` and each `{{message-key}}` of
/// app/index.html (the title, the description, the help line of the static block) in its words.
pub fn fill(template: &str, pack: &ContentPack) -> Result<String, PrerenderError> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template.replacen(
        "<html lang=\"ro\">",
        &format!("<html lang=\"{}\">", pack.lang),
        1,
    );
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest[start..].find("}}").map(|end| start + end) else {
            break;
        };
        let key = &rest[start + 2..end];
        let text = pack
            .ui
            .get(key)
            .ok_or_else(|| PrerenderError::UnknownMessage(key.to_string(), pack.lang.clone()))?;
        out.push_str(&rest[..start]);
        out.push_str(&veriga_core::text::escape_html(text));
        rest = rest[end + 2..].to_string();
    }
    out.push_str(&rest);
    Ok(out)
}

/// The HTML of one screen, as the app would first draw it for a first-time reader.
pub fn screen(pack: &Arc<ContentPack>, route: &Route) -> String {
    let owner = Owner::new();
    owner.with(|| {
        // The prerender remembers nothing: a page is the same for every reader.
        crate::storage::provide(std::rc::Rc::new(veriga_core::storage::MemoryStore::new()));
        provide_context(Locale::fixed(pack.clone()));
        provide_context(Nav::at(route.clone()));
        provide_context(Offline::inert());
        provide_context(Prefs::defaults());
        provide_context(Speech::silent());
        provide_context(RwSignal::new(Progress::default()));
        let pack = pack.clone();
        let route = route.clone();
        view! { <Frame pack=pack route=route /> }.to_html()
    })
}

/// `template` (the built index.html) with its static block replaced by `screen`.
pub fn page(template: &str, screen: &str) -> Result<String, PrerenderError> {
    let start = template
        .find(BOOT_OPEN)
        .ok_or(PrerenderError::NoBootBlock)?;
    let inner = start + BOOT_OPEN.len();
    let end = template[inner..]
        .rfind(BOOT_CLOSE)
        .map(|at| inner + at)
        .ok_or(PrerenderError::NoBootBlock)?;
    Ok(format!(
        "{}{screen}{}",
        &template[..inner],
        &template[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack() -> Arc<ContentPack> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let packs = veriga_core::locales::compile(&root).expect("the real locales compile");
        Arc::new(packs.into_iter().find(|pack| pack.lang == "ro").unwrap())
    }

    #[test]
    fn a_lesson_renders_with_its_first_card_the_help_line_and_quick_exit() {
        let pack = pack();
        let lesson = pack.lesson("lover-boy").unwrap().clone();
        let html = screen(&pack, &Route::Lesson(lesson.id.clone()));
        assert!(html.contains(&lesson.title), "{html}");
        assert!(html.contains("href=\"tel:0800800678\""));
        assert!(html.contains("data-quick-exit"));
        let first = lesson.cards[0].split("\n\n").next().unwrap().trim();
        let first_at = html.find(first).expect("the first card is in the page");
        // Later steps are in the page too, hidden until the reader moves on.
        assert!(
            html[..first_at]
                .rfind("data-testid=\"lesson-card\"")
                .is_some(),
            "{}",
            &html[first_at.saturating_sub(300)..first_at]
        );
        assert!(html.contains(&lesson.takeaway));
    }

    #[test]
    fn every_screen_renders_in_every_language_linking_within_it() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        for pack in veriga_core::locales::compile(&root).expect("the real locales compile") {
            let pack = Arc::new(pack);
            let lang = pack.lang.clone();
            for route in routes(&pack) {
                let html = screen(&pack, &route);
                assert!(html.contains("href=\"tel:0800800678\""), "{lang} {route:?}");
                assert!(
                    html.contains(&format!("href=\"/{lang}/help\"")),
                    "{lang} {route:?}: the menu links within the language"
                );
                assert!(!html.contains("href=\"/help\""), "{lang} {route:?}");
                for other in &pack.languages {
                    assert!(
                        html.contains(&format!("href=\"{}\"", route.path_in(&other.code))),
                        "{lang} {route:?}: the same screen in {}",
                        other.code
                    );
                }
            }
            let check = &pack.checks[0];
            let html = screen(&pack, &Route::Check(check.id.clone()));
            assert!(html.contains("data-testid=\"static-item-0\""));
            assert!(
                html.contains(&check.items[0].why),
                "the explanation is on the page"
            );
            let html = screen(&pack, &Route::Settings);
            assert!(
                html.contains("<noscript>"),
                "Settings says what needs a script"
            );
        }
    }

    #[test]
    fn the_page_speaks_the_packs_language() {
        let mut pack = (*pack()).clone();
        pack.lang = "hu".into();
        pack.ui
            .insert("app-name".into(), "Veriga & \"társai\"".into());
        let html = fill("<html lang=\"ro\"><title>{{app-name}}</title>", &pack).unwrap();
        assert_eq!(
            html,
            "<html lang=\"hu\"><title>Veriga &amp; &quot;társai&quot;</title>"
        );
        assert!(matches!(
            fill("<p>{{no-such-message}}</p>", &pack),
            Err(PrerenderError::UnknownMessage(key, _)) if key == "no-such-message"
        ));
    }

    #[test]
    fn the_screen_goes_into_the_static_block() {
        let template =
            "<html><body>\n  <div id=\"boot\">\n    <p>old</p>\n  </div>\n</body>\n</html>\n";
        let html = page(template, "<main>new</main>").unwrap();
        assert_eq!(
            html,
            "<html><body>\n  <div id=\"boot\"><main>new</main></div>\n</body>\n</html>\n"
        );
        assert!(matches!(
            page("<html></html>", "x"),
            Err(PrerenderError::NoBootBlock)
        ));
    }
}
