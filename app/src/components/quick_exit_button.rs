//! The quick exit control, in the same place on every screen. It is a plain link to the
//! neutral page, so it leaves even with JavaScript off; `public/quick-exit.js` (loaded by
//! every page before the wasm) turns it into the blank-then-replace exit, and owns the
//! Shift-three-times gesture.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;
use veriga_core::quick_exit::NEUTRAL_URL;

#[component]
pub fn QuickExitButton(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    view! {
        <a class="quick-exit" href=NEUTRAL_URL data-quick-exit="" data-testid="quick-exit" rel="noreferrer">
            {pack.text("quick-exit")}
        </a>
    }
}
