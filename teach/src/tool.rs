//! The poster tool's behaviour: read the form, check it as the teacher types, preview the
//! pages, and make the ZIP on Download. The form is the only state, so a failed pack cannot
//! lose a choice.

use std::cell::RefCell;
use std::collections::BTreeMap;

use veriga_core::poster::{
    self, Format, InputProblem, PosterError, PosterFont, PosterLesson, PosterRequest, check, svg,
};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

use crate::data::{self, LANGS, Lang};
use crate::view::{self, Choices, LessonChoice, OWN_SLOGAN};

const LANG_KEY: &str = "veriga.lang";

thread_local! {
    static UI_LANG: RefCell<&'static Lang> = RefCell::new(data::default_lang());
}

fn document() -> Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a document")
}

fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

fn ui() -> &'static Lang {
    UI_LANG.with(|lang| *lang.borrow())
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|window| window.local_storage().ok().flatten())
}

/// The interface language: the one the student app remembers, else the browser's, else Romanian.
fn first_language() -> &'static Lang {
    let codes: Vec<&str> = LANGS.iter().map(|lang| lang.code).collect();
    let stored = storage().and_then(|storage| storage.get_item(LANG_KEY).ok().flatten());
    let browser: Vec<String> = web_sys::window()
        .map(|window| {
            window
                .navigator()
                .languages()
                .iter()
                .filter_map(|value| value.as_string())
                .collect()
        })
        .unwrap_or_default();
    data::lang(veriga_core::lang::negotiate(
        &codes,
        stored.as_deref(),
        &browser,
    ))
}

pub fn start() {
    let ui = first_language();
    UI_LANG.with(|lang| *lang.borrow_mut() = ui);
    let choices = Choices {
        poster_lang: ui.code.to_string(),
        formats: Format::ALL.to_vec(),
        ..Choices::default()
    };
    render(&choices);
    let root = document().body().expect("a body");
    for event in ["input", "change"] {
        let listener = Closure::<dyn FnMut(web_sys::Event)>::new(on_change);
        let _ = root.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        listener.forget();
    }
    let click = Closure::<dyn FnMut(web_sys::Event)>::new(on_click);
    let _ = root.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    click.forget();
    let submit = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        event.prevent_default();
        download();
    });
    let _ = root.add_event_listener_with_callback("submit", submit.as_ref().unchecked_ref());
    submit.forget();
    keep_offline();
}

/// Registers the app's service worker (a teacher may never have opened the student app) and
/// asks it to store this page's files, so the tool works offline from the next visit on.
fn keep_offline() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let _ = container.register("/sw.js");
    let mut urls = vec!["/teach/index.html".to_string()];
    if let Ok(list) = document().query_selector_all("link[href^='/teach/'], script[src^='/teach/']")
    {
        for node in (0..list.length()).filter_map(|index| list.item(index)) {
            if let Ok(element) = node.dyn_into::<Element>() {
                let url = element
                    .get_attribute("href")
                    .or_else(|| element.get_attribute("src"));
                urls.extend(url);
            }
        }
    }
    let urls: js_sys::Array = urls.iter().map(|url| JsValue::from_str(url)).collect();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"store-teach".into());
    let _ = js_sys::Reflect::set(&message, &"urls".into(), &urls);
    let post = Closure::once(move |registration: JsValue| {
        let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(worker) = registration.active() {
            let _ = worker.post_message(&message);
        }
    });
    if let Ok(ready) = container.ready() {
        let _ = ready.then(&post);
    }
    post.forget();
}

fn render(choices: &Choices) {
    let ui = ui();
    document()
        .document_element()
        .map(|html| html.set_attribute("lang", ui.code));
    document().set_title(ui.text("teach-title"));
    if let Some(app) = by_id("teach") {
        app.set_inner_html(&view::page(ui, choices));
    }
    refresh();
}

fn target_id(event: &web_sys::Event) -> (String, String) {
    let element = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok());
    let id = element.as_ref().map(Element::id).unwrap_or_default();
    let name = element
        .and_then(|element| element.get_attribute("name"))
        .unwrap_or_default();
    (id, name)
}

