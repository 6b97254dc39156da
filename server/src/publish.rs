//! The publisher's side: an offline signing key, and signed packs stored for the server. The
//! server itself never holds the private key; it only stores and serves what was signed.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::Path;

use ed25519_dalek::{Signer, SigningKey};
use rusqlite::{Connection, OptionalExtension, params};
use veriga_core::locales;
use veriga_core::signing::SignedPack;

use crate::StartError;

fn write_error(path: &Path, err: impl ToString) -> StartError {
    StartError::Write {
        path: path.to_path_buf(),
        reason: err.to_string(),
    }
}

/// Makes a key pair: the private key (hex seed) goes to `out` with mode 0600 and is never
/// overwritten; the public key (hex) is returned for pinning in the app.
pub fn keygen(out: &Path) -> Result<String, StartError> {
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).map_err(|err| write_error(out, err))?;
    let key = SigningKey::from_bytes(&seed);
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(out).map_err(|err| {
        if err.kind() == std::io::ErrorKind::AlreadyExists {
            StartError::KeyExists(out.to_path_buf())
        } else {
            write_error(out, err)
        }
    })?;
    writeln!(file, "{}", hex::encode(seed)).map_err(|err| write_error(out, err))?;
    Ok(hex::encode(key.verifying_key().to_bytes()))
}

fn read_key(path: &Path) -> Result<SigningKey, StartError> {
    let text = fs::read_to_string(path).map_err(|err| StartError::KeyUnreadable {
        path: path.to_path_buf(),
        reason: err.to_string(),
    })?;
    let seed: [u8; 32] = hex::decode(text.trim())
        .ok()
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or_else(|| StartError::KeyUnreadable {
            path: path.to_path_buf(),
            reason: "not a Veriga private key (64 hex digits)".into(),
        })?;
    Ok(SigningKey::from_bytes(&seed))
}

/// The last version published for a language, if any.
pub fn latest_version(conn: &Connection, lang: &str) -> rusqlite::Result<Option<u64>> {
    conn.query_row(
        "SELECT MAX(version) FROM packs WHERE lang = ?1",
        [lang],
        |row| row.get::<_, Option<i64>>(0),
    )
    .map(|version| version.map(|v| v as u64))
}

/// The newest signed pack of a language, as served.
pub fn latest_signed(
    conn: &Connection,
    lang: &str,
) -> Result<Option<(u64, SignedPack)>, StoredPackError> {
    let row = conn
        .query_row(
            "SELECT version, body, signature, key FROM packs WHERE lang = ?1 ORDER BY version DESC LIMIT 1",
            [lang],
            |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, Vec<u8>>(1)?,
                    row.get::<_, Vec<u8>>(2)?,
                    row.get::<_, String>(3)?,
                ))
            },
        )
        .optional()?;
    let Some((version, body, signature, key)) = row else {
        return Ok(None);
    };
    let damaged = |reason: &'static str| StoredPackError::Damaged {
        lang: lang.to_string(),
        version,
        reason,
    };
    let version = u64::try_from(version).map_err(|_| damaged("its version is negative"))?;
    if signature.len() != ed25519_dalek::SIGNATURE_LENGTH {
        return Err(damaged("its signature is not 64 bytes"));
    }
    if key.len() != 64 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(damaged("its key is not 64 hex digits"));
    }
    let pack = String::from_utf8(body).map_err(|_| damaged("its pack is not UTF-8"))?;
    Ok(Some((
        version,
        SignedPack {
            key,
            signature: hex::encode(signature),
            pack,
        },
    )))
}

/// Why a stored pack cannot be served. A damaged row affects its language only.
#[derive(Debug, thiserror::Error)]
pub enum StoredPackError {
    #[error("the database could not be read: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("the stored pack {lang} version {version} is damaged: {reason}")]
    Damaged {
        lang: String,
        version: i64,
        reason: &'static str,
    },
}

