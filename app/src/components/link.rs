//! An in-app link: a real `<a href>` (it works as a link for assistive technology and when
//! opened in a new tab) that moves within the app without a page load.

use leptos::prelude::*;
use veriga_core::route::Route;
use web_sys::MouseEvent;

use crate::locale::Locale;
use crate::nav::Nav;

#[component]
pub fn Link(
    /// Where it leads.
    to: Route,
    /// CSS class.
    #[prop(optional)]
    class: &'static str,
    /// Whether it leads to the screen on show (`aria-current="page"`).
    #[prop(optional)]
    current: bool,
    children: Children,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    // The page's own language, so links work as links on a prerendered page too.
    let href = match use_context::<Locale>().and_then(|locale| locale.lang_in_use()) {
        Some(lang) => to.path_in(&lang),
        None => to.path(),
    };
    let on_click = move |event: MouseEvent| {
        let modified = event.ctrl_key() || event.meta_key() || event.alt_key() || event.shift_key();
        if modified || event.button() != 0 {
            return;
        }
        event.prevent_default();
        nav.go(to.clone());
    };
    view! {
        <a href=href class=class aria-current=current.then_some("page") on:click=on_click>
            {children()}
        </a>
    }
}
