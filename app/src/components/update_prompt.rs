//! "A new version is ready": shown when one waits, applied only when the reader says so, so a
//! lesson is never swapped out from under them.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;

use crate::offline::Offline;

#[component]
pub fn UpdatePrompt(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    let offline = expect_context::<Offline>();
    let dismissed = RwSignal::new(false);
    view! {
        <div
            class="update"
            role="status"
            data-testid="update-prompt"
            hidden=move || !offline.update_ready.get() || dismissed.get()
        >
            <p>{pack.text("update-ready")}</p>
            <button class="primary" data-testid="update-reload" on:click=move |_| offline.apply_update()>
                {pack.text("update-reload")}
            </button>
            <button data-testid="update-later" on:click=move |_| dismissed.set(true)>
                {pack.text("update-later")}
            </button>
        </div>
    }
}