/// Validates `locales/` with the build's own validator, gives each language's pack a version
/// above the last published one, signs it and stores it. Returns `(lang, version)` pairs.
pub fn publish(
    key_path: &Path,
    locales_dir: &Path,
    conn: &mut Connection,
    today: &str,
) -> Result<Vec<(String, u64)>, StartError> {
    let key = read_key(key_path)?;
    let public = hex::encode(key.verifying_key().to_bytes());
    let packs = locales::compile(locales_dir)?;
    let db_error = |err: rusqlite::Error| StartError::Write {
        path: Path::new("veriga.sqlite").to_path_buf(),
        reason: err.to_string(),
    };
    // IMMEDIATE: the write lock is taken first, so a counter writing meanwhile makes this wait
    // (the busy timeout) rather than fail after reading.
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(db_error)?;
    let mut published = Vec::new();
    for mut pack in packs {
        let last = latest_version(&tx, &pack.lang)
            .map_err(db_error)?
            .unwrap_or(0);
        pack.version = last.max(pack.version) + 1;
        pack.published = today.to_string();
        let body = pack.to_json();
        let signature = key.sign(body.as_bytes());
        tx.execute(
            "INSERT INTO packs (lang, version, published, body, signature, key) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![pack.lang, pack.version as i64, today, body.as_bytes(), signature.to_bytes().as_slice(), public],
        )
        .map_err(db_error)?;
        published.push((pack.lang.clone(), pack.version));
    }
    // One transaction: every language of a publication appears at once, or none does.
    tx.commit().map_err(db_error)?;
    Ok(published)
}

/// Today's date (UTC), ISO 8601, from the system clock.
pub fn today_utc() -> String {
    iso_date(days_since_epoch())
}

/// The Julian day number of 1970-01-01, the day 0 of [`days_since_epoch`].
fn epoch_julian_day() -> i32 {
    time::UtcDateTime::UNIX_EPOCH.to_julian_day()
}

/// Today (UTC) as days since 1970-01-01, from the system clock.
pub fn days_since_epoch() -> i64 {
    i64::from(time::UtcDateTime::now().to_julian_day() - epoch_julian_day())
}

