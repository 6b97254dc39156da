//! Settings: language, text size, read-aloud, and "delete my data".

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;
use veriga_core::progress::Progress;
use veriga_core::settings::{self, MAX_TEXT_SIZE};

use crate::components::language_switch::LanguageSwitch;
use crate::prefs::Prefs;
use crate::speech::Speech;
use crate::storage;

#[component]
pub fn Settings(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    let prefs = expect_context::<Prefs>();
    let offline = expect_context::<crate::offline::Offline>();
    let speech = expect_context::<Speech>();
    let progress = expect_context::<RwSignal<Progress>>();
    let confirming = RwSignal::new(false);
    let deleted = RwSignal::new(false);

    let sizes = (0..=MAX_TEXT_SIZE)
        .map(|size| {
            view! {
                <button
                    class=format!("size size-{size}")
                    data-testid=format!("text-size-{size}")
                    aria-pressed=move || if prefs.text_size.get() == size { "true" } else { "false" }
                    on:click=move |_| prefs.set_text_size(size)
                >
                    {pack.text(&format!("text-size-{size}"))}
                </button>
            }
        })
        .collect_view();

    let lang = pack.lang.clone();

    let store = storage::store();
    let delete = move |_| {
        store.with_value(|store| settings::delete_all(store.as_ref()));
        offline.forget();
        progress.set(Progress::default());
        prefs.reset();
        confirming.set(false);
        deleted.set(true);
    };
    let confirm_text = pack.text("settings-delete-confirm");
    let yes = pack.text("settings-delete-yes");
    let no = pack.text("settings-delete-no");
    let deleted_text = pack.text("settings-deleted");
    let delete_label = pack.text("settings-delete");
    view! {
        <h1>{pack.text("settings-title")}</h1>
        // Only the prerendered page can be read with scripts off; the live app never shows it.
        {crate::STATIC.then(|| view! { <noscript><p class="hint" data-testid="settings-need-script">{pack.text("settings-need-script")}</p></noscript> })}
        <section class="setting">
            <h2>{pack.text("settings-language")}</h2>
            <LanguageSwitch pack=pack.clone() />
        </section>
        <section class="setting">
            <h2>{pack.text("settings-text-size")}</h2>
            <div class="sizes" role="group" aria-label=pack.text("settings-text-size")>{sizes}</div>
        </section>
        <section class="setting">
            <label class="toggle">
                <input
                    type="checkbox"
                    data-testid="read-aloud-setting"
                    prop:checked=move || prefs.read_aloud.get()
                    on:change=move |event| prefs.set_read_aloud(event_target_checked(&event))
                />
                <span>{pack.text("settings-read-aloud")}</span>
            </label>
            <p class="hint" hidden=move || crate::STATIC || speech.has_voice(&lang)>{pack.text("settings-no-voice")}</p>
        </section>
        <section class="setting">
            <h2>{pack.text("settings-delete-title")}</h2>
            <p>{pack.text("settings-delete-explain")}</p>
            <button class="danger" data-testid="delete-data" hidden=move || confirming.get() on:click=move |_| {
                deleted.set(false);
                confirming.set(true);
            }>
                {delete_label}
            </button>
            <div class="confirm" role="group" aria-label=confirm_text.clone() hidden=move || !confirming.get()>
                <p>{confirm_text.clone()}</p>
                <button class="danger" data-testid="delete-confirm" on:click=delete>{yes}</button>
                <button data-testid="delete-cancel" on:click=move |_| confirming.set(false)>{no}</button>
            </div>
            <p role="status" data-testid="deleted" hidden=move || !deleted.get()>{deleted_text}</p>
        </section>
    }
}
