//! The built-in content pack of a language (`/content/<lang>.json`), fetched and checked before
//! use, and read from the browser's own `JSON.parse` result.
//!
//! Parsing with serde_json in wasm cost about a third of the student bundle; the browser
//! already has a fast JSON parser, so the app only walks the parsed object. Native code (the
//! server, the publisher, the tests) keeps using `ContentPack::from_json`.

use std::collections::BTreeMap;

use js_sys::{Array, Object, Reflect};
use veriga_core::pack::PackError;
use veriga_core::pack::{
    Action, CheckItem, Choice, ContentPack, HelpLine, LanguageName, Lesson, Scenario, SelfCheck,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn field(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn text(object: &JsValue, key: &str) -> Option<String> {
    field(object, key).as_string()
}

/// An absent optional field is fine; one of the wrong type makes the pack malformed.
fn optional_text(object: &JsValue, key: &str) -> Result<Option<String>, ()> {
    let value = field(object, key);
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or(())
}

fn whole_number(object: &JsValue, key: &str) -> Option<u64> {
    let number = field(object, key).as_f64()?;
    (number >= 0.0 && number.fract() == 0.0 && number <= 9.0e15).then_some(number as u64)
}

fn array(object: &JsValue, key: &str) -> Option<Array> {
    field(object, key).dyn_into::<Array>().ok()
}

fn help_line(value: &JsValue) -> Option<HelpLine> {
    Some(HelpLine {
        id: text(value, "id")?,
        number: optional_text(value, "number").ok()?,
        url: optional_text(value, "url").ok()?,
        name: text(value, "name")?,
        purpose: text(value, "purpose")?,
        who_answers: text(value, "who_answers")?,
        what_happens: text(value, "what_happens")?,
        cost: optional_text(value, "cost").ok()?,
        hours: optional_text(value, "hours").ok()?,
        note: optional_text(value, "note").ok()?,
        verified_on: text(value, "verified_on")?,
    })
}

fn language_name(value: &JsValue) -> Option<LanguageName> {
    Some(LanguageName {
        code: text(value, "code")?,
        name: text(value, "name")?,
    })
}

fn texts(object: &JsValue, key: &str) -> Option<Vec<String>> {
    array(object, key)?
        .iter()
        .map(|item| item.as_string())
        .collect()
}

fn list<T>(object: &JsValue, key: &str, read: fn(&JsValue) -> Option<T>) -> Option<Vec<T>> {
    array(object, key)?.iter().map(|item| read(&item)).collect()
}

fn choice(value: &JsValue) -> Option<Choice> {
    Some(Choice {
        text: text(value, "text")?,
        feedback: text(value, "feedback")?,
    })
}

fn lesson(value: &JsValue) -> Option<Lesson> {
    let scenario = field(value, "scenario");
    let action = field(value, "action");
    Some(Lesson {
        id: text(value, "id")?,
        theme: text(value, "theme")?,
        title: text(value, "title")?,
        summary: text(value, "summary")?,
        slogan: text(value, "slogan")?,
        minutes: u8::try_from(whole_number(value, "minutes")?).ok()?,
        cards: texts(value, "cards")?,
        scenario: Scenario {
            situation: text(&scenario, "situation")?,
            choices: list(&scenario, "choices", choice)?,
        },
        takeaway: text(value, "takeaway")?,
        action: Action {
            text: text(&action, "text")?,
            line: optional_text(&action, "line").ok()?,
        },
    })
}

fn check_item(value: &JsValue) -> Option<CheckItem> {
    Some(CheckItem {
        text: text(value, "text")?,
        pick: field(value, "pick").as_bool()?,
        why: text(value, "why")?,
    })
}

fn self_check(value: &JsValue) -> Option<SelfCheck> {
    Some(SelfCheck {
        id: text(value, "id")?,
        title: text(value, "title")?,
        intro: text(value, "intro")?,
        prompt: text(value, "prompt")?,
        items: list(value, "items", check_item)?,
        closing: text(value, "closing")?,
    })
}

/// The pack, or `None` when any field is missing or of the wrong type.
pub fn read(value: &JsValue) -> Option<ContentPack> {
    let ui_object = field(value, "ui").dyn_into::<Object>().ok()?;
    let mut ui = BTreeMap::new();
    for entry in Object::entries(&ui_object).iter() {
        let pair: Array = entry.dyn_into().ok()?;
        ui.insert(pair.get(0).as_string()?, pair.get(1).as_string()?);
    }
    Some(ContentPack {
        format: u32::try_from(whole_number(value, "format")?).ok()?,
        lang: text(value, "lang")?,
        version: whole_number(value, "version")?,
        published: text(value, "published")?,
        languages: list(value, "languages", language_name)?,
        ui,
        help_lines: list(value, "help_lines", help_line)?,
        lessons: list(value, "lessons", lesson)?,
        checks: list(value, "checks", self_check)?,
    })
}

/// Why content could not be loaded; each maps to a message the reader sees.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// No connection and nothing stored: common on a bus.
    #[error("offline")]
    Offline,
    #[error("the server answered {0}")]
    Status(u16),
    #[error("{0}")]
    Pack(PackError),
}

impl LoadError {
    pub fn message_key(&self) -> &'static str {
        match self {
            LoadError::Offline => "error-offline",
            LoadError::Status(_) => "error-server",
            LoadError::Pack(err) => err.message_key(),
        }
    }
}

/// The built-in pack of a language, as shipped with this build.
pub async fn fetch_built_in(lang: &str) -> Result<ContentPack, LoadError> {
    let json = fetch_json(&format!("/content/{lang}.json")).await?;
    let pack = read(&json)
        .ok_or_else(|| LoadError::Pack(PackError::Malformed("unexpected shape".into())))?;
    pack.validate(lang).map_err(LoadError::Pack)?;
    Ok(pack)
}

/// The response parsed by the browser's JSON parser.
async fn fetch_json(url: &str) -> Result<JsValue, LoadError> {
    let window = web_sys::window().ok_or(LoadError::Offline)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| LoadError::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| LoadError::Offline)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let json = response
        .json()
        .map_err(|_| LoadError::Pack(PackError::Malformed("not JSON".into())))?;
    JsFuture::from(json)
        .await
        .map_err(|_| LoadError::Pack(PackError::Malformed("not JSON".into())))
}
