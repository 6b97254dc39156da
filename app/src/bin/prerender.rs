//! Writes the prerendered student pages into a built app: `veriga-prerender <dist>`.
//! Run by Trunk's post-build hook (scripts/postbuild.sh) on the staged app, after the packs.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dist) = std::env::args().nth(1) else {
        eprintln!("usage: veriga-prerender <dist>  (the staged app, with content/<lang>.json)");
        return ExitCode::FAILURE;
    };
    match veriga_app::prerender_into(Path::new(&dist)) {
        Ok(pages) => {
            println!("prerendered {pages} pages into {dist}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("prerender: {err}");
            ExitCode::FAILURE
        }
    }
}
