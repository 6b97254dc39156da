//! Home: the help line first and largest, then where to go next.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;
use veriga_core::route::Route;

use crate::components::helpline::HelpLineHero;
use crate::components::link::Link;

#[component]
pub fn Home(
    /// The language in use.
    pack: Arc<ContentPack>,
) -> impl IntoView {
    let to_help = pack.text("home-help-link");
    let to_about = pack.text("home-about-link");
    view! {
        <h1 class="visually-hidden">{pack.text("home-title")}</h1>
        <HelpLineHero pack=pack.clone() />
        <p class="intro">{pack.text("home-intro")}</p>
        <ul class="links">
            <li><Link to=Route::Help>{to_help}</Link></li>
            <li><Link to=Route::About>{to_about}</Link></li>
        </ul>
    }
}
