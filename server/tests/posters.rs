//! The `posters` command end to end: every page of real packs is rasterised at 300 dpi and
//! every QR code decoded with zbar and with rqrr; the text and the font are read back from the
//! PDF with poppler.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ORIGIN: &str = "https://veriga.ro";
const DPI: f32 = 300.0;

fn server() -> Command {
    Command::new(env!("CARGO_BIN_EXE_veriga-server"))
}

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// `veriga-server posters` for the test origin and the real locales, in `lang`, plus `args`.
fn posters(lang: &str, args: &[&str]) -> Command {
    let mut command = server();
    command
        .args(["posters", "--origin", ORIGIN, "--lang", lang])
        .args(args)
        .arg("--locales")
        .arg(locales());
    command
}

fn run(command: &mut Command) -> Output {
    let output = command.output().expect("the command starts");
    assert!(
        output.status.success(),
        "{command:?} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn lesson_ids() -> Vec<String> {
    let catalogue = std::fs::read_to_string(locales().join("lessons.toml")).unwrap();
    let mut in_lesson = false;
    let mut ids = Vec::new();
    for line in catalogue.lines().map(str::trim) {
        if line.starts_with("[[") {
            in_lesson = line == "[[lesson]]";
        } else if let Some(rest) = line.strip_prefix("id = \"").filter(|_| in_lesson) {
            ids.push(rest.trim_end_matches('"').to_string());
        }
    }
    ids
}

struct Gray {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

impl Gray {
    fn read(path: &Path) -> Gray {
        let bytes = std::fs::read(path).unwrap();
        let mut fields = Vec::new();
        let mut at = 0;
        while fields.len() < 4 {
            while bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            let start = at;
            while !bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            fields.push(String::from_utf8_lossy(&bytes[start..at]).to_string());
        }
        assert_eq!(fields[0], "P5", "pdftoppm -gray writes binary PGM");
        let (width, height) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
        let pixels = bytes[at + 1..].to_vec();
        assert_eq!(pixels.len(), width * height);
        Gray {
            width,
            height,
            pixels,
        }
    }

    fn crop(&self, left: usize, top: usize, width: usize, height: usize) -> Gray {
        let mut pixels = Vec::with_capacity(width * height);
        for y in top..(top + height).min(self.height) {
            let row = y * self.width;
            pixels
                .extend_from_slice(&self.pixels[row + left..row + (left + width).min(self.width)]);
        }
        let width = width.min(self.width - left);
        Gray {
            width,
            height: pixels.len() / width,
            pixels,
        }
    }

    fn write(&self, path: &Path) {
        let mut bytes = format!("P5\n{} {}\n255\n", self.width, self.height).into_bytes();
        bytes.extend_from_slice(&self.pixels);
        std::fs::write(path, bytes).unwrap();
    }

    fn rqrr(&self) -> Vec<String> {
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(self.width, self.height, |x, y| {
                self.pixels[y * self.width + x]
            });
        image
            .detect_grids()
            .into_iter()
            .map(|grid| {
                grid.decode()
                    .map(|(_, text)| text)
                    .unwrap_or_else(|err| format!("undecodable: {err}"))
            })
            .collect()
    }
}

fn zbar(files: &[PathBuf]) -> Vec<String> {
    let output = run(Command::new("zbarimg")
        .arg("--nodbus")
        .arg("-q")
        .arg("--raw")
        .args(files));
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// The 21 labels of a sticker sheet, cut out at their printed positions (millimetres from
/// the top-left: 7.2 + 66.0 × column, 15.15 + 38.1 × row; 63.5 × 38.1 each).
fn labels(page: &Gray) -> Vec<Gray> {
    let px = |mm: f32| (mm / 25.4 * DPI).round() as usize;
    let mut cut = Vec::new();
    for row in 0..7 {
        for column in 0..3 {
            let left = 7.2 + 66.0 * column as f32;
            let top = 15.15 + 38.1 * row as f32;
            cut.push(page.crop(px(left), px(top), px(63.5), px(38.1)));
        }
    }
    cut
}

fn page_text(pdf: &Path, page: usize) -> String {
    let output = run(Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string(), "-layout"])
        .arg(pdf)
        .arg("-"));
    String::from_utf8(output.stdout).unwrap()
}

/// The words of `text` with single spaces, as a PDF's text comes back across line breaks.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn make_pack(dir: &Path, lang: &str, campaign: &str, credit: &str) -> PathBuf {
    let zip = dir.join(format!("{lang}.zip"));
    run(posters(
        lang,
        &[
            "--lessons",
            "all",
            "--formats",
            "a4,a3,stickers",
            "--campaign",
            campaign,
            "--credit",
            credit,
        ],
    )
    .arg("--out")
    .arg(&zip));
    let out = dir.join(lang);
    run(Command::new("unzip")
        .arg("-q")
        .arg("-o")
        .arg(&zip)
        .arg("-d")
        .arg(&out));
    out
}

