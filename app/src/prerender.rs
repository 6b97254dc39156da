//! The student pages rendered to HTML at build time, natively, by the very components the
//! browser runs (`Frame` and the pages under it): no second copy of the markup. Each page is
//! the built `index.html` with its static block (`#boot`) holding the rendered screen, so the
//! first bytes a QR scan receives are the lesson itself, in every language (the server picks
//! the reader's from `Accept-Language`; a static host serves Romanian), with the help line and quick exit
//! (`public/quick-exit.js`) working before the wasm arrives. When the wasm has started and its
//! pack is loaded, the app mounts and removes `#boot`, as it always did.
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
    #[error("cannot write {path}: {reason}")]
    Write { path: String, reason: String },
}

/// Where a route's page in `lang` goes: `l/<id>/index.html` in Romanian, the language a
/// static host serves for `/l/<id>`, and `l/<id>/index.<lang>.html` in the others, which
/// the server picks from `Accept-Language` (the app, taking over, picks the same language).
pub fn page_path(route: &Route, lang: &str) -> String {
    let folder = route.path().trim_start_matches('/').to_string();
    if lang == veriga_core::lang::DEFAULT_LANG {
        format!("{folder}/index.html")
    } else {
        format!("{folder}/index.{lang}.html")
    }
}

/// The screens prerendered: every lesson (what QR codes open) and Help (every line and what
/// happens when you call). Home, the self-checks, About and Settings are the app's for now:
/// their static versions would show controls that need it.
fn routes(pack: &ContentPack) -> Vec<Route> {
    pack.lessons
        .iter()
        .map(|lesson| Route::Lesson(lesson.id.clone()))
        .chain([Route::Help])
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
        let template =
            template.replacen("<html lang=\"ro\">", &format!("<html lang=\"{lang}\">"), 1);
        for route in routes(&pack) {
            let html = page(&template, &screen(&pack, &route))?;
            let path = dist.join(page_path(&route, lang));
            let write_error = |err: std::io::Error| PrerenderError::Write {
                path: path.display().to_string(),
                reason: err.to_string(),
            };
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder).map_err(write_error)?;
            }
            std::fs::write(&path, html).map_err(write_error)?;
            written += 1;
        }
    }
    Ok(written)
}

/// The HTML of one screen, as the app would first draw it for a first-time reader.
pub fn screen(pack: &Arc<ContentPack>, route: &Route) -> String {
    let owner = Owner::new();
    owner.with(|| {
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
