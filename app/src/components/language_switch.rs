//! The language switch: every language of the build, each named in itself.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;

use crate::locale::Locale;

#[component]
pub fn LanguageSwitch(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let buttons = pack
        .languages
        .iter()
        .map(|language| {
            let code = language.code.clone();
            let pressed = code == pack.lang;
            view! {
                <button
                    lang=code.clone()
                    aria-pressed=if pressed { "true" } else { "false" }
                    data-testid=format!("lang-{code}")
                    on:click=move |_| locale.switch(code.clone())
                >
                    {language.name.clone()}
                </button>
            }
        })
        .collect_view();
    let messages = pack.clone();
    let error = move || {
        locale
            .error
            .get()
            .map(|key| messages.text(key))
            .unwrap_or_default()
    };
    view! {
        <div class="language-switch" role="group" aria-label=pack.text("language-switch")>
            {buttons}
        </div>
        <p class="error" role="alert" hidden=move || locale.error.with(Option::is_none)>{error}</p>
    }
}