fn on_change(event: web_sys::Event) {
    let (id, _) = target_id(&event);
    let choices = read_choices();
    match id.as_str() {
        "ui-lang" => {
            let code = select_value("ui-lang");
            UI_LANG.with(|lang| *lang.borrow_mut() = data::lang(&code));
            if let Some(storage) = storage() {
                let _ = storage.set_item(LANG_KEY, &code);
            }
            render(&choices);
        }
        "poster-lang" => {
            if let Some(rows) = by_id("lesson-rows") {
                rows.set_inner_html(&view::lesson_rows(ui(), &choices));
            }
            refresh();
        }
        _ => refresh(),
    }
}

fn on_click(event: web_sys::Event) {
    let (id, _) = target_id(&event);
    let tick = match id.as_str() {
        "all" => true,
        "none" => false,
        _ => return,
    };
    for input in inputs("#lesson-rows input[name=lesson]") {
        input.set_checked(tick);
    }
    refresh();
}

fn inputs(selector: &str) -> Vec<HtmlInputElement> {
    let Ok(list) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index))
        .filter_map(|node| node.dyn_into::<HtmlInputElement>().ok())
        .collect()
}

fn select_value(id: &str) -> String {
    by_id(id)
        .and_then(|element| element.dyn_into::<HtmlSelectElement>().ok())
        .map(|select| select.value())
        .unwrap_or_default()
}