fn check_language(lang: &str, credit: &str, letters: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let campaign = "sc3-dolj";
    let unpacked = make_pack(dir.path(), lang, campaign, credit);
    let pdf = unpacked.join("posters.pdf");
    // A poster opens its own language's page; Romanian keeps the bare address.
    let page_of = |lesson: &str| match lang {
        "ro" => format!("{ORIGIN}/l/{lesson}?k={campaign}"),
        _ => format!("{ORIGIN}/{lang}/l/{lesson}?k={campaign}"),
    };
    let ids = lesson_ids();
    assert_eq!(ids.len(), 15);
    let pack = veriga_core::locales::compile(&locales())
        .unwrap()
        .into_iter()
        .find(|pack| pack.lang == lang)
        .unwrap();

    let fonts = String::from_utf8(run(Command::new("pdffonts").arg(&pdf)).stdout).unwrap();
    let font_row = fonts
        .lines()
        .find(|line| line.contains("VerigaPosterSans"))
        .expect(&fonts);
    assert!(font_row.contains("CID TrueType"), "{fonts}");
    let flags: Vec<&str> = font_row.split_whitespace().rev().skip(2).take(3).collect();
    assert_eq!(
        flags,
        ["yes", "yes", "yes"],
        "embedded, subset, with a Unicode map: {fonts}"
    );
    assert!(
        !fonts
            .lines()
            .any(|line| line.contains(" no ") && !line.starts_with("name")),
        "{fonts}"
    );

    run(Command::new("pdftoppm")
        .args(["-r", "300", "-gray"])
        .arg(&pdf)
        .arg(dir.path().join("p")));
    let mut everything = String::new();
    let mut slogans = std::collections::BTreeSet::new();
    for (page_index, (lesson, format)) in ids
        .iter()
        .flat_map(|id| ["a4", "a3", "stickers"].map(|format| (id, format)))
        .enumerate()
    {
        let number = page_index + 1;
        let expected = page_of(lesson);
        let raster = dir.path().join(format!("p-{number:02}.pgm"));
        let page = Gray::read(&raster);
        let (files, images) = if format == "stickers" {
            let cut = labels(&page);
            let files: Vec<PathBuf> = (0..cut.len())
                .map(|label| dir.path().join(format!("label-{number}-{label}.pgm")))
                .collect();
            for (image, file) in cut.iter().zip(&files) {
                image.write(file);
            }
            (files, cut)
        } else {
            (vec![raster.clone()], vec![page])
        };
        let decoded = zbar(&files);
        assert_eq!(
            decoded.len(),
            images.len(),
            "{lang} page {number} ({format}): zbar read {decoded:?}"
        );
        assert!(
            decoded.iter().all(|url| *url == expected),
            "{lang} page {number}: {decoded:?} != {expected}"
        );
        for image in &images {
            assert_eq!(
                image.rqrr(),
                vec![expected.clone()],
                "{lang} page {number} ({format}): rqrr"
            );
        }
        for file in files.iter().filter(|file| **file != raster) {
            let _ = std::fs::remove_file(file);
        }
        let _ = std::fs::remove_file(&raster);

        let text = page_text(&pdf, number);
        if format == "a4" {
            let slogan = &pack
                .lessons
                .iter()
                .find(|l| l.id == *lesson)
                .unwrap()
                .slogan;
            assert!(
                flat(&text).contains(&flat(slogan)),
                "{lang} page {number}: the poster of `{lesson}` does not print its slogan `{slogan}`:\n{text}"
            );
            slogans.insert(slogan.clone());
        }
        let copies = text.matches("0800 800 678").count();
        let wanted = if format == "stickers" { 21 } else { 1 };
        assert_eq!(
            copies, wanted,
            "{lang} page {number}: the help line in print:\n{text}"
        );
        everything.push_str(&text);
    }
    assert_eq!(
        slogans.len(),
        ids.len(),
        "{lang}: every lesson's poster has its own slogan"
    );
    for letters in letters {
        assert!(
            everything.contains(letters),
            "{lang}: `{letters}` did not come back from the PDF"
        );
    }
    assert!(
        flat(&everything).contains(&flat(credit)),
        "{lang}: the credit line `{credit}` is not intact"
    );

    let svgs = std::fs::read_dir(unpacked.join("svg")).unwrap().count();
    assert_eq!(svgs, 3 * ids.len(), "an SVG per page");
    let readme = std::fs::read_to_string(unpacked.join("README.txt")).unwrap();
    assert!(readme.contains("100"), "{readme}");
    assert!(readme.contains(&page_of(&ids[0])), "{readme}");
}

