//! `veriga-server`: serve the app, and the publisher's commands.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use veriga_server::{AppState, Assets, StartError, app, db, packs};

#[derive(Parser)]
#[command(
    name = "veriga-server",
    version,
    about = "Veriga's server and publisher tools"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the built app.
    Serve {
        /// Address to listen on; loopback by default. Port 0 picks a free port.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// The built app (Trunk's output).
        #[arg(long, default_value = "dist")]
        dist: PathBuf,
        /// The data folder with the SQLite database [default: ./data, created if missing].
        #[arg(long)]
        data: Option<PathBuf>,
        /// Do not count poster scans at all.
        #[arg(long)]
        no_counters: bool,
    },
    /// Write the app and the latest signed packs as static files for any static host or CDN.
    ///
    /// Bare paths (`/l/<id>`) are Romanian there and `/<lang>/…` the language; point the
    /// host's not-found page at `404.html`.
    Export {
        #[arg(long, default_value = "data")]
        data: PathBuf,
        #[arg(long, default_value = "dist")]
        dist: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Print the scan counters: one count per campaign tag, lesson and day.
    Stats {
        #[arg(long, default_value = "data")]
        data: PathBuf,
    },
    /// Compile `locales/` into the built-in content packs, one JSON file per language.
    Packs {
        #[arg(long, default_value = "locales")]
        locales: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Make an ed25519 signing key pair; the private key goes to --out (mode 0600, never
    /// overwritten) and the public key is printed for pinning in the app.
    Keygen {
        #[arg(long)]
        out: PathBuf,
    },
    /// Make poster and sticker packs: one ZIP with --out, or one per school with --campaigns.
    Posters {
        #[command(flatten)]
        options: veriga_server::posters::PosterOptions,
        /// The ZIP to write.
        #[arg(
            long,
            required_unless_present = "campaigns",
            conflicts_with = "campaigns"
        )]
        out: Option<PathBuf>,
        /// A CSV with one school per row: tag, school name, optional slogan.
        #[arg(long, requires = "out_dir")]
        campaigns: Option<PathBuf>,
        /// Where the per-school ZIPs go (`<tag>.zip`).
        #[arg(long)]
        out_dir: Option<PathBuf>,
    },
    /// Validate `locales/`, sign each language's pack with a higher version, and store it.
    Publish {
        #[arg(long)]
        key: PathBuf,
        #[arg(long, default_value = "locales")]
        locales: PathBuf,
        #[arg(long, default_value = "data")]
        data: PathBuf,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), StartError> {
    match cli.command {
        Command::Serve {
            addr,
            dist,
            data,
            no_counters,
        } => serve(addr, dist, data, no_counters),
        Command::Export { data, dist, out } => {
            let conn = db::open(&data)?;
            let langs = veriga_server::publish::export(&conn, &dist, &out)?;
            println!(
                "exported the app and the signed packs of {} into {}",
                langs.join(", "),
                out.display()
            );
            Ok(())
        }
        Command::Stats { data } => {
            let conn = db::open(&data)?;
            let rows =
                veriga_server::counters::all(&conn).map_err(|err| StartError::DataUnreadable {
                    path: data.clone(),
                    reason: err.to_string(),
                })?;
            println!(
                "{:<10}  {:<16}  {:<20}  {:>7}",
                "day", "campaign", "lesson", "scans"
            );
            let folded = rows
                .iter()
                .any(|(_, tag, _, _)| tag == veriga_server::tally::OTHER_TAG);
            for (day, tag, lesson, count) in rows {
                println!("{day:<10}  {tag:<16}  {lesson:<20}  {count:>7}");
            }
            if folded {
                println!(
                    "{}: scans of tags beyond the first {} (tag, lesson) pairs of their day, counted together",
                    veriga_server::tally::OTHER_TAG,
                    veriga_server::tally::MAX_KEYS_PER_DAY
                );
            }
            Ok(())
        }
        Command::Packs { locales, out } => {
            let written = packs::write_builtin(&locales, &out)?;
            println!(
                "wrote packs for {} into {}",
                written.join(", "),
                out.display()
            );
            Ok(())
        }
        Command::Posters {
            options,
            out,
            campaigns,
            out_dir,
        } => {
            if let (Some(csv), Some(out_dir)) = (campaigns, out_dir) {
                for (tag, path, pages) in
                    veriga_server::posters::campaign_packs(&options, &csv, &out_dir)?
                {
                    println!("{tag}: {pages} pages in {}", path.display());
                }
            } else if let Some(out) = out {
                let pack = veriga_server::posters::one_pack(&options, &out)?;
                println!("{} pages in {}", pack.pages.len(), out.display());
            }
            Ok(())
        }
        Command::Keygen { out } => {
            let public = veriga_server::publish::keygen(&out)?;
            println!(
                "private key written to {} (keep it offline; never commit it)",
                out.display()
            );
            println!("public key: {public}");
            Ok(())
        }
        Command::Publish { key, locales, data } => {
            let mut conn = db::open(&data)?;
            let today = veriga_server::publish::today_utc();
            for (lang, version) in
                veriga_server::publish::publish(&key, &locales, &mut conn, &today)?
            {
                println!("published {lang} version {version}");
            }
            Ok(())
        }
    }
}

fn serve(
    addr: SocketAddr,
    dist: PathBuf,
    data: Option<PathBuf>,
    no_counters: bool,
) -> Result<(), StartError> {
    let data = match data {
        Some(data) => data,
        None => {
            let default = PathBuf::from("data");
            if !default.exists() {
                std::fs::create_dir(&default).map_err(|err| StartError::DataUnreadable {
                    path: default.clone(),
                    reason: err.to_string(),
                })?;
            }
            default
        }
    };
    let assets = Assets::load(&dist)?;
    let mut state = AppState::new(assets, db::open(&data)?);
    if no_counters {
        state = state.without_counters();
    }
    let runtime = tokio::runtime::Runtime::new().map_err(|err| StartError::Bind {
        addr: addr.to_string(),
        reason: err.to_string(),
    })?;
    runtime.block_on(async move {
        let listener =
            tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|err| StartError::Bind {
                    addr: addr.to_string(),
                    reason: err.to_string(),
                })?;
        let bound = listener.local_addr().unwrap_or(addr);
        // One writer puts the scans in SQLite; it writes the last of them once serving stops.
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let writer = tokio::spawn(
            state
                .tally
                .clone()
                .run_writer(state.db.clone(), async move {
                    // A dropped sender means stop as well.
                    stopped.await.unwrap_or(());
                }),
        );
        println!("Veriga is serving on http://{bound}");
        veriga_server::serve(
            listener,
            app(state),
            veriga_server::ConnectionLimits::default(),
            shutdown_signal(),
        )
        .await;
        if stop.send(()).is_err() {
            eprintln!("veriga-server: the scan writer had already stopped");
        }
        if let Err(err) = writer.await {
            eprintln!("veriga-server: the last scan counts were not written: {err}");
        }
        Ok(())
    })
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("installing the SIGTERM handler");
        tokio::select! {
            _ = interrupt => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
}
