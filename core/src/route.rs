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
