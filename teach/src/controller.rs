//! The poster tool's events: every input re-checks the form with core and redraws the preview,
//! Download makes the pack. The page's form is the only state, so a failure loses no choice.

use std::cell::Cell;

use veriga_core::poster::form::{FieldErrors, PosterForm};
use veriga_core::poster::{self, Format, InputProblem, PosterError, PosterFont, PosterRequest};
use veriga_core::poster::{check, svg};

use crate::data::{self, LANGS, Lang};
use crate::form::{self, OwnTexts};
use crate::{dom, view};

thread_local! {
    static UI_LANG: Cell<&'static Lang> = Cell::new(data::default_lang());
}

fn ui() -> &'static Lang {
    UI_LANG.with(Cell::get)
}

/// The interface language: the one the student app remembers, else the browser's, else Romanian.
fn first_language() -> &'static Lang {
    let codes: Vec<&str> = LANGS.iter().map(|lang| lang.code).collect();
    let stored = dom::stored_lang();
    data::lang(veriga_core::lang::negotiate(
        &codes,
        stored.as_deref(),
        &dom::browser_langs(),
    ))
}

pub fn start() {
    let ui = first_language();
    UI_LANG.with(|lang| lang.set(ui));
    let form = PosterForm {
        lang: ui.code.to_string(),
        formats: Format::ALL.to_vec(),
        ..PosterForm::default()
    };
    render(&form, &Vec::new());
    dom::listen("input", on_change);
    dom::listen("change", on_change);
    dom::listen("click", on_click);
    dom::listen("submit", |event| {
        event.prevent_default();
        download();
    });
    dom::keep_offline();
}

fn render(form: &PosterForm, own: &OwnTexts) {
    let ui = ui();
    dom::show_page(ui.code, ui.text("teach-title"), &view::page(ui, form, own));
    refresh();
}

fn on_change(event: web_sys::Event) {
    match dom::target_id(&event).as_str() {
        "ui-lang" => {
            let code = dom::select_value("ui-lang");
            UI_LANG.with(|lang| lang.set(data::lang(&code)));
            dom::store_lang(&code);
            let (form, own) = form::read_with_own();
            render(&form, &own);
        }
        "poster-lang" => {
            let (form, own) = form::read_with_own();
            dom::set_html("lesson-rows", &view::lesson_rows(ui(), &form, &own));
            refresh();
        }
        _ => refresh(),
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
fn request(form: &PosterForm) -> Result<PosterRequest, FieldErrors> {
    let lang = data::lang(&form.lang);
    poster::form::request(form, lang.lessons, lang.texts, &PosterFont::built_in())
}

/// Re-checks the form, shows each field's message and Download's state, and redraws the
/// preview.
fn refresh() {
    let form = form::read();
    dom::show_own_boxes(&form);
    let outcome = request(&form);
    dom::show_errors(&form, outcome.as_ref().err(), error_text);
    // A refused form keeps the last good preview on screen.
    let Ok(request) = outcome else {
        return;
    };
    let font = PosterFont::built_in();
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
fn download() {
    let form = form::read();
    let started = dom::now();
    let request = match request(&form) {
        Ok(request) => request,
        Err(errors) => {
            dom::set_text("status", &error_text(&errors.first().error));
            return;
        }
    };
    let made = poster::make_pack(&request, &PosterFont::built_in())
        .and_then(|pack| Ok((pack.zip()?, pack)));
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
    if let Err(error) = dom::save(&zip, &name) {
        dom::set_text("status", &ui().fill("err-pack", &[("reason", &error)]));
        return;
    }
    let pages = pack.pages.len();
    let done = ui().fill(
        "tool-done",
        &[("pages", &pages.to_string()), ("ms", &elapsed)],
    );
    dom::show_status(&done, pages, &elapsed);
}
