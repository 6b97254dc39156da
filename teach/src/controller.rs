//! The poster tool's events: every input re-checks the form with core and redraws the preview,
//! Download makes the pack. The page's form is the only state, so a failure loses no choice.
//!
//! The font and the languages other than the built-in one are fetched (`load`). The page is drawn
//! once its interface language is here; the checks and the preview wait for the font, and
//! Download fetches it again if it did not come. A language that cannot be had leaves the page
//! and the posters in the language they were in, and says so.

use std::cell::Cell;

use veriga_browser::worker;
use veriga_core::poster::form::{FieldErrors, PosterForm};
use veriga_core::poster::{self, Format, InputProblem, PosterError, PosterFont, PosterRequest};
use veriga_core::poster::{check, svg};
use veriga_core::worker::STORE_TEACH;
use wasm_bindgen_futures::spawn_local;

use crate::data::{self, Lang};
use crate::form::{self, OwnTexts};
use crate::load::{self, LoadError};
use crate::{dom, view};

thread_local! {
    /// The device's storage, opened once, as the tool starts; the student app's language
    /// choice lives there, so both remember one language.
    static STORE: veriga_browser::LocalStore = veriga_browser::LocalStore::open();
    static UI_LANG: Cell<&'static Lang> = Cell::new(data::built_in());
    /// The poster language whose lessons the rows show: the menu's choice once its texts
    /// are here.
    static POSTER_LANG: Cell<&'static Lang> = Cell::new(data::built_in());
}

fn ui() -> &'static Lang {
    UI_LANG.with(Cell::get)
}

fn poster_lang() -> &'static Lang {
    POSTER_LANG.with(Cell::get)
}

/// The interface language: the one the student app remembers, else the browser's, else Romanian.
fn first_language() -> &'static str {
    let codes: Vec<&str> = data::LANGUAGES
        .iter()
        .map(|language| language.code)
        .collect();
    let browser = veriga_browser::languages::preferred();
    STORE.with(|store| veriga_core::settings::startup_language(store, &codes, &browser))
}

pub fn start() {
    spawn_local(async {
        // Side by side: the font is needed for the preview, the texts for the first screen.
        spawn_local(font_arrived());
        let wanted = first_language();
        let (ui, missing) = match load::language(wanted).await {
            Ok(lang) => (lang, None),
            Err(error) => (data::built_in(), Some(error)),
        };
        UI_LANG.with(|lang| lang.set(ui));
        POSTER_LANG.with(|lang| lang.set(ui));
        let form = PosterForm {
            lang: ui.code.to_string(),
            formats: Format::ALL.to_vec(),
            ..PosterForm::default()
        };
        render(&form, &Vec::new());
        if let Some(error) = missing {
            load_failed(&error);
        }
        dom::listen("input", on_change);
        dom::listen("change", on_change);
        dom::listen("click", on_click);
        dom::listen("submit", |event| {
            event.prevent_default();
            spawn_local(download());
        });
        keep_offline().await;
    });
}

/// Registers the app's service worker (a teacher may never have opened the student app) and
/// asks it to store this page's files, the font and every language's texts, so the tool works
/// offline from the next visit on, in every language.
async fn keep_offline() {
    let mut urls = dom::own_files();
    urls.push(load::FONT_URL.to_string());
    urls.extend(data::texts_urls());
    let message = [
        ("type", STORE_TEACH.into()),
        ("urls", worker::strings(&urls).into()),
    ];
    if let Err(error) = worker::register_and_post(&message).await {
        veriga_browser::log::warn("the teacher area's offline copy", &error);
    }
}

async fn font_arrived() {
    match load::load_font().await {
        Ok(_) => refresh(),
        Err(error) => load_failed(&error),
    }
}

/// Says on the status line, in the interface language, what did not arrive, and in the
/// console why.
fn load_failed(error: &LoadError) {
    load::log(error);
    let lang = match error {
        LoadError::Texts { lang, .. } => data::name(lang),
        LoadError::Font(_) => "",
    };
    dom::set_text("status", &ui().fill(error.message_key(), &[("lang", lang)]));
}

/// The form as the page shows it, in the poster language its rows were drawn for.
fn read_form() -> (PosterForm, OwnTexts) {
    let (mut form, own) = form::read_with_own();
    form.lang = poster_lang().code.to_string();
    (form, own)
}

fn render(form: &PosterForm, own: &OwnTexts) {
    let ui = ui();
    dom::show_page(
        ui.code,
        ui.text("teach-title"),
        &view::page(ui, poster_lang(), form, own),
    );
    refresh();
}

fn on_change(event: web_sys::Event) {
    match dom::target_id(&event).as_str() {
        "ui-lang" => spawn_local(switch_ui(dom::select_value("ui-lang"))),
        "poster-lang" => spawn_local(switch_posters(dom::select_value("poster-lang"))),
        _ => refresh(),
    }
}