fn input_value(id: &str) -> String {
    by_id(id)
        .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

fn read_choices() -> Choices {
    let mut lessons = Vec::new();
    if let Ok(rows) = document().query_selector_all("#lesson-rows .lesson") {
        for row in (0..rows.length()).filter_map(|index| rows.item(index)) {
            let Ok(row) = row.dyn_into::<Element>() else {
                continue;
            };
            let id = row.get_attribute("data-lesson").unwrap_or_default();
            let field = |selector: &str| row.query_selector(selector).ok().flatten();
            let ticked = field("input[name=lesson]")
                .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
                .is_some_and(|input| input.checked());
            let use_own = field("select")
                .and_then(|element| element.dyn_into::<HtmlSelectElement>().ok())
                .is_some_and(|select| select.value() == OWN_SLOGAN);
            let own_input = field("input[name=own]")
                .and_then(|element| element.dyn_into::<HtmlInputElement>().ok());
            if let Some(input) = &own_input {
                input.set_hidden(!use_own);
            }
            let own = own_input.map(|input| input.value()).unwrap_or_default();
            lessons.push(LessonChoice {
                id,
                ticked,
                use_own,
                own,
            });
        }
    }
    let formats = inputs("input[name=format]")
        .iter()
        .filter(|input| input.checked())
        .filter_map(|input| Format::from_slug(&input.value()))
        .collect();
    Choices {
        poster_lang: select_value("poster-lang"),
        lessons,
        formats,
        tag: input_value("tag"),
        credit: input_value("credit"),
    }
}

fn set_text(id: &str, text: &str) {
    if let Some(element) = by_id(id) {
        element.set_text_content(Some(text));
    }
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

/// Builds the request from the choices, or says what stops it; each field's error is shown
/// next to it (or cleared) on the way.
fn request(choices: &Choices) -> Result<PosterRequest, PosterError> {
    let font = PosterFont::built_in();
    let poster_lang = data::lang(&choices.poster_lang);
    let known = poster_lang.known_words();
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    let mut first_problem: Option<PosterError> = None;

    let fields = [
        ("err-tag", check::campaign_tag(&choices.tag).err()),
        (
            "err-credit",
            check::credit_line(&choices.credit, &font).err(),
        ),
    ];
    for (id, problem) in fields {
        set_text(id, &problem.as_ref().map(problem_text).unwrap_or_default());
        if let Some(problem) = problem {
            first_problem.get_or_insert(PosterError::Input(problem));
        }
    }

    let mut lessons = Vec::new();
    for choice in &choices.lessons {
        let Some(lesson) = poster_lang
            .lessons
            .iter()
            .find(|lesson| lesson.id == choice.id)
        else {
            continue;
        };
        let own_slogan = choice.use_own;
        let slogan = if own_slogan {
            choice.own.clone()
        } else {
            lesson.slogan.to_string()
        };
        let problem = (choice.ticked && own_slogan)
            .then(|| check::class_slogan(&slogan, &font, &known).err())
            .flatten();
        set_text(
            &format!("err-own-{}", choice.id),
            &problem.as_ref().map(problem_text).unwrap_or_default(),
        );
        if let Some(problem) = problem {
            first_problem.get_or_insert(PosterError::Slogan {
                lesson: choice.id.clone(),
                problem,
            });
        }
        if choice.ticked {
            lessons.push(PosterLesson {
                id: choice.id.clone(),
                title: lesson.title.to_string(),
                slogan,
                own_slogan,
            });
        }
    }
    if lessons.is_empty() {
        return Err(PosterError::NoLessons);
    }
    if choices.formats.is_empty() {
        return Err(PosterError::NoFormats);
    }
    if let Some(problem) = first_problem {
        return Err(problem);
    }
    let texts: BTreeMap<String, String> = poster_lang
        .texts
        .iter()
        .map(|(key, text)| (key.to_string(), text.to_string()))
        .collect();
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    Ok(PosterRequest {
        origin,
        lessons,
        formats: choices.formats.clone(),
        campaign: choices.tag.clone(),
        credit: choices.credit.clone(),
        texts,
    })
}

/// Re-checks the form, updates Download and its reason, and redraws the preview.
fn refresh() {
    let choices = read_choices();
    let outcome = request(&choices);
    let download = by_id("download").and_then(|element| element.dyn_into::<HtmlElement>().ok());
    // Field errors speak next to their fields; only a missing choice needs this line.
    let why = match &outcome {
        Err(error @ (PosterError::NoLessons | PosterError::NoFormats)) => error_text(error),
        _ => String::new(),
    };
    set_text("why", &why);
    if let Some(button) = download {
        let _ = if outcome.is_ok() {
            button.remove_attribute("disabled")
        } else {
            button.set_attribute("disabled", "")
        };
    }
    let (Some(preview), Ok(request)) = (by_id("preview"), outcome) else {
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
            preview.set_inner_html(&html);
        }
        Err(error) => set_text("status", &error_text(&error)),
    }
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// Makes the pack and hands it to the browser as a download. A failure changes no choice.
fn download() {
    let choices = read_choices();
    let started = now();
    let made =
        request(&choices).and_then(|request| poster::make_pack(&request, &PosterFont::built_in()));
    let pack = match made {
        Ok(pack) => pack,
        Err(error) => {
            set_text("status", &error_text(&error));
            return;
        }
    };
    let zip = pack.zip();
    let elapsed = format!("{}", (now() - started).round() as u64);
    let name = match check::campaign_tag(&choices.tag).ok().flatten() {
        Some(tag) => format!("veriga-posters-{}-{tag}.zip", choices.poster_lang),
        None => format!("veriga-posters-{}.zip", choices.poster_lang),
    };
    if let Err(error) = save(&zip, &name) {
        set_text("status", &ui().fill("err-pack", &[("reason", &error)]));
        return;
    }
    set_text(
        "status",
        &ui().fill(
            "tool-done",
            &[("pages", &pack.pages.len().to_string()), ("ms", &elapsed)],
        ),
    );
    if let Some(status) = by_id("status") {
        let _ = status.set_attribute("data-ms", &elapsed);
        let _ = status.set_attribute("data-pages", &pack.pages.len().to_string());
    }
}

fn save(bytes: &[u8], name: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/zip");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| "Blob".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "URL".to_string())?;
    let link = document()
        .create_element("a")
        .map_err(|_| "a".to_string())?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "a".to_string())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoked a little later: some browsers start reading the blob only after the click returns.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000);
    }
    Ok(())
}
