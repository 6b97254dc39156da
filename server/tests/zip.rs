//! Every kind of pack the `posters` command writes is a ZIP that other readers take: Info-ZIP's
//! `unzip -t` and Python's `zipfile` check every entry's CRC, Python reads back each entry's
//! name, size, method, date and UTF-8 flag, and both readers give the same bytes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sha2::{Digest, Sha256};

const ORIGIN: &str = "https://veriga.ro";

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
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

/// `veriga-server posters` in `lang` with `args`.
fn posters(lang: &str, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_veriga-server"));
    command
        .args(["posters", "--origin", ORIGIN, "--lang", lang])
        .args(args)
        .arg("--locales")
        .arg(locales());
    command
}

/// Python's view of an archive: per entry, what its header says and the SHA-256 of what
/// `zipfile` reads (which checks the CRC as it reads).
const PYTHON: &str = r#"
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    assert archive.testzip() is None, "a CRC does not match"
    entries = []
    for info in archive.infolist():
        data = archive.read(info)
        assert len(data) == info.file_size == info.compress_size
        entries.append({
            "name": info.filename,
            "stored": info.compress_type == zipfile.ZIP_STORED,
            "date": list(info.date_time),
            "utf8": bool(info.flag_bits & 0x800),
            "sha256": hashlib.sha256(data).hexdigest(),
        })
print(json.dumps(entries))
"#;

/// Checks `zip` with both readers and returns its entries' names in order, with their bytes'
/// SHA-256.
fn check_with_both_readers(zip: &Path) -> Vec<(String, String)> {
    let tested = run(Command::new("unzip").arg("-t").arg(zip));
    let report = String::from_utf8_lossy(&tested.stdout);
    assert!(
        report.contains("No errors detected"),
        "{}: {report}",
        zip.display()
    );

    let output = run(Command::new("python3").args(["-c", PYTHON]).arg(zip));
    let entries: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let mut read = Vec::new();
    for entry in &entries {
        let name = entry["name"].as_str().unwrap().to_string();
        assert_eq!(entry["stored"], true, "{name}");
        assert_eq!(
            entry["date"],
            serde_json::json!([1980, 1, 1, 0, 0, 0]),
            "{name}"
        );
        assert_eq!(entry["utf8"], true, "{name}");
        read.push((name, entry["sha256"].as_str().unwrap().to_string()));
    }

    // What unzip extracts is what Python read.
    let out = zip.with_extension("unzipped");
    run(Command::new("unzip").arg("-q").arg(zip).arg("-d").arg(&out));
    for (name, sha256) in &read {
        let bytes = std::fs::read(out.join(name)).unwrap();
        assert_eq!(&hex::encode(Sha256::digest(&bytes)), sha256, "{name}");
    }
    read
}

/// The files a pack of `lessons` in `formats` holds: the PDF, an SVG per page, the README.
fn expected_names(lessons: &[String], formats: &[&str]) -> Vec<String> {
    let mut names = vec!["posters.pdf".to_string()];
    for format in formats {
        for lesson in lessons {
            names.push(format!("svg/{lesson}-{format}.svg"));
        }
    }
    names.push("README.txt".to_string());
    names.sort();
    names
}

fn sorted_names(entries: &[(String, String)]) -> Vec<String> {
    let mut names: Vec<String> = entries.iter().map(|(name, _)| name.clone()).collect();
    names.sort();
    names
}

#[test]
fn every_pack_reads_with_unzip_and_python() {
    let dir = tempfile::tempdir().unwrap();
    let packs = veriga_core::locales::compile(&locales()).unwrap();
    let lessons = |lang: &str| -> Vec<String> {
        let pack = packs.iter().find(|pack| pack.lang == lang).unwrap();
        pack.lessons
            .iter()
            .map(|lesson| lesson.id.clone())
            .collect()
    };
    let all_formats = ["a4", "a3", "stickers"];

    // A whole pack in every language, with a campaign and a credit line.
    let credits = BTreeMap::from([
        ("ro", "Clasa a VIII-a B, Școala Gimnazială nr. 3"),
        ("hu", "8. B osztály, Műszaki Líceum, Szatmárnémeti"),
        ("en", "Class 8B, Secondary School No. 3"),
    ]);
    for (lang, credit) in credits {
        let zip = dir.path().join(format!("{lang}.zip"));
        run(
            posters(lang, &["--campaign", "sc3-dolj", "--credit", credit])
                .arg("--out")
                .arg(&zip),
        );
        let entries = check_with_both_readers(&zip);
        assert_eq!(entries.first().unwrap().0, "posters.pdf", "{lang}");
        assert_eq!(entries.last().unwrap().0, "README.txt", "{lang}");
        assert_eq!(
            sorted_names(&entries),
            expected_names(&lessons(lang), &all_formats),
            "{lang}"
        );
    }

    // One lesson, one format, the class's own slogan, no campaign.
    let zip = dir.path().join("one.zip");
    run(posters(
        "ro",
        &[
            "--lessons",
            "lover-boy",
            "--formats",
            "a4",
            "--slogan",
            "Prietenia adevărată nu cere secrete.",
        ],
    )
    .arg("--out")
    .arg(&zip));
    let entries = check_with_both_readers(&zip);
    assert_eq!(
        sorted_names(&entries),
        expected_names(&["lover-boy".to_string()], &["a4"])
    );

    // One pack per school of a campaigns CSV, one school's name quoted across two lines.
    let csv = dir.path().join("schools.csv");
    std::fs::write(
        &csv,
        "tag,school,slogan\r\nsc3-craiova,\"Școala Gimnazială nr. 3,\r\nCraiova\",\r\nlic-bals,Liceul Teoretic Balș,Spune ce vezi. Nu ești singur.\r\n",
    )
    .unwrap();
    let out_dir = dir.path().join("packs");
    run(posters("ro", &["--formats", "stickers"])
        .arg("--campaigns")
        .arg(&csv)
        .arg("--out-dir")
        .arg(&out_dir));
    for tag in ["sc3-craiova", "lic-bals"] {
        let zip = out_dir.join(format!("{tag}.zip"));
        let entries = check_with_both_readers(&zip);
        assert_eq!(
            sorted_names(&entries),
            expected_names(&lessons("ro"), &["stickers"]),
            "{tag}"
        );
        let readme =
            std::fs::read_to_string(zip.with_extension("unzipped").join("README.txt")).unwrap();
        assert!(readme.contains(&format!("?k={tag}")), "{tag}: {readme}");
    }
}
