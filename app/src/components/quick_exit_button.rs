//! The quick exit button, in the same place on every screen.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;

use crate::quick_exit;

#[component]
pub fn QuickExitButton(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    view! {
        <button class="quick-exit" data-testid="quick-exit" on:click=|_| quick_exit::leave()>
            {pack.text("quick-exit")}
        </button>
    }
}