async fn switch_ui(code: String) {
    match load::language(&code).await {
        // A later choice made while this one loaded wins.
        Ok(_) if dom::select_value("ui-lang") != code => {}
        Ok(lang) => {
            UI_LANG.with(|ui| ui.set(lang));
            if let Err(err) =
                STORE.with(|store| veriga_core::settings::remember_language(store, &code))
            {
                // Forgotten, the next visit starts in the browser's language: no failure.
                veriga_browser::log::warn("remembering the language", &err);
            }
            let (form, own) = read_form();
            render(&form, &own);
        }
        Err(error) => {
            dom::set_select_value("ui-lang", ui().code);
            load_failed(&error);
        }
    }
}

async fn switch_posters(code: String) {
    match load::language(&code).await {
        Ok(_) if dom::select_value("poster-lang") != code => {}
        Ok(lang) => {
            POSTER_LANG.with(|posters| posters.set(lang));
            let (form, own) = read_form();
            dom::set_html("lesson-rows", &view::lesson_rows(ui(), lang, &form, &own));
            refresh();
        }
        Err(error) => {
            // Back to the language the rows are in: the ticks and slogans stay as they were.
            dom::set_select_value("poster-lang", poster_lang().code);
            load_failed(&error);
        }
    }
}

fn on_click(event: web_sys::Event) {
    match dom::target_id(&event).as_str() {
        "all" => dom::tick_lessons(true),
        "none" => dom::tick_lessons(false),
        _ => return,
    }
    refresh();
}

/// The message for a refused field, in the interface language.
fn problem_text(problem: &InputProblem) -> String {
    ui().fill(
        problem.message_key(),
        &[("chars", problem.chars().unwrap_or_default())],
    )
}

fn error_text(error: &PosterError) -> String {
    match error {
        PosterError::Slogan { problem, .. } | PosterError::Input(problem) => problem_text(problem),
        PosterError::NoLessons | PosterError::NoFormats => {
            ui().text(error.message_key()).to_string()
        }
        other => ui().fill("err-pack", &[("reason", &other.to_string())]),
    }
}

/// The form's request, by core's rule, from the poster language's lessons and texts.
fn request(form: &PosterForm, font: &PosterFont) -> Result<PosterRequest, FieldErrors> {
    let lang = poster_lang();
    poster::form::request(form, lang.lessons, lang.texts, font)
}

/// Re-checks the form, shows each field's message and Download's state, and redraws the
/// preview. Until the font is here there is nothing to check against; if it failed the status
/// line says so, and Download fetches it again.
fn refresh() {
    let (form, _) = read_form();
    dom::show_own_boxes(&form);
    let Some(font) = load::font() else {
        // Said again for a page drawn after the font failed (logged once, when it did).
        if load::font_failed() {
            dom::set_text("status", ui().text(load::FONT_MESSAGE));
        }
        return;
    };
    let outcome = request(&form, &font);
    dom::show_errors(&form, outcome.as_ref().err(), error_text);
    // A refused form keeps the last good preview on screen.
    let Ok(request) = outcome else {
        return;
    };
    match poster::lay_out(&request, &font) {
        Ok(prepared) => {
            let total = prepared.pages.len().to_string();
            let html: String = prepared
                .pages
                .iter()
                .enumerate()
                .map(|(index, page)| {
                    format!(
                        "<figure class=\"sheet {}\">{}<figcaption>{}</figcaption></figure>",
                        page.format.slug(),
                        svg::page(page, &prepared.codes, true),
                        view::escape(&ui().fill(
                            "tool-preview-page",
                            &[("n", &(index + 1).to_string()), ("total", &total)]
                        ))
                    )
                })
                .collect();
            dom::set_html("preview", &html);
        }
        Err(error) => dom::set_text("status", &error_text(&error)),
    }
}

/// Makes the pack and hands it to the browser as a download. A failure changes no choice.
async fn download() {
    let font = match load::load_font().await {
        Ok(font) => font,
        Err(error) => return load_failed(&error),
    };
    // The font may have just arrived: the fields' messages and Download's state catch up.
    refresh();
    let (form, _) = read_form();
    let started = dom::now();
    let request = match request(&form, &font) {
        Ok(request) => request,
        Err(errors) => {
            dom::set_text("status", &error_text(&errors.first().error));
            return;
        }
    };
    let made = poster::make_pack(&request, &font).and_then(|pack| Ok((pack.zip()?, pack)));
    let (zip, pack) = match made {
        Ok(made) => made,
        Err(error) => {
            dom::set_text("status", &error_text(&error));
            return;
        }
    };
    let elapsed = format!("{}", (dom::now() - started).round() as u64);
    let lang = &request.lang;
    let name = match check::campaign_tag(&request.campaign).ok().flatten() {
        Some(tag) => format!("veriga-posters-{lang}-{tag}.zip"),
        None => format!("veriga-posters-{lang}.zip"),
    };
    if let Err(error) = veriga_browser::download::save(&zip, &name, "application/zip") {
        dom::set_text(
            "status",
            &ui().fill("err-pack", &[("reason", &error.to_string())]),
        );
        return;
    }
    let pages = pack.pages.len();
    let done = ui().fill(
        "tool-done",
        &[("pages", &pages.to_string()), ("ms", &elapsed)],
    );
    dom::show_status(&done, pages, &elapsed);
}
