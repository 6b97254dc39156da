//! The built-in content packs: compiled from `locales/` and written where the app build wants them.

use std::fs;
use std::path::Path;

use veriga_core::locales;

use crate::StartError;

/// Compiles every language and writes `<out>/<lang>.json`. Nothing is written unless every
/// language compiles, so a broken locale never replaces a good pack.
pub fn write_builtin(locales_dir: &Path, out: &Path) -> Result<Vec<String>, StartError> {
    let packs = locales::compile(locales_dir)?;
    let write_error = |path: &Path, err: std::io::Error| StartError::Write {
        path: path.to_path_buf(),
        reason: err.to_string(),
    };
    fs::create_dir_all(out).map_err(|err| write_error(out, err))?;
    let mut written = Vec::new();
    for pack in packs {
        let path = out.join(format!("{}.json", pack.lang));
        fs::write(&path, pack.to_json()).map_err(|err| write_error(&path, err))?;
        written.push(pack.lang);
    }
    Ok(written)
}
