//! The poster tool's form as the teacher filled it in, and the one way from it to a
//! [`PosterRequest`]: every field goes through the checks [`lay_out`](super::lay_out) runs, so
//! a form this accepts draws, and each refusal names its field and its message.

use super::{Format, PosterError, PosterFont, PosterLesson, PosterRequest, check, clean_origin};
use crate::lang::is_language_code;

/// A lesson as the poster's language offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LessonText<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// The lesson's own slogan, the poster's default.
    pub slogan: &'a str,
}

/// Which slogan a lesson's poster carries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum SloganChoice {
    /// The slogan the lesson file names.
    #[default]
    Lesson,
    /// The class's own, as typed.
    Own(String),
}

/// One lesson row of the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LessonChoice {
    pub id: String,
    pub ticked: bool,
    pub slogan: SloganChoice,
}

/// What the teacher chose, as typed: nothing here is checked yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PosterForm {
    /// Where the codes point (the page's own origin in the browser).
    pub origin: String,
    /// The poster's language code.
    pub lang: String,
    /// Every row, ticked or not, in the page's order.
    pub lessons: Vec<LessonChoice>,
    pub formats: Vec<Format>,
    pub campaign: String,
    pub credit: String,
}

/// The part of the form a problem belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Language,
    /// No lesson is ticked.
    Lessons,
    /// A lesson's own slogan, by lesson id.
    Slogan(String),
    /// No format is ticked.
    Formats,
    Campaign,
    Credit,
    /// Not on the form, but every code is made from it.
    Origin,
}

/// One refused field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{error}")]
pub struct FieldError {
    pub field: Field,
    pub error: PosterError,
}

impl FieldError {
    /// The teacher-area message for it; `{ $chars }` comes from [`PosterError`]'s problem.
    pub fn message_key(&self) -> &'static str {
        self.error.message_key()
    }
}

/// Every refused field, in the order the page shows them (the origin last); never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", list(.0))]
pub struct FieldErrors(Vec<FieldError>);

fn list(errors: &[FieldError]) -> String {
    let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
    errors.join("; ")
}

impl FieldErrors {
    pub fn iter(&self) -> std::slice::Iter<'_, FieldError> {
        self.0.iter()
    }

    /// The first in the page's order: what a failed Download reports.
    pub fn first(&self) -> &FieldError {
        &self.0[0]
    }

    pub fn get(&self, field: &Field) -> Option<&FieldError> {
        self.iter().find(|error| &error.field == field)
    }
}

