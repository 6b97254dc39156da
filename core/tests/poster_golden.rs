//! Golden file: the SVG of one fixed poster. A change to the layout, the QR encoder or the SVG
//! writer shows up here as a diff to review; `UPDATE_GOLDEN=1 cargo test` rewrites it.
#![cfg(feature = "posters")]

use std::collections::BTreeMap;
use std::path::Path;

use veriga_core::poster::{Format, PosterFont, PosterLesson, PosterRequest, make_pack, svg};

fn fixed_request(formats: Vec<Format>) -> PosterRequest {
    let texts: BTreeMap<String, String> = [
        ("print-scan", "Scanează: o lecție de câteva minute"),
        (
            "print-helpline",
            "Apel gratuit: informații și sfaturi despre trafic de persoane",
        ),
        ("print-sticker-helpline", "Apel gratuit"),
        ("print-danger", "În pericol chiar acum? Sună la 112."),
        ("print-credit", "Realizat de {$who}"),
        ("readme-title", "Afișe"),
        ("readme-files", "posters.pdf"),
        ("readme-scale", "100 %"),
        ("readme-a4", "A4"),
        ("readme-a3", "A3"),
        ("readme-stickers", "3 × 7"),
        ("readme-test", "Test"),
        ("readme-place", "Loc"),
    ]
    .into_iter()
    .map(|(key, text)| (key.to_string(), text.to_string()))
    .collect();
    PosterRequest {
        origin: "https://veriga.ro".into(),
        lang: "ro".into(),
        lessons: vec![PosterLesson {
            id: "lover-boy".into(),
            title: "Iubitul care cere prea mult".into(),
            slogan: "Dragostea adevărată nu cere dovezi.".into(),
            own_slogan: true,
        }],
        formats,
        campaign: "sc3-dolj".into(),
        credit: "Clasa a VIII-a B, Școala Gimnazială nr. 3".into(),
        texts,
    }
}

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_GOLDEN=1", path.display()));
    assert!(
        expected == actual,
        "{} changed; if that is intended, run with UPDATE_GOLDEN=1 and review the diff",
        path.display()
    );
}

#[test]
fn the_a4_poster_svg_matches_its_golden_file() {
    let pack = make_pack(&fixed_request(vec![Format::A4]), &PosterFont::built_in()).unwrap();
    let (name, bytes) = &pack.files[1];
    assert_eq!(name, "svg/lover-boy-a4.svg");
    golden("poster-a4.svg", std::str::from_utf8(bytes).unwrap());
}

#[test]
fn the_sticker_preview_outlines_labels_but_the_printed_svg_does_not() {
    let pack = make_pack(
        &fixed_request(vec![Format::Stickers]),
        &PosterFont::built_in(),
    )
    .unwrap();
    let printed = std::str::from_utf8(&pack.files[1].1).unwrap();
    let preview = svg::page(&pack.pages[0], &pack.codes, true);
    assert_eq!(printed.matches("<use ").count(), 21);
    assert_eq!(
        printed.matches("<defs>").count(),
        1,
        "one code, defined once"
    );
    assert_eq!(
        printed.matches("stroke=").count(),
        0,
        "no label edges in print"
    );
    assert_eq!(preview.matches("stroke=").count(), 21);
    assert_eq!(printed.matches("0800 800 678").count(), 21);
}
