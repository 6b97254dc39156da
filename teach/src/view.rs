//! The teacher area as HTML: the guide, then the poster tool. Every word comes from the
//! language's teach.ftl; every piece of typed text is escaped.

use std::fmt::Write;

use veriga_core::helpline::{ANCHOR_NUMBER, ANCHOR_TEL};
use veriga_core::poster::Format;
use veriga_core::poster::form::{PosterForm, SloganChoice};

use crate::data::{self, Lang};
use crate::form::OwnTexts;

/// The `<select>` values of a lesson's slogan choice, the page's spelling of
/// [`SloganChoice`].
pub const LESSON_SLOGAN: &str = "lesson";
pub const OWN_SLOGAN: &str = "own";

pub use veriga_core::text::escape_html as escape;

fn paragraph_list(ui: &Lang, keys: &[&'static str]) -> String {
    keys.iter()
        .map(|key| format!("<li>{}</li>", escape(ui.text(key))))
        .collect()
}

/// A part of the guide with its own heading and points, found by its `data-testid`; `list` is
/// `ol` for steps in order, `ul` otherwise.
fn guide_part(
    ui: &Lang,
    testid: &str,
    list: &str,
    heading: &'static str,
    keys: &[&'static str],
) -> String {
    format!(
        "<section data-testid=\"{testid}\"><h3>{}</h3><{list}>{}</{list}></section>",
        escape(ui.text(heading)),
        paragraph_list(ui, keys)
    )
}

/// An `<option>` per language the build compiled, whether its texts are here yet or not,
/// `selected` marking the current one.
fn language_options(selected: &str) -> String {
    data::LANGUAGES
        .iter()
        .map(|lang| {
            format!(
                "<option value=\"{}\"{}>{}</option>",
                lang.code,
                if lang.code == selected {
                    " selected"
                } else {
                    ""
                },
                escape(lang.name)
            )
        })
        .collect()
}

/// The whole page body for the interface language `ui`, with the rows of `posters`' lessons,
/// drawn with the teacher's choices so far: they survive every re-render.
pub fn page(ui: &Lang, posters: &Lang, form: &PosterForm, own: &OwnTexts) -> String {
    let t = |key: &'static str| escape(ui.text(key));
    let mut html = String::new();
    let _ = write!(
        html,
        "<header class=\"top\"><a class=\"brand\" href=\"/\" data-testid=\"back\">{back}</a>\
         <label class=\"ui-lang\"><select id=\"ui-lang\" data-testid=\"ui-lang\" aria-label=\"{lang_label}\">{ui_options}</select></label></header>\
         <p class=\"helpline\"><a href=\"{ANCHOR_TEL}\" data-testid=\"helpline\">{ANCHOR_NUMBER}</a> <span>{helpline}</span></p>\
         <main><h1>{title}</h1><p>{intro}</p>",
        back = t("teach-back"),
        lang_label = t("teach-page-language"),
        ui_options = language_options(ui.code),
        helpline = t("print-helpline"),
        title = t("teach-title"),
        intro = t("teach-intro"),
    );
    let _ = write!(
        html,
        "<section class=\"guide\" data-testid=\"guide\"><h2>{}</h2><ol>{}</ol>{}{}\
         <h3>{}</h3><p>{}</p><h3>{}</h3><p>{}</p><h3>{}</h3><p>{}</p><h3>{}</h3><ol>{}</ol>{}{}{}</section>",
        t("guide-heading"),
        paragraph_list(
            ui,
            &[
                "guide-session-1",
                "guide-session-2",
                "guide-session-3",
                "guide-session-4",
                "guide-session-5"
            ]
        ),
        guide_part(
            ui,
            "guide-ages",
            "ul",
            "guide-ages-heading",
            &[
                "guide-ages-1",
                "guide-ages-2",
                "guide-ages-3",
                "guide-ages-4",
                "guide-ages-5",
                "guide-ages-6"
            ]
        ),
        guide_part(
            ui,
            "guide-parents",
            "ul",
            "guide-parents-heading",
            &["guide-parents-1", "guide-parents-2", "guide-parents-3"]
        ),
        t("guide-cocreate-heading"),
        t("guide-cocreate-body"),
        t("guide-bystander-heading"),
        t("guide-bystander-body"),
        t("guide-notify-heading"),
        t("guide-notify-body"),
        t("guide-disclosure-heading"),
        paragraph_list(
            ui,
            &[
                "guide-disclosure-1",
                "guide-disclosure-2",
                "guide-disclosure-3",
                "guide-disclosure-4",
                "guide-disclosure-5"
            ]
        ),
        guide_part(
            ui,
            "guide-school-path",
            "ol",
            "guide-school-heading",
            &[
                "guide-school-1",
                "guide-school-2",
                "guide-school-3",
                "guide-school-4",
                "guide-school-5"
            ]
        ),
        guide_part(
            ui,
            "guide-images",
            "ul",
            "guide-images-heading",
            &[
                "guide-images-1",
                "guide-images-2",
                "guide-images-3",
                "guide-images-4"
            ]
        ),
        guide_part(
            ui,
            "guide-after",
            "ul",
            "guide-after-heading",
            &[
                "guide-after-1",
                "guide-after-2",
                "guide-after-3",
                "guide-after-4",
                "guide-after-5",
                "guide-after-6"
            ]
        ),
    );
    let _ = write!(
        html,
        "<section class=\"tool\" aria-labelledby=\"tool-heading\"><h2 id=\"tool-heading\">{}</h2><p>{}</p>\
         <form id=\"tool\" data-testid=\"tool\" novalidate>\
         <fieldset><legend>{}</legend><select id=\"poster-lang\" data-testid=\"poster-lang\" aria-label=\"{}\">{}</select></fieldset>",
        t("tool-heading"),
        t("tool-intro"),
        t("tool-language"),
        t("tool-language"),
        language_options(posters.code),
    );
    let _ = write!(
        html,
        "<fieldset id=\"lessons\"><legend>{}</legend><p class=\"row\"><button type=\"button\" id=\"all\" data-testid=\"all\">{}</button> \
         <button type=\"button\" id=\"none\" data-testid=\"none\">{}</button></p><div id=\"lesson-rows\">{}</div></fieldset>",
        t("tool-lessons"),
        t("tool-lessons-all"),
        t("tool-lessons-none"),
        lesson_rows(ui, posters, form, own),
    );
    let _ = write!(html, "<fieldset><legend>{}</legend>", t("tool-formats"));
    for format in Format::ALL {
        let _ = write!(
            html,
            "<label class=\"check\"><input type=\"checkbox\" name=\"format\" value=\"{slug}\" data-testid=\"format-{slug}\"{checked}> {label}</label>",
            slug = format.slug(),
            checked = if form.formats.contains(&format) {
                " checked"
            } else {
                ""
            },
            label = t(format.message_key()),
        );
    }
    html.push_str("</fieldset>");
    let _ = write!(
        html,
        "<fieldset><legend>{tag}</legend><input id=\"tag\" data-testid=\"tag\" maxlength=\"40\" autocomplete=\"off\" spellcheck=\"false\" \
         aria-label=\"{tag}\" aria-describedby=\"tag-help err-tag\" value=\"{tag_value}\"><p class=\"hint\" id=\"tag-help\">{tag_help}</p>\
         <p class=\"error\" id=\"err-tag\" data-testid=\"error-tag\" role=\"alert\"></p></fieldset>\
         <fieldset><legend>{credit}</legend><input id=\"credit\" data-testid=\"credit\" maxlength=\"120\" autocomplete=\"off\" \
         aria-label=\"{credit}\" aria-describedby=\"credit-help err-credit\" value=\"{credit_value}\"><p class=\"hint\" id=\"credit-help\">{credit_help}</p>\
         <p class=\"error\" id=\"err-credit\" data-testid=\"error-credit\" role=\"alert\"></p></fieldset>\
         <p class=\"actions\"><button type=\"submit\" id=\"download\" data-testid=\"download\" aria-describedby=\"why\">{download}</button> \
         <span id=\"why\" data-testid=\"why\"></span></p><p id=\"status\" data-testid=\"status\" role=\"status\"></p></form>\
         <h3>{preview}</h3><div id=\"preview\" data-testid=\"preview\"></div></section></main>\
         <footer><a href=\"/teach/poster-font-copyright.txt\">Veriga Poster Sans: SIL Open Font License 1.1</a></footer>",
        tag = t("tool-tag"),
        tag_value = escape(&form.campaign),
        tag_help = t("tool-tag-help"),
        credit = t("tool-credit"),
        credit_value = escape(&form.credit),
        credit_help = t("tool-credit-help"),
        download = t("tool-download"),
        preview = t("tool-preview"),
    );
    html
}

/// A row per lesson of the poster language `posters`: tick, slogan choice, and the class's own
/// slogan.
pub fn lesson_rows(ui: &Lang, posters: &Lang, form: &PosterForm, own: &OwnTexts) -> String {
    let mut html = String::new();
    for lesson in posters.lessons {
        let id = lesson.id;
        let chosen = form.lessons.iter().find(|choice| choice.id == id);
        let ticked = chosen.is_some_and(|choice| choice.ticked);
        let use_own = chosen.is_some_and(|choice| matches!(choice.slogan, SloganChoice::Own(_)));
        let own = own
            .iter()
            .find(|(lesson, _)| lesson == id)
            .map_or("", |(_, text)| text.as_str());
        let options = format!(
            "<option value=\"{LESSON_SLOGAN}\"{}>{}</option>",
            if use_own { "" } else { " selected" },
            escape(lesson.slogan)
        );
        let _ = write!(
            html,
            "<div class=\"lesson\" data-lesson=\"{id}\"><label class=\"check\"><input type=\"checkbox\" name=\"lesson\" value=\"{id}\" data-testid=\"lesson-{id}\"{checked}> {title}</label>\
             <select name=\"slogan\" data-testid=\"slogan-{id}\" aria-label=\"{slogan_label}: {title}\"><optgroup label=\"{builtin}\">{options}</optgroup>\
             <option value=\"{OWN_SLOGAN}\"{own_selected}>{own_label}</option></select>\
             <input name=\"own\" data-testid=\"own-{id}\" maxlength=\"120\" autocomplete=\"off\" aria-label=\"{own_label}: {title}\" aria-describedby=\"own-help err-own-{id}\" value=\"{own}\"{hidden}>\
             <p class=\"error\" id=\"err-own-{id}\" data-testid=\"error-own-{id}\" role=\"alert\"></p></div>",
            checked = if ticked { " checked" } else { "" },
            title = escape(lesson.title),
            slogan_label = escape(ui.text("tool-slogan")),
            builtin = escape(ui.text("tool-slogan-builtin")),
            own_selected = if use_own { " selected" } else { "" },
            own_label = escape(ui.text("tool-slogan-own")),
            own = escape(own),
            hidden = if use_own { "" } else { " hidden" },
        );
    }
    let _ = write!(
        html,
        "<p class=\"hint\" id=\"own-help\">{}</p>",
        escape(ui.text("tool-slogan-own-help"))
    );
    html
}