/// The ISO 8601 date (`YYYY-MM-DD`) `days` after 1970-01-01. A day beyond the calendar's
/// years (-9999 to 9999) gives its first or last day.
pub fn iso_date(days: i64) -> String {
    let (first, last) = (time::Date::MIN, time::Date::MAX);
    let julian = i64::from(epoch_julian_day()).saturating_add(days).clamp(
        i64::from(first.to_julian_day()),
        i64::from(last.to_julian_day()),
    );
    i32::try_from(julian)
        .ok()
        .and_then(|julian| time::Date::from_julian_day(julian).ok())
        .unwrap_or(last)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use veriga_core::pack::ContentPack;

    fn locales() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
    }

    #[test]
    fn keygen_writes_a_private_key_only_once_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("veriga.key");
        let public = keygen(&path).unwrap();
        assert_eq!(public.len(), 64);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let before = fs::read(&path).unwrap();
        assert!(matches!(keygen(&path), Err(StartError::KeyExists(_))));
        assert_eq!(fs::read(&path).unwrap(), before, "never overwritten");
    }

    #[test]
    fn publishing_signs_every_language_with_a_rising_version() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("veriga.key");
        let public = veriga_core::signing::public_key(&keygen(&key).unwrap()).unwrap();
        let mut conn = crate::db::open_in_memory();
        let first = publish(&key, &locales(), &mut conn, "2026-11-29").unwrap();
        let second = publish(&key, &locales(), &mut conn, "2026-11-30").unwrap();
        assert_eq!(first.len(), 3);
        for ((lang, v1), (_, v2)) in first.iter().zip(&second) {
            assert!(v2 > v1, "{lang}: {v2} after {v1}");
            let (version, signed) = latest_signed(&conn, lang).unwrap().unwrap();
            assert_eq!(version, *v2);
            let pack = ContentPack::from_json(signed.verified(&[public]).unwrap(), lang).unwrap();
            assert_eq!(pack.version, *v2);
            assert_eq!(pack.published, "2026-11-30");
        }
    }

    #[test]
    fn broken_locales_publish_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("veriga.key");
        keygen(&key).unwrap();
        let mut conn = crate::db::open_in_memory();
        assert!(matches!(
            publish(&key, dir.path(), &mut conn, "2026-11-29"),
            Err(StartError::Locales(_))
        ));
        assert_eq!(latest_version(&conn, "ro").unwrap(), None);
    }

    #[test]
    fn an_unverified_claim_or_a_missing_slogan_publishes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("veriga.key");
        keygen(&key).unwrap();
        let tree = dir.path().join("locales");
        copy_tree(&locales(), &tree).unwrap();
        let lesson = tree.join("hu/lessons/who-can-help.toml");
        let source = fs::read_to_string(&lesson).unwrap();
        let changed: String = source
            .lines()
            .filter(|line| !line.starts_with("slogan ="))
            .map(|line| format!("{line}\n"))
            .collect();
        fs::write(&lesson, changed).unwrap();
        let ui = tree.join("en/ui.ftl");
        let source = fs::read_to_string(&ui).unwrap();
        fs::write(
            &ui,
            format!("{source}\nextra-claim = Call 0800 800 678 any time, anonymously.\n"),
        )
        .unwrap();
        let mut conn = crate::db::open_in_memory();
        let Err(StartError::Locales(problems)) = publish(&key, &tree, &mut conn, "2026-11-29")
        else {
            panic!("the broken locales were published");
        };
        let report = problems.to_string();
        assert!(report.contains("hu/lessons/who-can-help.toml:"), "{report}");
        assert!(report.contains("missing field `slogan`"), "{report}");
        assert!(report.contains("en/ui.ftl:"), "{report}");
        assert!(report.contains("claims hours"), "{report}");
        assert!(report.contains("claims anonymity"), "{report}");
        for lang in ["en", "hu", "ro"] {
            assert_eq!(latest_version(&conn, lang).unwrap(), None, "{lang}");
        }
    }

    #[test]
    fn dates_come_out_as_iso() {
        let today = today_utc();
        assert_eq!(today.len(), 10);
        assert!(veriga_core::text::date_parts(&today).is_some());
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(20_513), "2026-03-01");
        assert_eq!(iso_date(20_512), "2026-02-28");
        assert_eq!(iso_date(11_016), "2000-02-29");
        assert_eq!(iso_date(-1), "1969-12-31");
        assert_eq!(iso_date(2_932_896), "9999-12-31");
        assert_eq!(iso_date(i64::MAX), "9999-12-31");
        assert_eq!(iso_date(i64::MIN), "-9999-01-01");
    }
}

