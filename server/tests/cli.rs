//! The `veriga-server` binary: bad folders give one line that names the fix, never a panic.

use std::process::Command;

fn server() -> Command {
    Command::new(env!("CARGO_BIN_EXE_veriga-server"))
}

fn fails_with(command: &mut Command, expected: &str) {
    let output = command.output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(stderr.contains(expected), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A scratch folder holding a minimal built app in `dist/`.
fn folder_with_dist() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("dist")).unwrap();
    std::fs::write(dir.path().join("dist/index.html"), "<!doctype html>").unwrap();
    dir
}

#[test]
fn a_missing_dist_names_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    fails_with(
        server().current_dir(dir.path()).args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--dist",
            "nowhere",
        ]),
        "build the app first",
    );
}

#[test]
fn a_missing_data_folder_names_the_fix() {
    let dir = folder_with_dist();
    fails_with(
        server().current_dir(dir.path()).args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--dist",
            "dist",
            "--data",
            "missing",
        ]),
        "mkdir -p missing",
    );
}

#[test]
fn a_corrupt_database_is_reported_not_overwritten() {
    let dir = folder_with_dist();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    let garbage = vec![0x42u8; 8192];
    std::fs::write(dir.path().join("data/veriga.sqlite"), &garbage).unwrap();
    fails_with(
        server().current_dir(dir.path()).args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--dist",
            "dist",
            "--data",
            "data",
        ]),
        "is not a Veriga database",
    );
    assert_eq!(
        std::fs::read(dir.path().join("data/veriga.sqlite")).unwrap(),
        garbage
    );
}

#[test]
fn broken_locales_are_listed_and_no_pack_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("locales")).unwrap();
    let output = server()
        .current_dir(dir.path())
        .args(["packs", "--locales", "locales", "--out", "out"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(!dir.path().join("out").exists());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("pack.toml"), "{stderr}");
}
