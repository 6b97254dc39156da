//! The database under load: a publication succeeds while the counter writer writes scans, as
//! during a campaign (each writer begins IMMEDIATE and waits its turn; before, a publish
//! failed with "database is locked" in 6 of 10 runs).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use veriga_server::tally::Tally;

#[test]
fn publishing_succeeds_while_scans_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_path_buf();
    let key = data.join("veriga.key");
    veriga_server::publish::keygen(&key).unwrap();
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    drop(veriga_server::db::open(&data).unwrap());

    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (stop, data) = (stop.clone(), data.clone());
        std::thread::spawn(move || {
            let mut conn = veriga_server::db::open(&data).unwrap();
            let tally = Tally::default();
            let mut written = 0;
            while !stop.load(Ordering::Relaxed) {
                for n in 0..50 {
                    tally.add(&format!("school-{}", n % 7), "lover-boy", "2026-12-01");
                }
                tally
                    .write(&mut conn)
                    .expect("the counter writer waits, it never fails");
                written += 50;
            }
            written
        })
    };
    for run in 0..5 {
        let mut conn = veriga_server::db::open(&data).unwrap();
        veriga_server::publish::publish(&key, &locales, &mut conn, "2026-12-01")
            .unwrap_or_else(|err| panic!("publication {run} failed under load: {err}"));
    }
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().unwrap();
    let conn = veriga_server::db::open(&data).unwrap();
    let counted: i64 = veriga_server::counters::all(&conn)
        .unwrap()
        .iter()
        .map(|row| row.3)
        .sum();
    assert_eq!(counted, written, "every scan written once");
    assert!(written > 500, "the writer was busy throughout: {written}");
}
