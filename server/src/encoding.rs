//! `Accept-Encoding` read as RFC 9110 §12.5.3 has it: a list of codings, each with an optional
//! weight (`q`, any case, `0` to `1` with up to three decimals); `*` stands for every coding
//! not named; a weight of 0 refuses. The server then sends the best variant it has.

/// The weight `accept_encoding` gives `coding` (`br`, `gzip`, `identity`), 0 to 1000.
pub fn weight(accept_encoding: &str, coding: &str) -> u16 {
    stated(accept_encoding, coding).unwrap_or(
        // Identity is acceptable unless refused by name or by `*;q=0`.
        if coding.eq_ignore_ascii_case("identity") {
            1000
        } else {
            0
        },
    )
}

/// The weight the header states for `coding`, by name or through `*`.
fn stated(accept_encoding: &str, coding: &str) -> Option<u16> {
    let mut named = None;
    let mut any = None;
    for item in accept_encoding.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or_default().trim();
        if name.is_empty() {
            continue;
        }
        let mut q = 1000;
        for param in parts {
            let Some((key, value)) = param.split_once('=') else {
                continue;
            };
            if key.trim().eq_ignore_ascii_case("q") {
                // A weight that is not one refuses rather than guesses.
                q = qvalue(value.trim()).unwrap_or(0);
            }
        }
        if name.eq_ignore_ascii_case(coding) {
            named = Some(named.map_or(q, |other: u16| other.max(q)));
        } else if name == "*" {
            any = Some(q);
        }
    }
    named.or(any)
}

/// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, in thousandths.
fn qvalue(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// Of the codings the server holds a variant in (`offered`, its preference first), the one
/// the client weighs highest; `None` means the identity bytes.
pub fn choose<'a>(accept_encoding: &str, offered: &[&'a str]) -> Option<&'a str> {
    let best = offered
        .iter()
        .map(|coding| (weight(accept_encoding, coding), *coding))
        .filter(|(q, _)| *q > 0)
        // The first of equal weights: the server's preference.
        .fold(None, |best: Option<(u16, &str)>, (q, coding)| match best {
            Some((best_q, _)) if best_q >= q => best,
            _ => Some((q, coding)),
        })?;
    // Identity weighed above the best coding, in so many words: send it as it is.
    let identity = stated(accept_encoding, "identity").unwrap_or(0);
    (identity <= best.0).then_some(best.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFERED: &[&str] = &["br", "gzip"];

    #[test]
    fn a_zero_weight_refuses_in_every_spelling() {
        for header in [
            "br;q=0",
            "br;q=0.0",
            "br;q=0.000",
            "br;Q=0",
            "br ; q = 0",
            "BR;q=0",
        ] {
            assert_eq!(choose(header, OFFERED), None, "{header}");
        }
        for header in ["br;q=0.0, gzip", "gzip, br;q=0.000", "br;Q=0, gzip;q=0.5"] {
            assert_eq!(choose(header, OFFERED), Some("gzip"), "{header}");
        }
    }

    #[test]
    fn weights_pick_the_coding() {
        assert_eq!(choose("gzip, deflate, br", OFFERED), Some("br"));
        assert_eq!(choose("br;q=0.5, gzip;q=0.9", OFFERED), Some("gzip"));
        assert_eq!(choose("br;q=0.001", OFFERED), Some("br"));
        assert_eq!(choose("Br", OFFERED), Some("br"));
        assert_eq!(choose("gzip;q=1.000", OFFERED), Some("gzip"));
        assert_eq!(choose("", OFFERED), None);
        assert_eq!(choose("deflate", OFFERED), None);
    }

    #[test]
    fn a_malformed_weight_refuses() {
        for header in [
            "br;q=2",
            "br;q=1.5",
            "br;q=0.0001",
            "br;q=-1",
            "br;q=",
            "br;q=x",
        ] {
            assert_eq!(choose(header, OFFERED), None, "{header}");
        }
    }

    #[test]
    fn the_star_stands_for_codings_not_named() {
        assert_eq!(choose("*", OFFERED), Some("br"));
        assert_eq!(choose("*;q=0.5, br;q=0", OFFERED), Some("gzip"));
        assert_eq!(choose("*;q=0", OFFERED), None);
        assert_eq!(weight("*;q=0", "identity"), 0);
    }

    #[test]
    fn identity_is_acceptable_unless_refused() {
        assert_eq!(weight("br", "identity"), 1000);
        assert_eq!(weight("br, identity;q=0", "identity"), 0);
        assert_eq!(choose("identity;q=0, gzip", OFFERED), Some("gzip"));
        assert_eq!(
            choose("identity, br;q=0.5", OFFERED),
            None,
            "identity weighed higher"
        );
    }
}