/// Writes the built app and the latest signed pack of every language as static files, for
/// any static host or CDN: the packs sit at `api/v1/content/<lang>`, the same path the server
/// answers, so the app works unchanged. Returns the languages exported.
///
/// The whole app folder is copied as it is, so a host that maps a path to its folder's
/// `index.html` serves every page: `/<lang>/…` (`hu/l/<id>/index.html`) in that language and a
/// bare path (`l/<id>/index.html`, what Romanian posters print) in Romanian, since a static
/// host cannot read `Accept-Language`. Set the host's not-found page to `404.html` (Romanian;
/// each language has its own at `<lang>/404.html`). `shell.html` is the app shell the service
/// worker falls back to. There are no scan counters on a static host: the worker's
/// `POST /api/v1/scans` gets the host's 404 or 405 and is dropped. `_headers` holds the
/// server's security headers for hosts that read that file; on another host, set them alike
/// (the policy names the page's inline loader by hash).
pub fn export(conn: &Connection, dist: &Path, out: &Path) -> Result<Vec<String>, StartError> {
    if !dist.join("index.html").is_file() {
        return Err(StartError::DistIncomplete(dist.to_path_buf()));
    }
    copy_tree(dist, out)?;
    let page = fs::read(dist.join("index.html")).map_err(|err| write_error(dist, err))?;
    let inline =
        crate::assets::Assets::from_files([("/index.html", page.as_slice())]).inline_hashes();
    let headers = out.join("_headers");
    fs::write(
        &headers,
        crate::headers::static_host_file(&crate::headers::content_security_policy(&inline)),
    )
    .map_err(|err| write_error(&headers, err))?;
    let api = out.join("api/v1/content");
    fs::create_dir_all(&api).map_err(|err| write_error(&api, err))?;
    let mut statement = conn
        .prepare("SELECT DISTINCT lang FROM packs ORDER BY lang")
        .map_err(|err| write_error(out, err))?;
    let langs: Vec<String> = statement
        .query_map([], |row| row.get(0))
        .and_then(Iterator::collect)
        .map_err(|err| write_error(out, err))?;
    for lang in &langs {
        if let Some((_, signed)) = latest_signed(conn, lang).map_err(|err| write_error(out, err))? {
            let path = api.join(lang);
            let body = serde_json::to_vec(&signed).map_err(|err| write_error(&path, err))?;
            fs::write(&path, body).map_err(|err| write_error(&path, err))?;
        }
    }
    Ok(langs)
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), StartError> {
    fs::create_dir_all(to).map_err(|err| write_error(to, err))?;
    for entry in fs::read_dir(from).map_err(|err| write_error(from, err))? {
        let entry = entry.map_err(|err| write_error(from, err))?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target).map_err(|err| write_error(&target, err))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod export_tests {
    use super::*;

    #[test]
    fn export_writes_the_app_and_every_signed_pack() {
        let dir = tempfile::tempdir().unwrap();
        let dist = dir.path().join("dist");
        fs::create_dir_all(dist.join("content")).unwrap();
        fs::write(
            dist.join("index.html"),
            "<!doctype html><script type=\"module\">start()</script>",
        )
        .unwrap();
        fs::write(dist.join("content/ro.json"), "{}").unwrap();
        let key = dir.path().join("veriga.key");
        let public = veriga_core::signing::public_key(&keygen(&key).unwrap()).unwrap();
        let mut conn = crate::db::open_in_memory();
        let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        publish(&key, &locales, &mut conn, "2026-11-29").unwrap();
        let pages = [
            "shell.html",
            "404.html",
            "l/lover-boy/index.html",
            "check/spot-the-signs/index.html",
            "hu/index.html",
            "hu/404.html",
            "hu/l/lover-boy/index.html",
            "en/help/index.html",
            "ro/l/lover-boy/index.html",
        ];
        for page in pages {
            let path = dist.join(page);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, format!("<!doctype html>{page}")).unwrap();
        }
        let out = dir.path().join("site");
        assert_eq!(export(&conn, &dist, &out).unwrap(), ["en", "hu", "ro"]);
        assert!(out.join("index.html").is_file() && out.join("content/ro.json").is_file());
        for page in pages {
            assert_eq!(
                fs::read_to_string(out.join(page)).unwrap(),
                format!("<!doctype html>{page}"),
                "{page}"
            );
        }
        // A static host that reads `_headers` sends the server's policy, with the loader's hash
        // (sha256 of `start()`), so the page's wasm still starts there.
        let headers = fs::read_to_string(out.join("_headers")).unwrap();
        assert!(headers.starts_with("/*\n  Content-Security-Policy: default-src 'none'; "));
        assert!(
            headers.contains("'sha256-DIm7WJS6ZKDYe5qFLPy+h4JFI9Bol5QmYC57mt3Fb00='"),
            "{headers}"
        );
        assert!(
            headers.contains("\n  Referrer-Policy: no-referrer\n"),
            "{headers}"
        );
        assert!(headers.contains("\n  Cross-Origin-Opener-Policy: same-origin\n"));
        let signed: SignedPack =
            serde_json::from_slice(&fs::read(out.join("api/v1/content/hu")).unwrap()).unwrap();
        assert!(
            signed
                .verified(&[public])
                .unwrap()
                .contains("\"lang\":\"hu\"")
        );
    }
}
