//! The `posters` command: the teacher's poster tool for NGOs, one pack or one per school.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use veriga_core::locales;
use veriga_core::pack::ContentPack;
use veriga_core::poster::{self, Format, PosterFont, PosterLesson, PosterPack, PosterRequest};

use crate::StartError;

/// What the command line asked for, apart from where the packs go.
#[derive(Debug, Clone, clap::Args)]
pub struct PosterOptions {
    /// Where the QR codes point, such as https://veriga.ro.
    #[arg(long)]
    pub origin: String,
    #[arg(long, default_value = "ro")]
    pub lang: String,
    /// `all`, or lesson ids separated by commas.
    #[arg(long, default_value = "all")]
    pub lessons: String,
    /// a4, a3 and stickers, separated by commas.
    #[arg(long, default_value = "a4,a3,stickers")]
    pub formats: String,
    /// A campaign tag for every code (a-z, 0-9 and -, at most 16).
    #[arg(long, default_value = "")]
    pub campaign: String,
    /// The credit line: a school or class, never a student.
    #[arg(long, default_value = "")]
    pub credit: String,
    /// The class's own slogan, for every poster (instead of the built-in ones).
    #[arg(long)]
    pub slogan: Option<String>,
    #[arg(long, default_value = "locales")]
    pub locales: PathBuf,
}

struct Sources {
    pack: ContentPack,
    texts: BTreeMap<String, String>,
}

fn sources(options: &PosterOptions) -> Result<Sources, StartError> {
    let packs = locales::compile(&options.locales)?;
    let mut teach = locales::compile_teach(&options.locales)?;
    let known: Vec<String> = packs.iter().map(|pack| pack.lang.clone()).collect();
    let pack = packs
        .into_iter()
        .find(|pack| pack.lang == options.lang)
        .ok_or_else(|| StartError::PosterLanguage(options.lang.clone(), known.join(", ")))?;
    let texts = teach.remove(&options.lang).unwrap_or_default();
    Ok(Sources { pack, texts })
}

fn request(
    options: &PosterOptions,
    sources: &Sources,
    campaign: &str,
    credit: &str,
    slogan: Option<&str>,
) -> Result<PosterRequest, StartError> {
    let pack = &sources.pack;
    let chosen: Vec<&str> = if options.lessons.trim() == "all" {
        pack.lessons
            .iter()
            .map(|lesson| lesson.id.as_str())
            .collect()
    } else {
        options
            .lessons
            .split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .collect()
    };
    let mut lessons = Vec::new();
    for id in chosen {
        let lesson = pack
            .lessons
            .iter()
            .find(|lesson| lesson.id == id)
            .ok_or_else(|| StartError::PosterLesson(id.to_string()))?;
        lessons.push(PosterLesson {
            id: lesson.id.clone(),
            title: lesson.title.clone(),
            slogan: slogan.map_or_else(|| lesson.slogan.clone(), str::to_string),
            own_slogan: slogan.is_some(),
        });
    }
    let mut formats = Vec::new();
    for name in options
        .formats
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
    {
        formats.push(
            Format::from_slug(name).ok_or_else(|| StartError::PosterFormat(name.to_string()))?,
        );
    }
    Ok(PosterRequest {
        origin: options.origin.clone(),
        lessons,
        formats,
        campaign: campaign.to_string(),
        credit: credit.to_string(),
        texts: sources.texts.clone(),
    })
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), StartError> {
    if let Some(parent) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        fs::create_dir_all(parent).map_err(|err| StartError::Write {
            path: parent.to_path_buf(),
            reason: err.to_string(),
        })?;
    }
    fs::write(path, bytes).map_err(|err| StartError::Write {
        path: path.to_path_buf(),
        reason: err.to_string(),
    })
}

/// One pack, written to `out` as a ZIP.
pub fn one_pack(options: &PosterOptions, out: &Path) -> Result<PosterPack, StartError> {
    let sources = sources(options)?;
    let request = request(
        options,
        &sources,
        &options.campaign,
        &options.credit,
        options.slogan.as_deref(),
    )?;
    let pack = poster::make_pack(&request, &PosterFont::built_in())?;
    write(out, &pack.zip())?;
    Ok(pack)
}

/// One pack per row of a campaigns CSV, written to `out_dir/<tag>.zip`. If any row is bad,
/// every problem is listed by line and nothing is written.
pub fn campaign_packs(
    options: &PosterOptions,
    csv: &Path,
    out_dir: &Path,
) -> Result<Vec<(String, PathBuf, usize)>, StartError> {
    let sources = sources(options)?;
    let text = fs::read_to_string(csv).map_err(|err| StartError::Read {
        path: csv.to_path_buf(),
        reason: err.to_string(),
    })?;
    let font = PosterFont::built_in();
    let titles: Vec<&str> = sources
        .pack
        .lessons
        .iter()
        .map(|lesson| lesson.title.as_str())
        .collect();
    let known = poster::check::capitalised_words(&titles);
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    let rows = poster::campaigns::parse(&text, &font, &known).map_err(|errors| {
        StartError::CampaignRows {
            path: csv.to_path_buf(),
            list: errors
                .iter()
                .map(|error| format!("  {error}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    })?;
    // Make every pack before writing any, so a failure leaves no half-done folder behind.
    let mut made = Vec::new();
    for row in &rows {
        let request = request(
            options,
            &sources,
            &row.tag,
            &row.school,
            row.slogan.as_deref(),
        )?;
        let pack = poster::make_pack(&request, &font).map_err(|err| StartError::CampaignRows {
            path: csv.to_path_buf(),
            list: format!("  line {}: {err}", row.line),
        })?;
        made.push((row.tag.clone(), pack));
    }
    let mut written = Vec::new();
    for (tag, pack) in made {
        let path = out_dir.join(format!("{tag}.zip"));
        write(&path, &pack.zip())?;
        written.push((tag, path, pack.pages.len()));
    }
    Ok(written)
}
