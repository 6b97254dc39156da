//! About and privacy: what Veriga does not collect, and what quick exit does and does not do.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;

use crate::offline::{Offline, OfflineState};

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
        <h2>{pack.text("offline-title")}</h2>
        <p data-testid="offline-status">{status}</p>
        <p data-testid="offline-stored">{stored}</p>
    }
}