#[test]
fn romanian_pack_every_page_scans_and_prints_the_help_line() {
    check_language(
        "ro",
        "Clasa a VIII-a B, Școala Gimnazială nr. 3",
        &["ș", "ț", "ă", "â", "î", "Ș"],
    );
}

#[test]
fn hungarian_pack_every_page_scans_and_prints_the_help_line() {
    check_language(
        "hu",
        "8. B osztály, Műszaki Líceum, Szatmárnémeti",
        &["ő", "ű", "á", "é", "ö", "ü"],
    );
}

#[test]
fn english_pack_every_page_scans_and_prints_the_help_line() {
    check_language("en", "Class 8B, Secondary School No. 3", &["Scan"]);
}

#[test]
fn the_same_request_gives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let make = |name: &str| {
        let out = dir.path().join(name);
        run(posters(
            "ro",
            &[
                "--lessons",
                "lover-boy,online-friends",
                "--slogan",
                "Prietenia adevărată nu cere secrete.",
            ],
        )
        .arg("--out")
        .arg(&out));
        std::fs::read(out).unwrap()
    };
    assert_eq!(make("one.zip"), make("two.zip"));
}

fn fails(command: &mut Command) -> String {
    let output = command.output().unwrap();
    assert!(!output.status.success());
    String::from_utf8_lossy(&output.stderr).to_string()
}

#[test]
fn bad_options_are_refused_with_the_reason_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pack.zip");
    let base = |extra: &[&str]| {
        let mut command = posters("ro", extra);
        command.arg("--out").arg(&out);
        command
    };
    assert!(fails(&mut base(&["--campaign", "Școala 3"])).contains("a-z, 0-9 and -"));
    assert!(fails(&mut base(&["--slogan", "Sună-mă la 0722 123 456"])).contains("phone number"));
    assert!(fails(&mut base(&["--lessons", "no-such-lesson"])).contains("no-such-lesson"));
    assert!(fails(&mut base(&["--formats", "a5"])).contains("a5"));
    assert!(fails(&mut base(&["--credit", "Ana Popescu"])).contains("school or a class"));
    assert!(!out.exists(), "a refused request wrote a file");
}

#[test]
fn a_campaigns_csv_makes_one_pack_per_school_or_lists_every_bad_row() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("schools.csv");
    std::fs::write(
        &good,
        "tag,school,slogan\nsc3-craiova,\"Școala Gimnazială nr. 3, Craiova\",\nlic-bals,Liceul Teoretic Balș,Spune ce vezi. Nu ești singur.\n",
    )
    .unwrap();
    let out_dir = dir.path().join("packs");
    run(posters("ro", &["--formats", "stickers"])
        .arg("--campaigns")
        .arg(&good)
        .arg("--out-dir")
        .arg(&out_dir));
    for tag in ["sc3-craiova", "lic-bals"] {
        let zip = out_dir.join(format!("{tag}.zip"));
        let list =
            String::from_utf8(run(Command::new("unzip").arg("-l").arg(&zip)).stdout).unwrap();
        assert!(list.contains("posters.pdf"), "{list}");
    }

    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "tag,school\nok-1,Școala 1\nBAD,Școala 2\nok-3,Ion Popescu\nok-4,Școala 4,Scrie la x@y.ro\nok-1,Școala 5\n",
    )
    .unwrap();
    let bad_out = dir.path().join("bad-packs");
    let message = fails(
        posters("ro", &[])
            .arg("--campaigns")
            .arg(&bad)
            .arg("--out-dir")
            .arg(&bad_out),
    );
    for line in ["line 3:", "line 4:", "line 5:", "line 6:"] {
        assert!(message.contains(line), "{line} missing from:\n{message}");
    }
    assert!(!message.contains("line 2:"), "{message}");
    assert!(!bad_out.exists(), "a CSV with bad rows wrote packs");
}