/// The request the form asks for, or every field that stops it. `lessons` and `texts` are
/// the poster language's (`form.lang`): its lessons, and its teacher-area messages, sorted or
/// not. A row whose lesson the language lacks is left out, as the page never draws it.
pub fn request(
    form: &PosterForm,
    lessons: &[LessonText<'_>],
    texts: &[(&str, &str)],
    font: &PosterFont,
) -> Result<PosterRequest, FieldErrors> {
    let mut errors = Vec::new();
    let mut refuse = |field, error| errors.push(FieldError { field, error });
    if !is_language_code(&form.lang) {
        refuse(Field::Language, PosterError::Language(form.lang.clone()));
    }
    let chosen: Vec<PosterLesson> = form
        .lessons
        .iter()
        .filter(|choice| choice.ticked)
        .filter_map(|choice| {
            let lesson = lessons.iter().find(|lesson| lesson.id == choice.id)?;
            let (slogan, own_slogan) = match &choice.slogan {
                SloganChoice::Lesson => (lesson.slogan.to_string(), false),
                SloganChoice::Own(slogan) => (slogan.clone(), true),
            };
            Some(PosterLesson {
                id: choice.id.clone(),
                title: lesson.title.to_string(),
                slogan,
                own_slogan,
            })
        })
        .collect();
    if chosen.is_empty() {
        refuse(Field::Lessons, PosterError::NoLessons);
    }
    // The words lay_out lets a class slogan capitalise: those of the titles on these posters.
    let known = check::known_words(&chosen);
    for lesson in chosen.iter().filter(|lesson| lesson.own_slogan) {
        if let Err(problem) = check::class_slogan(&lesson.slogan, font, &known) {
            let error = PosterError::Slogan {
                lesson: lesson.id.clone(),
                problem,
            };
            refuse(Field::Slogan(lesson.id.clone()), error);
        }
    }
    if form.formats.is_empty() {
        refuse(Field::Formats, PosterError::NoFormats);
    }
    if let Err(problem) = check::campaign_tag(&form.campaign) {
        refuse(Field::Campaign, PosterError::Input(problem));
    }
    if let Err(problem) = check::credit_line(&form.credit, font) {
        refuse(Field::Credit, PosterError::Input(problem));
    }
    if let Err(error) = clean_origin(&form.origin) {
        refuse(Field::Origin, error);
    }
    if !errors.is_empty() {
        return Err(FieldErrors(errors));
    }
    Ok(PosterRequest {
        origin: form.origin.clone(),
        lang: form.lang.clone(),
        lessons: chosen,
        formats: form.formats.clone(),
        // As typed, as the CLI passes them: lay_out trims them the same way for both.
        campaign: form.campaign.clone(),
        credit: form.credit.clone(),
        texts: texts
            .iter()
            .map(|(key, text)| (key.to_string(), text.to_string()))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::{InputProblem, lay_out};
    use super::*;

    const RO: &[LessonText<'static>] = &[
        LessonText {
            id: "lover-boy",
            title: "Lover boy",
            slogan: "Iubirea adevărată nu cere dovezi.",
        },
        LessonText {
            id: "online-friends",
            title: "Prieteni online",
            slogan: "Un prieten online rămâne un necunoscut.",
        },
    ];
    const HU: &[LessonText<'static>] = &[LessonText {
        id: "lover-boy",
        title: "Lover boy",
        slogan: "Az igazi szerelem nem kér bizonyítékot.",
    }];
    const TEXTS: &[(&str, &str)] = &[
        ("print-scan", "scan"),
        ("print-helpline", "helpline"),
        ("print-sticker-helpline", "sticker helpline"),
        ("print-danger", "danger"),
        ("print-credit", "by { $who }"),
        ("readme-title", "title"),
        ("readme-files", "files"),
        ("readme-scale", "scale"),
        ("readme-a4", "a4"),
        ("readme-a3", "a3"),
        ("readme-stickers", "stickers"),
        ("readme-test", "test"),
        ("readme-place", "place"),
    ];
    const SLOGAN: &str = "Prietenia adevărată nu-ți cere să taci. Întreabă!";

    fn choice(id: &str, ticked: bool, slogan: SloganChoice) -> LessonChoice {
        LessonChoice {
            id: id.into(),
            ticked,
            slogan,
        }
    }

    /// Lover boy with the class's slogan, Online friends with its own, every format.
    fn good() -> PosterForm {
        PosterForm {
            origin: "https://veriga.ro".into(),
            lang: "ro".into(),
            lessons: vec![
                choice("lover-boy", true, SloganChoice::Own(SLOGAN.into())),
                choice("online-friends", true, SloganChoice::Lesson),
            ],
            formats: Format::ALL.to_vec(),
            campaign: "sc3-dolj".into(),
            credit: "Clasa a VIII-a B, Școala Gimnazială nr. 3".into(),
        }
    }

    fn refused(form: &PosterForm) -> Vec<(Field, &'static str)> {
        let errors = request(form, RO, TEXTS, &PosterFont::built_in()).unwrap_err();
        errors
            .iter()
            .map(|error| (error.field.clone(), error.message_key()))
            .collect()
    }

    #[test]
    fn a_good_form_is_the_request_the_posters_are_drawn_from() {
        let font = PosterFont::built_in();
        let made = request(&good(), RO, TEXTS, &font).unwrap();
        assert_eq!(made.origin, "https://veriga.ro");
        assert_eq!(made.lang, "ro");
        assert_eq!(
            made.lessons,
            [
                PosterLesson {
                    id: "lover-boy".into(),
                    title: "Lover boy".into(),
                    slogan: SLOGAN.into(),
                    own_slogan: true,
                },
                PosterLesson {
                    id: "online-friends".into(),
                    title: "Prieteni online".into(),
                    slogan: RO[1].slogan.into(),
                    own_slogan: false,
                },
            ]
        );
        assert_eq!(made.formats, Format::ALL);
        assert_eq!(made.campaign, "sc3-dolj");
        assert_eq!(made.credit, good().credit);
        assert_eq!(made.texts.len(), TEXTS.len());
        assert_eq!(made.texts["print-credit"], "by { $who }");
        let pages = lay_out(&made, &font).unwrap();
        assert_eq!(pages.pages.len(), 6);
        assert_eq!(pages.urls[0], "https://veriga.ro/l/lover-boy?k=sc3-dolj");
    }

    #[test]
    fn a_hungarian_poster_asks_for_hungarian_pages() {
        let font = PosterFont::built_in();
        let form = PosterForm {
            lang: "hu".into(),
            lessons: vec![choice(
                "lover-boy",
                true,
                SloganChoice::Own("Az igazi barát nem kér titkot. Szólj időben!".into()),
            )],
            formats: vec![Format::A4],
            campaign: String::new(),
            credit: "8. B osztály, Műszaki Líceum".into(),
            ..good()
        };
        let made = request(&form, HU, TEXTS, &font).unwrap();
        assert_eq!(made.lang, "hu");
        assert_eq!(made.lessons.len(), 1);
        assert_eq!(made.credit, "8. B osztály, Műszaki Líceum");
        let pages = lay_out(&made, &font).unwrap();
        assert_eq!(pages.urls, ["https://veriga.ro/hu/l/lover-boy"]);
        // The built-in slogan is the Hungarian lesson's, not the Romanian one.
        let form = PosterForm {
            lessons: vec![choice("lover-boy", true, SloganChoice::Lesson)],
            ..form
        };
        let made = request(&form, HU, TEXTS, &font).unwrap();
        assert_eq!(made.lessons[0].slogan, HU[0].slogan);
    }

    #[test]
    fn only_ticked_lessons_the_language_has_are_drawn() {
        let form = PosterForm {
            lessons: vec![
                choice("lover-boy", false, SloganChoice::Own(SLOGAN.into())),
                choice("no-such-lesson", true, SloganChoice::Lesson),
                choice("online-friends", true, SloganChoice::Lesson),
            ],
            ..good()
        };
        let made = request(&form, RO, TEXTS, &PosterFont::built_in()).unwrap();
        let ids: Vec<&str> = made
            .lessons
            .iter()
            .map(|lesson| lesson.id.as_str())
            .collect();
        assert_eq!(ids, ["online-friends"]);
    }

    #[test]
    fn no_lesson_or_no_format_is_refused() {
        let none = PosterForm {
            lessons: vec![
                choice("lover-boy", false, SloganChoice::Lesson),
                choice("online-friends", false, SloganChoice::Lesson),
            ],
            ..good()
        };
        assert_eq!(refused(&none), [(Field::Lessons, "tool-why-no-lessons")]);
        let no_formats = PosterForm {
            formats: Vec::new(),
            ..good()
        };
        assert_eq!(
            refused(&no_formats),
            [(Field::Formats, "tool-why-no-formats")]
        );
    }

    #[test]
    fn a_class_slogan_is_checked_only_where_it_is_chosen() {
        let with = |slogan: &str, ticked: bool| PosterForm {
            lessons: vec![
                choice("lover-boy", ticked, SloganChoice::Own(slogan.into())),
                choice("online-friends", true, SloganChoice::Lesson),
            ],
            ..good()
        };
        let slogan = |key| vec![(Field::Slogan("lover-boy".into()), key)];
        assert_eq!(
            refused(&with("Sună-mă la 0722 123 456!", true)),
            slogan("err-slogan-phone")
        );
        assert_eq!(refused(&with("  ", true)), slogan("err-slogan-empty"));
        assert_eq!(
            refused(&with("Nu fi ca Andrei, spune!", true)),
            slogan("err-slogan-name")
        );
        let font = PosterFont::built_in();
        assert!(request(&with("Sună-mă la 0722 123 456!", false), RO, TEXTS, &font).is_ok());
        // A title's capitalised word is no name, as lay_out agrees.
        let made = request(
            &with("Nu te lăsa păcălit de Lover.", true),
            RO,
            TEXTS,
            &font,
        );
        assert!(lay_out(&made.unwrap(), &font).is_ok());
        // The refusal says which lesson and why, for the page's next-to-field message.
        let errors = request(&with("Smile ☺ always", true), RO, TEXTS, &font).unwrap_err();
        assert_eq!(
            errors
                .get(&Field::Slogan("lover-boy".into()))
                .unwrap()
                .error,
            PosterError::Slogan {
                lesson: "lover-boy".into(),
                problem: InputProblem::SloganLetters("☺".into()),
            }
        );
    }

    #[test]
    fn a_bad_tag_credit_origin_or_language_is_refused() {
        let tag = PosterForm {
            campaign: "Școala 3!".into(),
            ..good()
        };
        assert_eq!(refused(&tag), [(Field::Campaign, "err-tag")]);
        for (credit, key) in [
            ("Ana Popescu", "err-credit-school"),
            ("Clasa 8B, 0722123456", "err-credit-contact"),
        ] {
            let form = PosterForm {
                credit: credit.into(),
                ..good()
            };
            assert_eq!(refused(&form), [(Field::Credit, key)], "{credit}");
        }
        let origin = PosterForm {
            origin: "file://".into(),
            ..good()
        };
        assert_eq!(refused(&origin), [(Field::Origin, "err-pack")]);
        let lang = PosterForm {
            lang: "hu-HU".into(),
            ..good()
        };
        assert_eq!(refused(&lang), [(Field::Language, "err-pack")]);
        // No tag and no credit are fine: both are optional.
        let bare = PosterForm {
            campaign: " ".into(),
            credit: String::new(),
            ..good()
        };
        assert!(request(&bare, RO, TEXTS, &PosterFont::built_in()).is_ok());
    }

    #[test]
    fn every_problem_is_listed_in_the_pages_order() {
        let form = PosterForm {
            origin: "ftp://x".into(),
            lessons: vec![
                choice("lover-boy", true, SloganChoice::Own("www.x.ro".into())),
                choice("online-friends", true, SloganChoice::Own(String::new())),
            ],
            formats: Vec::new(),
            campaign: "A B".into(),
            credit: "Ana".into(),
            ..good()
        };
        assert_eq!(
            refused(&form),
            [
                (Field::Slogan("lover-boy".into()), "err-slogan-link"),
                (Field::Slogan("online-friends".into()), "err-slogan-empty"),
                (Field::Formats, "tool-why-no-formats"),
                (Field::Campaign, "err-tag"),
                (Field::Credit, "err-credit-school"),
                (Field::Origin, "err-pack"),
            ]
        );
        let errors = request(&form, RO, TEXTS, &PosterFont::built_in()).unwrap_err();
        assert_eq!(errors.first().field, Field::Slogan("lover-boy".into()));
        assert!(errors.to_string().starts_with("lesson `lover-boy`: "));
    }
}
