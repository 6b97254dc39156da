//! The app's routes, parsed from and written to URL paths.

/// A screen of the app. Lesson ids are printed in QR codes, so `/l/<id>` is a public,
/// permanent address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Help,
    About,
    Settings,
    Lesson(String),
    /// A self-check; nothing about it is ever stored.
    Check(String),
    NotFound,
}

impl Route {
    /// Reads a URL path (without query or fragment; a trailing slash is ignored).
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let trimmed = path.trim_end_matches('/');
        match trimmed {
            "" | "/index.html" => Route::Home,
            "/help" => Route::Help,
            "/about" => Route::About,
            "/settings" => Route::Settings,
            _ => {
                if let Some(id) = trimmed.strip_prefix("/l/") {
                    if is_lesson_id(id) {
                        return Route::Lesson(id.to_string());
                    }
                } else if let Some(id) = trimmed.strip_prefix("/check/")
                    && is_lesson_id(id)
                {
                    return Route::Check(id.to_string());
                }
                Route::NotFound
            }
        }
    }

    /// The path this route lives at. `NotFound` has none of its own and links home.
    pub fn path(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "/".to_string(),
            Route::Help => "/help".to_string(),
            Route::About => "/about".to_string(),
            Route::Settings => "/settings".to_string(),
            Route::Lesson(id) => format!("/l/{id}"),
            Route::Check(id) => format!("/check/{id}"),
        }
    }
}

/// Where a page is: its screen and, when the URL names one (`/hu/l/<id>`), its language.
///
/// Every page has a URL per language, `/<lang><path>`, which is what a poster in that
/// language prints and what the pages link to; the bare path (`/l/<id>`, on posters already
/// printed) has no language of its own: the server picks the reader's, a static host serves
/// Romanian, and the app's stored choice wins on a repeat visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub lang: Option<String>,
    pub route: Route,
}

impl Address {
    /// Reads a URL path. A first segment shaped like a language code that is not one of
    /// `available` makes the page not found (`/fr/l/<id>` is not a Romanian lesson).
    pub fn parse(path: &str, available: &[&str]) -> Address {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let rest = path.strip_prefix('/').unwrap_or(path);
        let (first, tail) = match rest.find('/') {
            Some(at) => (&rest[..at], &rest[at..]),
            None => (rest, ""),
        };
        if !crate::lang::is_language_code(first) {
            return Address {
                lang: None,
                route: Route::parse(path),
            };
        }
        if !available.contains(&first) {
            return Address {
                lang: None,
                route: Route::NotFound,
            };
        }
        Address {
            lang: Some(first.to_string()),
            route: Route::parse(tail),
        }
    }
}

impl Route {
    /// The URL of this screen in `lang`: `/<lang>/` for Home, `/<lang><path>` for the rest.
    pub fn path_in(&self, lang: &str) -> String {
        match self {
            Route::Home | Route::NotFound => format!("/{lang}/"),
            _ => format!("/{lang}{}", self.path()),
        }
    }

    /// The prerendered file of this screen, relative to the built app: `<lang>/<path>/index.html`
    /// (`<lang>/index.html` for Home, `<lang>/404.html` for a page not found) and, with no
    /// language, the same without the prefix: the Romanian copy a static host serves for a
    /// bare path.
    pub fn page_file(&self, lang: Option<&str>) -> String {
        let prefix = lang.map(|lang| format!("{lang}/")).unwrap_or_default();
        match self {
            Route::Home => format!("{prefix}index.html"),
            Route::NotFound => format!("{prefix}404.html"),
            _ => format!("{prefix}{}/index.html", self.path().trim_start_matches('/')),
        }
    }
}

/// Lesson ids are short lowercase words joined by hyphens, as printed in QR codes.
pub fn is_lesson_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_screens() {
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/help"), Route::Help);
        assert_eq!(Route::parse("/help/"), Route::Help);
        assert_eq!(Route::parse("/about?x=1"), Route::About);
    }

    #[test]
    fn lesson_links_from_qr_codes() {
        assert_eq!(
            Route::parse("/l/lover-boy"),
            Route::Lesson("lover-boy".into())
        );
        assert_eq!(
            Route::parse("/l/job-offers?k=school-7"),
            Route::Lesson("job-offers".into())
        );
    }

    #[test]
    fn anything_else_is_not_found() {
        assert_eq!(Route::parse("/nope"), Route::NotFound);
        assert_eq!(Route::parse("/l/"), Route::NotFound);
        assert_eq!(Route::parse("/l/Bad_Id"), Route::NotFound);
        assert_eq!(Route::parse("/l/a/b"), Route::NotFound);
    }

    const LANGS: &[&str] = &["en", "hu", "ro"];

    #[test]
    fn a_language_prefix_names_the_page_language() {
        let at = |path: &str| Address::parse(path, LANGS);
        assert_eq!(
            at("/hu/l/lover-boy?k=sc3"),
            Address {
                lang: Some("hu".into()),
                route: Route::Lesson("lover-boy".into())
            }
        );
        assert_eq!(at("/en/").route, Route::Home);
        assert_eq!(at("/en").route, Route::Home);
        assert_eq!(at("/ro/help").lang.as_deref(), Some("ro"));
        assert_eq!(
            at("/l/lover-boy"),
            Address {
                lang: None,
                route: Route::Lesson("lover-boy".into())
            },
            "the addresses printed before languages had URLs"
        );
        assert_eq!(at("/fr/l/lover-boy").route, Route::NotFound);
        assert_eq!(at("/fr/l/lover-boy").lang, None);
        assert_eq!(at("/hu/nope").route, Route::NotFound);
        assert_eq!(at("/hu/hu/help").route, Route::NotFound);
    }

    #[test]
    fn every_screen_has_a_url_and_a_file_per_language() {
        for route in [
            Route::Home,
            Route::Help,
            Route::About,
            Route::Settings,
            Route::Lesson("who-can-help".into()),
            Route::Check("spot-the-signs".into()),
        ] {
            let address = Address::parse(&route.path_in("hu"), LANGS);
            assert_eq!(address.route, route);
            assert_eq!(address.lang.as_deref(), Some("hu"));
        }
        assert_eq!(Route::Home.page_file(Some("hu")), "hu/index.html");
        assert_eq!(Route::Home.page_file(None), "index.html");
        assert_eq!(Route::NotFound.page_file(Some("en")), "en/404.html");
        assert_eq!(
            Route::Lesson("lover-boy".into()).page_file(Some("ro")),
            "ro/l/lover-boy/index.html"
        );
        assert_eq!(
            Route::Check("spot-the-signs".into()).page_file(None),
            "check/spot-the-signs/index.html"
        );
        assert_eq!(
            Route::Settings.page_file(Some("en")),
            "en/settings/index.html"
        );
    }

    #[test]
    fn paths_round_trip() {
        for route in [
            Route::Home,
            Route::Help,
            Route::About,
            Route::Settings,
            Route::Lesson("who-can-help".into()),
            Route::Check("spot-the-signs".into()),
        ] {
            assert_eq!(Route::parse(&route.path()), route);
        }
    }
}
