//! The app's frame: the help line and quick exit on every screen, the page of the current
//! route, and the menu.

use std::sync::Arc;

use leptos::prelude::*;
use veriga_core::pack::ContentPack;
use veriga_core::progress::Progress;
use veriga_core::route::Route;
use veriga_core::settings;

use crate::components::helpline::HelpLineBar;
use crate::components::language_switch::LanguageSwitch;
use crate::components::link::Link;
use crate::components::quick_exit_button::QuickExitButton;
use crate::components::update_prompt::UpdatePrompt;
use crate::locale::Locale;
use crate::nav::Nav;
use crate::offline::Offline;
use crate::pages;
use crate::prefs::Prefs;
use crate::speech::Speech;
use crate::storage;

#[component]
pub fn App() -> impl IntoView {
    // Opened once; everything below takes it from context.
    let store = storage::provide(std::rc::Rc::new(veriga_browser::LocalStore::open()));
    let locale = Locale::start();
    let nav = Nav::start();
    provide_context(locale);
    provide_context(nav);
    let offline = Offline::start();
    provide_context(offline);
    provide_context(Prefs::start());
    provide_context(Speech::start());
    provide_context(RwSignal::new(
        store.with_value(|store| Progress::load(store.as_ref())),
    ));

    // The prerendered page shows the screen until the first pack arrives; after that the app
    // takes over, and the service worker learns which language to keep and serve.
    Effect::new(move |_| {
        if let Some(lang) = locale
            .pack
            .with(|pack| pack.as_ref().map(|pack| pack.lang.clone()))
        {
            remove_boot_screen();
            nav.show_language(&lang);
            let chosen = store.with_value(|store| {
                settings::chosen_language(store.as_ref(), crate::LANGUAGES).is_some()
            });
            offline.keep_language(lang, chosen, locale.update_stored.get());
        }
    });

    move || {
        let pack = locale.pack.get()?;
        let route = nav.route.get();
        Some(view! { <Frame pack=pack route=route /> })
    }
}

/// Everything on screen for one route in one language; the prerender renders it too.
#[component]
pub(crate) fn Frame(
    /// The language in use.
    pack: Arc<ContentPack>,
    /// The screen to show.
    route: Route,
) -> impl IntoView {
    let on_home = route == Route::Home;
    let page = page_for(&route, &pack);
    let brand = pack.text("app-name");
    view! {
        <a class="skip" href="#main">{pack.text("skip-to-content")}</a>
        <header class="top">
            <Link to=Route::Home class="brand">{brand}</Link>
            <QuickExitButton pack=pack.clone() />
        </header>
        {(!on_home).then(|| view! { <HelpLineBar pack=pack.clone() /> })}
        <UpdatePrompt pack=pack.clone() />
        <main id="main" tabindex="-1">{page}</main>
        <nav class="menu" aria-label=pack.text("nav-label")>
            <MenuLink to=Route::Home current=route.clone() label=pack.text("nav-home") />
            <MenuLink to=Route::Help current=route.clone() label=pack.text("nav-help") />
            <MenuLink to=Route::Settings current=route.clone() label=pack.text("nav-settings") />
            <MenuLink to=Route::About current=route.clone() label=pack.text("nav-about") />
        </nav>
        <footer class="bottom">
            <LanguageSwitch pack=pack.clone() />
            <p class="hint">{pack.text("quick-exit-hint")}</p>
        </footer>
    }
}

/// The page of a route. Lesson and check ids come from URLs, so unknown ones get a friendly
/// page, never an error.
fn page_for(route: &Route, pack: &Arc<ContentPack>) -> AnyView {
    let pack = pack.clone();
    match route {
        Route::Home => view! { <pages::home::Home pack=pack /> }.into_any(),
        Route::Help => view! { <pages::help::Help pack=pack /> }.into_any(),
        Route::About => view! { <pages::about::About pack=pack /> }.into_any(),
        Route::Settings => view! { <pages::settings::Settings pack=pack /> }.into_any(),
        Route::Lesson(id) => match pack.lesson(id).cloned() {
            Some(lesson) => {
                view! { <pages::lesson::LessonPage pack=pack lesson=lesson /> }.into_any()
            }
            None => view! { <pages::lesson::LessonNotFound pack=pack /> }.into_any(),
        },
        Route::Check(id) => match pack.self_check(id).cloned() {
            Some(check) => view! { <pages::check::CheckPage pack=pack check=check /> }.into_any(),
            None => view! { <pages::not_found::NotFound pack=pack /> }.into_any(),
        },
        Route::NotFound => view! { <pages::not_found::NotFound pack=pack /> }.into_any(),
    }
}

/// One entry of the menu, marked when it is the current screen.
#[component]
fn MenuLink(
    /// Where it leads.
    to: Route,
    /// The screen on show.
    current: Route,
    /// Its words.
    label: String,
) -> impl IntoView {
    let here = to == current;
    view! {
        <Link to=to class="menu-item" current=here>
            {label}
        </Link>
    }
}

/// The app draws the screen from here on; `data-enhanced` says so to the page's CSS (and to
/// the tests and the benchmark), as the lesson module's does.
fn remove_boot_screen() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(boot) = document.get_element_by_id("boot") {
        boot.remove();
    }
    if let Some(root) = document.document_element()
        && root.set_attribute("data-enhanced", "app").is_err()
    {
        veriga_browser::log::warn("marking the page", &"data-enhanced");
    }
}
