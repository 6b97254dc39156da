//! Writes the texts files build.rs made (one per language the module fetches) into a folder:
//! `veriga-teach-texts DIR` makes `DIR/<lang>.txt`. Run natively by `scripts/postbuild-teach.sh`
//! into Trunk's staging folder, because a build script may write only into its own OUT_DIR; the
//! files are build.rs's output, compiled into this program, so nothing here reads `locales/`.

use std::path::PathBuf;
use std::process::ExitCode;

include!(concat!(env!("OUT_DIR"), "/teach_files.rs"));

fn main() -> ExitCode {
    let Some(folder) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: veriga-teach-texts DIR");
        return ExitCode::FAILURE;
    };
    if let Err(error) = std::fs::create_dir_all(&folder) {
        eprintln!("{}: {error}", folder.display());
        return ExitCode::FAILURE;
    }
    for (lang, text) in FILES {
        let path = folder.join(format!("{lang}.txt"));
        if let Err(error) = std::fs::write(&path, text) {
            eprintln!("{}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{} ({} bytes)", path.display(), text.len());
    }
    ExitCode::SUCCESS
}
