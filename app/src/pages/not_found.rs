//! A friendly dead end: the help line stays on screen and the way home is one tap.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;
use veriga_core::route::Route;

use crate::components::link::Link;

#[component]
pub fn NotFound(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    let go_home = pack.text("not-found-home");
    view! {
        <h1 data-testid="not-found">{pack.text("not-found-title")}</h1>
        <p>{pack.text("not-found-text")}</p>
        <p><Link to=Route::Home class="button">{go_home}</Link></p>
    }
}
