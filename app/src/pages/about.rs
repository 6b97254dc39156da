//! About and privacy: what Veriga does not collect, and what quick exit does and does not do.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;

#[component]
pub fn About(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
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
    }
}
