//! About and privacy: what Veriga does not collect, and what quick exit does and does not do.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;

use crate::locale::Locale;
use crate::offline::{Offline, OfflineState};

/// A stored ISO time in the reader's language, by the browser's own formatting.
fn local_time(iso: &str, lang: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    date.to_locale_string(lang, &wasm_bindgen::JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_else(|| iso.to_string())
}

#[component]
pub fn About(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    let offline = expect_context::<Offline>();
    let status = {
        let pack = pack.clone();
        move || {
            pack.text(match offline.state.get() {
                OfflineState::Ready => "offline-ready",
                OfflineState::Preparing => "offline-preparing",
                OfflineState::Unavailable => "offline-unavailable",
            })
        }
    };
    let stored = {
        let pack = pack.clone();
        move || {
            let names: Vec<String> = offline.stored.with(|stored| {
                pack.languages
                    .iter()
                    .filter(|language| stored.contains(&language.code))
                    .map(|language| language.name.clone())
                    .collect()
            });
            if names.is_empty() {
                pack.text("offline-none-stored")
            } else {
                pack.text_with("offline-stored", &[("languages", &names.join(", "))])
            }
        }
    };
    let locale = expect_context::<Locale>();
    let version = pack.text_with(
        "content-version",
        &[
            ("version", &pack.version.to_string()),
            ("date", &pack.date(&pack.published)),
        ],
    );
    let source = pack.text(if locale.updated.get_untracked() {
        "content-updated"
    } else {
        "content-built-in"
    });
    let last_check = {
        let pack = pack.clone();
        move || match locale.last_check.get() {
            Some(when) => pack.text_with(
                "content-last-check",
                &[("when", &local_time(&when, &pack.lang))],
            ),
            None => pack.text("content-never-checked"),
        }
    };
    let last_rejection = {
        let pack = pack.clone();
        move || {
            locale.last_rejection.get().map(|(key, when)| {
                pack.text_with(
                    "content-last-rejection",
                    &[
                        ("when", &local_time(&when, &pack.lang)),
                        ("reason", &pack.text(&key)),
                    ],
                )
            })
        }
    };
    let points = [
        "about-no-account",
        "about-no-cookies",
        "about-no-third-parties",
        "about-on-device",
    ]
    .map(|key| view! { <li>{pack.text(key)}</li> });
    view! {
        <h1>{pack.text("about-title")}</h1>
        <p>{pack.text("about-intro")}</p>
        <ul class="points">{points.collect_view()}</ul>
        <h2>{pack.text("about-quick-exit-title")}</h2>
        <p>{pack.text("about-quick-exit-does")}</p>
        <p data-testid="quick-exit-limits">{pack.text("about-quick-exit-not")}</p>
        <p data-testid="quick-exit-no-js">{pack.text("about-quick-exit-no-js")}</p>
        // What this device keeps is only known to the app; the prerendered page leaves it out.
        <h2 hidden=crate::STATIC>{pack.text("offline-title")}</h2>
        <p data-testid="offline-status" hidden=crate::STATIC>{status}</p>
        <p data-testid="offline-stored" hidden=crate::STATIC>{stored}</p>
        <h2>{pack.text("content-title")}</h2>
        <p data-testid="content-version">{version}</p>
        <p data-testid="content-source">{source}</p>
        <p data-testid="content-last-check" hidden=crate::STATIC>{last_check}</p>
        <p data-testid="content-last-rejection">{last_rejection}</p>
    }
}
