//! The language switch: every language of the build, each named in itself, each a link to
//! the same screen in that language, so it works on a prerendered page with no script; the
//! app, once running, switches in place and remembers the choice.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;

use crate::locale::Locale;
use crate::nav::Nav;

#[component]
pub fn LanguageSwitch(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let nav = expect_context::<Nav>();
    let links = pack
        .languages
        .iter()
        .map(|language| {
            let code = language.code.clone();
            let current = code == pack.lang;
            let href = nav.route.with_untracked(|route| route.path_in(&code));
            view! {
                <a
                    href=href
                    lang=code.clone()
                    hreflang=code.clone()
                    aria-current=current.then_some("true")
                    data-testid=format!("lang-{code}")
                    on:click=move |event: web_sys::MouseEvent| {
                        let modified = event.ctrl_key() || event.meta_key() || event.alt_key() || event.shift_key();
                        if modified || event.button() != 0 {
                            return;
                        }
                        event.prevent_default();
                        locale.switch(code.clone());
                    }
                >
                    {language.name.clone()}
                </a>
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
            {links}
        </div>
        <p class="error" role="alert" hidden=move || locale.error.with(Option::is_none)>{error}</p>
    }
}
