//! `sansang`: the native command. The only place in the crate that does I/O (reads files, prints, exits).
//!
//! Subcommands are listed in [`COMMANDS`]; each has a parser for its arguments and a `run` function that
//! returns the exit code: `check` validates the content, `bundle` validates it and writes the compiled catalog
//! the app fetches, `score` evaluates an assessment document.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sansang_core::catalog;
use sansang_core::domain::{
    evaluate_with, model_changes, summarize, Assessment, Catalog, Date, Lang, ModelVersion,
    Summary, Timestamp,
};
use sansang_core::format::{
    self, check_against, compiled, decode_assessment_bytes, decode_import, evaluation_json, json,
    report_json, Diagnostic, FileRole, Incoming, Problem, ProblemKind, MAX_DOCUMENT_BYTES,
};
use sansang_core::report;

/// Exit code: everything is fine.
const OK: u8 = 0;
/// Exit code: the content has problems.
const PROBLEMS: u8 = 1;
/// Exit code: the command line is wrong.
const USAGE: u8 = 2;

/// The subcommands: name, arguments, one-line description.
const COMMANDS: &[(&str, &str, &str)] = &[
    (
        "check",
        "[--json] [--root DIR]",
        "validate DIR/questionnaires/*.json and DIR/seeds/*.json and summarise them",
    ),
    (
        "bundle",
        "[--root DIR] --out FILE",
        "validate the content like `check` and write it to FILE as the app's compiled catalog",
    ),
    (
        "score",
        "FILE [--lang vi|en] [--model 1|2]",
        "validate an assessment document and print its scores as JSON",
    ),
    (
        "report",
        "FILE --format md|csv|plan-csv|html|docx|json [--lang vi|en|both] [--compare OTHER] [-o OUT]",
        "render a report of an assessment document (or of a JSON report)",
    ),
    (
        "verify",
        "FILE",
        "check that a report's answers match its integrity hash, and name what changed",
    ),
    ("help", "", "show this help"),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match parse(&args) {
        Ok(Command::Help) => {
            print!("{}", help());
            OK
        }
        Ok(Command::Check(options)) => check(&options),
        Ok(Command::Bundle(options)) => bundle(&options),
        Ok(Command::Score(options)) => score(&options),
        Ok(Command::Report(options)) => report_command(&options),
        Ok(Command::Verify(options)) => verify_command(&options),
        Err(error) => {
            eprintln!("sansang: {error}\n\n{}", usage());
            USAGE
        }
    };
    ExitCode::from(code)
}

/// A parsed command line.
#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Check(CheckOptions),
    Bundle(BundleOptions),
    Score(ScoreOptions),
    Report(ReportOptions),
    Verify(VerifyOptions),
}

#[derive(Debug, PartialEq)]
struct BundleOptions {
    root: PathBuf,
    out: PathBuf,
}

#[derive(Debug, PartialEq)]
struct ScoreOptions {
    file: PathBuf,
    lang: Lang,
    model: ModelVersion,
}

#[derive(Debug, PartialEq)]
struct CheckOptions {
    json: bool,
    root: PathBuf,
}

/// A command-line mistake.
#[derive(Debug, PartialEq)]
enum UsageError {
    NoCommand,
    UnknownCommand(String),
    UnknownOption {
        command: &'static str,
        option: String,
    },
    MissingValue(&'static str),
    MissingArgument {
        command: &'static str,
        argument: &'static str,
    },
    ExtraArgument(String),
    BadValue {
        option: &'static str,
        value: String,
    },
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UsageError::NoCommand => write!(f, "no command given"),
            UsageError::UnknownCommand(name) => write!(f, "unknown command `{name}`"),
            UsageError::UnknownOption { command, option } => {
                write!(f, "unknown option `{option}` for `{command}`")
            }
            UsageError::MissingValue(option) => write!(f, "`{option}` needs a value"),
            UsageError::MissingArgument { command, argument } => {
                write!(f, "`{command}` needs {argument}")
            }
            UsageError::ExtraArgument(arg) => write!(f, "unexpected argument `{arg}`"),
            UsageError::BadValue { option, value } => {
                write!(f, "`{option}` does not accept `{value}`")
            }
        }
    }
}

fn parse(args: &[String]) -> Result<Command, UsageError> {
    let Some((name, rest)) = args.split_first() else {
        return Err(UsageError::NoCommand);
    };
    match name.as_str() {
        "help" | "--help" | "-h" => Ok(Command::Help),
        "check" if rest.iter().any(|arg| arg == "--help" || arg == "-h") => Ok(Command::Help),
        "check" => parse_check(rest).map(Command::Check),
        "bundle" if rest.iter().any(|arg| arg == "--help" || arg == "-h") => Ok(Command::Help),
        "bundle" => parse_bundle(rest).map(Command::Bundle),
        "score" if rest.iter().any(|arg| arg == "--help" || arg == "-h") => Ok(Command::Help),
        "score" => parse_score(rest).map(Command::Score),
        "report" if rest.iter().any(|arg| arg == "--help" || arg == "-h") => Ok(Command::Help),
        "report" => parse_report(rest).map(Command::Report),
        "verify" if rest.iter().any(|arg| arg == "--help" || arg == "-h") => Ok(Command::Help),
        "verify" => parse_verify(rest).map(Command::Verify),
        other => Err(UsageError::UnknownCommand(other.to_string())),
    }
}

fn parse_check(args: &[String]) -> Result<CheckOptions, UsageError> {
    let mut options = CheckOptions {
        json: false,
        root: PathBuf::from("."),
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => options.json = true,
            "--root" => {
                let value = args.next().ok_or(UsageError::MissingValue("--root"))?;
                options.root = PathBuf::from(value);
            }
            other => match other.strip_prefix("--root=") {
                Some(value) => options.root = PathBuf::from(value),
                None => {
                    return Err(UsageError::UnknownOption {
                        command: "check",
                        option: other.to_string(),
                    })
                }
            },
        }
    }
    Ok(options)
}

fn parse_bundle(args: &[String]) -> Result<BundleOptions, UsageError> {
    let mut root = PathBuf::from(".");
    let mut out = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (option, value) = match arg.split_once('=') {
            Some((option, value)) => (option, Some(value.to_string())),
            None => (arg.as_str(), None),
        };
        let slot = match option {
            "--root" => "--root",
            "--out" => "--out",
            _ if arg.starts_with("--") => {
                return Err(UsageError::UnknownOption {
                    command: "bundle",
                    option: arg.clone(),
                })
            }
            _ => return Err(UsageError::ExtraArgument(arg.clone())),
        };
        let value = match value {
            Some(value) => value,
            None => args.next().ok_or(UsageError::MissingValue(slot))?.clone(),
        };
        if slot == "--root" {
            root = PathBuf::from(value);
        } else {
            out = Some(PathBuf::from(value));
        }
    }
    let out = out.ok_or(UsageError::MissingArgument {
        command: "bundle",
        argument: "--out FILE",
    })?;
    Ok(BundleOptions { root, out })
}

fn parse_score(args: &[String]) -> Result<ScoreOptions, UsageError> {
    let mut file = None;
    let mut lang = Lang::En;
    let mut model = ModelVersion::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let model_value = match arg.as_str() {
            "--model" => Some(
                args.next()
                    .ok_or(UsageError::MissingValue("--model"))?
                    .as_str(),
            ),
            other => other.strip_prefix("--model="),
        };
        if let Some(value) = model_value {
            model = ModelVersion::from_id(value).ok_or_else(|| UsageError::BadValue {
                option: "--model",
                value: value.to_string(),
            })?;
            continue;
        }
        let value = match arg.as_str() {
            "--lang" => Some(
                args.next()
                    .ok_or(UsageError::MissingValue("--lang"))?
                    .as_str(),
            ),
            other => other.strip_prefix("--lang="),
        };
        if let Some(value) = value {
            lang = match value {
                "vi" => Lang::Vi,
                "en" => Lang::En,
                _ => {
                    return Err(UsageError::BadValue {
                        option: "--lang",
                        value: value.to_string(),
                    })
                }
            };
        } else if arg.starts_with("--") {
            return Err(UsageError::UnknownOption {
                command: "score",
                option: arg.clone(),
            });
        } else if file.is_some() {
            return Err(UsageError::ExtraArgument(arg.clone()));
        } else {
            file = Some(PathBuf::from(arg));
        }
    }
    let file = file.ok_or(UsageError::MissingArgument {
        command: "score",
        argument: "an assessment FILE",
    })?;
    Ok(ScoreOptions { file, lang, model })
}

fn usage() -> String {
    let mut text = String::from("usage:\n");
    for (name, args, _) in COMMANDS {
        text.push_str(format!("  sansang {name} {args}").trim_end());
        text.push('\n');
    }
    text.push_str("run `sansang help` for more");
    text
}

fn help() -> String {
    let mut text = format!(
        "sansang {} — checks the content of Sẵn Sàng (Vietnam AI Law readiness) and scores assessments\n\nusage: sansang <command> [options]\n\ncommands:\n",
        env!("CARGO_PKG_VERSION")
    );
    for (name, args, about) in COMMANDS {
        if args.len() > 23 {
            text.push_str(&format!("  {name:<6} {args}\n  {:<30} {about}\n", ""));
        } else {
            text.push_str(&format!("  {name:<6} {args:<23} {about}\n"));
        }
    }
    text.push_str(
        "\ncheck options:\n  --json        print the result as JSON\n  --root DIR    the repository root (default: the current directory)\n\nbundle options:\n  --root DIR    as for check\n  --out FILE    where to write the compiled catalog (parent folders are created); nothing is written\n                when the content has problems, which are printed to stderr\n\nscore options:\n  --lang vi|en  the language of texts and of problems (default: en)\n  --model 1|2   the scoring model (default: 2, the current one); the output also lists the figures\n                model 2 changes (`changes_from_model_1`)\n  The document is checked against the built-in questionnaires; every problem is printed to stderr as\n  `path: message`. Try: sansang score core/tests/fixtures/assessment-sample.json\n\nreport options:\n  --format F        md, csv (one row per question), plan-csv (the action plan), html, docx or json\n  --lang L          vi, en or both (side by side; default: vi)\n  --compare OTHER   an earlier export of the same organisation: adds the before/after section\n  -o, --out OUT     where to write (default: standard output)\n  --organisation T, --assessor T, --firm T, --summary-file FILE, --logo FILE (PNG or JPEG)\n  --date YYYY-MM-DD the report date (default: today, UTC)\n  Try: sansang report core/tests/fixtures/assessment-sample.json --format html -o report.html\n\nverify:\n  reads a JSON, Markdown, HTML or DOCX report and says whether its answers match its SHA-256; when they\n  do not, it names the answers that changed. Exit code 0 when it matches, 1 otherwise.\n\nexit codes: 0 clean, 1 problems in the content or the document (or FILE cannot be written), 2 usage error\n",
    );
    text
}

/// The content folders under `root`, or `None` (after saying so) when it has neither.
fn content_folders(root: &Path) -> Option<[PathBuf; 2]> {
    let folders = ["questionnaires", "seeds"].map(|folder| root.join(folder));
    if !folders.iter().any(|folder| folder.is_dir()) {
        eprintln!(
            "sansang: {} has neither questionnaires/ nor seeds/ (use --root DIR)",
            root.display()
        );
        return None;
    }
    Some(folders)
}

/// Reads and validates the content in the folders: the number of files, the catalog when there is no problem,
/// and the problems.
fn load_content(root: &Path, folders: &[PathBuf]) -> (usize, Option<Catalog>, Vec<Diagnostic>) {
    let (files, mut problems) = read_content(root, folders);
    let catalog = match format::load(
        files
            .iter()
            .map(|(path, text)| (path.as_str(), text.as_str())),
    ) {
        Ok(catalog) => Some(catalog),
        Err(found) => {
            problems.extend(found);
            None
        }
    };
    let catalog = catalog.filter(|_| problems.is_empty());
    (files.len(), catalog, problems)
}

/// `sansang check`.
fn check(options: &CheckOptions) -> u8 {
    let Some(folders) = content_folders(&options.root) else {
        return USAGE;
    };
    let (n_files, catalog, problems) = load_content(&options.root, &folders);
    let summary = catalog.as_ref().map(summarize);
    if options.json {
        let report = json::check_report(summary.as_ref(), &problems);
        println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    } else {
        for problem in &problems {
            println!("{problem}");
        }
        match (&catalog, &summary) {
            (Some(catalog), Some(summary)) => print!("{}", human(catalog, summary, n_files)),
            _ => println!(
                "\n{} problem{} in {} files",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" },
                n_files
            ),
        }
    }
    if problems.is_empty() {
        OK
    } else {
        PROBLEMS
    }
}

/// `sansang bundle`: validate like `check`, then write the compiled catalog.
fn bundle(options: &BundleOptions) -> u8 {
    let Some(folders) = content_folders(&options.root) else {
        return USAGE;
    };
    let (n_files, catalog, problems) = load_content(&options.root, &folders);
    let Some(catalog) = catalog else {
        for problem in &problems {
            eprintln!("{problem}");
        }
        eprintln!(
            "sansang: {} problem{} in {} files; {} not written",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            n_files,
            options.out.display()
        );
        return PROBLEMS;
    };
    let text = compiled::encode_catalog(&catalog);
    let written = match options.out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => fs::create_dir_all(parent),
        _ => Ok(()),
    }
    .and_then(|()| fs::write(&options.out, &text));
    if let Err(error) = written {
        eprintln!("sansang: cannot write {}: {error}", options.out.display());
        return PROBLEMS;
    }
    println!(
        "compiled catalog: {n_files} files, {} questionnaires, {} sources, {} bytes -> {}",
        catalog.questionnaires.len(),
        catalog.sources.len(),
        text.len(),
        options.out.display()
    );
    write_pages(
        &options.root,
        options.out.parent().unwrap_or(Path::new(".")),
    )
}

/// The documents published with the app, generated from docs/: the scoring model in each language
/// (`docs/scoring.md`, `docs/scoring.vi.md`) as `how-scores-work.{en,vi}.html`.
fn write_pages(root: &Path, out: &Path) -> u8 {
    for (lang, source) in [
        (Lang::En, "docs/scoring.md"),
        (Lang::Vi, "docs/scoring.vi.md"),
    ] {
        let path = root.join(source);
        let markdown = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("sansang: cannot read {}: {error}", path.display());
                return PROBLEMS;
            }
        };
        let file = out.join(report::page::page_file("how-scores-work", lang));
        let page = report::page::document_page(&markdown, lang, "how-scores-work");
        if let Err(error) = fs::write(&file, page) {
            eprintln!("sansang: cannot write {}: {error}", file.display());
            return PROBLEMS;
        }
        println!("page: {source} -> {}", file.display());
    }
    OK
}

/// `sansang score`: read, decode, check against the built-in catalog, evaluate, print.
fn score(options: &ScoreOptions) -> u8 {
    let lang = options.lang;
    let name = options.file.display().to_string();
    let report = |problems: &[Problem]| {
        for problem in problems {
            eprintln!("{name}:{}", problem.display(lang));
        }
        PROBLEMS
    };
    let bytes = match read_document(&options.file) {
        Ok(bytes) => bytes,
        Err(problem) => return report(&[problem]),
    };
    let assessment = match decode_assessment_bytes(&bytes) {
        Ok(assessment) => assessment,
        Err(problems) => return report(&problems),
    };
    let catalog = match catalog::builtin() {
        Ok(catalog) => catalog,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            return PROBLEMS;
        }
    };
    let problems = check_against(&catalog, &assessment);
    if !problems.is_empty() {
        return report(&problems);
    }
    // Answers to retired questions carry over to their replacements (docs/content-format.md §4).
    let assessment = catalog.migrate_retired(&assessment);
    let evaluation = evaluate_with(&catalog, &assessment, options.model);
    let mut value = evaluation_json::evaluation(&catalog, &evaluation, lang);
    value["changes_from_model_1"] = evaluation_json::changes(&model_changes(&catalog, &assessment));
    println!(
        "{}",
        serde_json::to_string_pretty(&value).unwrap_or_default()
    );
    OK
}

/// The bytes of a document, refusing directories and oversize files before reading them.
fn read_document(path: &Path) -> Result<Vec<u8>, Problem> {
    let cannot = |error: String| Problem::new("", ProblemKind::Unreadable { reason: error });
    let metadata = fs::metadata(path).map_err(|e| cannot(e.to_string()))?;
    if metadata.is_dir() {
        return Err(cannot("it is a directory".to_string()));
    }
    let size = usize::try_from(metadata.len()).unwrap_or(usize::MAX);
    if size > MAX_DOCUMENT_BYTES {
        return Err(Problem::new(
            "",
            ProblemKind::TooLarge {
                bytes: size,
                max: MAX_DOCUMENT_BYTES,
            },
        ));
    }
    fs::read(path).map_err(|e| cannot(e.to_string()))
}

/// Reads every content file under the folders, as (path relative to root, text), sorted by path.
/// Unreadable files become diagnostics.
fn read_content(root: &Path, folders: &[PathBuf]) -> (Vec<(String, String)>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for folder in folders {
        let Ok(entries) = fs::read_dir(folder) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let relative = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            if FileRole::of(&relative).is_none() {
                continue;
            }
            match fs::read_to_string(&path) {
                Ok(text) => files.push((relative, text)),
                Err(error) => problems.push(Diagnostic {
                    file: relative,
                    path: String::new(),
                    message: format!("cannot read the file: {error}"),
                }),
            }
        }
    }
    (files, problems)
}

/// The human-readable summary.
fn human(catalog: &Catalog, summary: &Summary, n_files: usize) -> String {
    let mut out = format!(
        "content is clean: {n_files} files, {} questionnaires, {} sources, {} citations\n",
        summary.questionnaires.len(),
        catalog.sources.len(),
        summary.citations
    );
    for questionnaire in &summary.questionnaires {
        out.push_str(&format!(
            "\n{} {} ({}): {} questions, {} legal duties, {} citations\n",
            questionnaire.id,
            questionnaire.version,
            questionnaire.kind.id(),
            questionnaire.questions(),
            questionnaire.duties(),
            questionnaire.citations
        ));
        for section in &questionnaire.sections {
            out.push_str(&format!(
                "  {:<20} {:>3} questions  {:>3} duties\n",
                section.id, section.questions, section.duties
            ));
        }
    }
    out.push_str("\nsources (citations; provisions cited; never cited):\n");
    for source in &summary.sources {
        let total = source.cited.len() + source.never_cited.len();
        out.push_str(&format!(
            "  {:<32} {:>4} citations  {:>3}/{:<3} provisions cited",
            source.id,
            source.citations,
            source.cited.len(),
            total
        ));
        if !source.never_cited.is_empty() {
            out.push_str(&format!("  never cited: {}", source.never_cited.join(", ")));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "\nsubject to confirmation ({} citations):\n",
        summary.unconfirmed.len()
    ));
    for (citer, citation) in &summary.unconfirmed {
        let label = catalog
            .sources
            .resolve(citation)
            .map(|cited| cited.label(Lang::En))
            .unwrap_or_default();
        out.push_str(&format!("  {citer:<48} {citation}  ({label})\n"));
    }
    out
}

// ---------------------------------------------------------------------------------------------------------
// `sansang report` and `sansang verify`.

#[derive(Debug, PartialEq)]
struct ReportOptions {
    file: PathBuf,
    format: report::Format,
    lang: report::ReportLang,
    compare: Option<PathBuf>,
    out: Option<PathBuf>,
    organisation: Option<String>,
    assessor: String,
    firm: String,
    summary_file: Option<PathBuf>,
    logo: Option<PathBuf>,
    date: Option<Date>,
}

#[derive(Debug, PartialEq)]
struct VerifyOptions {
    file: PathBuf,
}

fn parse_report(args: &[String]) -> Result<ReportOptions, UsageError> {
    let mut options = ReportOptions {
        file: PathBuf::new(),
        format: report::Format::Markdown,
        lang: report::ReportLang::Vi,
        compare: None,
        out: None,
        organisation: None,
        assessor: String::new(),
        firm: String::new(),
        summary_file: None,
        logo: None,
        date: None,
    };
    let mut file = None;
    let mut format = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (option, inline) = match arg.split_once('=') {
            Some((option, value)) if option.starts_with("--") => (option, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let slot: &'static str = match option {
            "--format" => "--format",
            "--lang" => "--lang",
            "--compare" => "--compare",
            "-o" | "--out" => "--out",
            "--organisation" | "--organization" => "--organisation",
            "--assessor" => "--assessor",
            "--firm" => "--firm",
            "--summary-file" => "--summary-file",
            "--logo" => "--logo",
            "--date" => "--date",
            _ if arg.starts_with('-') && arg.len() > 1 => {
                return Err(UsageError::UnknownOption {
                    command: "report",
                    option: arg.clone(),
                })
            }
            _ => {
                if file.is_some() {
                    return Err(UsageError::ExtraArgument(arg.clone()));
                }
                file = Some(PathBuf::from(arg));
                continue;
            }
        };
        let value = match inline {
            Some(value) => value,
            None => args.next().ok_or(UsageError::MissingValue(slot))?.clone(),
        };
        let bad = |value: &str| UsageError::BadValue {
            option: slot,
            value: value.to_string(),
        };
        match slot {
            "--format" => format = Some(report::Format::parse(&value).ok_or_else(|| bad(&value))?),
            "--lang" => {
                options.lang = report::ReportLang::parse(&value).ok_or_else(|| bad(&value))?
            }
            "--compare" => options.compare = Some(PathBuf::from(value)),
            "--out" => options.out = Some(PathBuf::from(value)),
            "--organisation" => options.organisation = Some(value),
            "--assessor" => options.assessor = value,
            "--firm" => options.firm = value,
            "--summary-file" => options.summary_file = Some(PathBuf::from(value)),
            "--logo" => options.logo = Some(PathBuf::from(value)),
            _ => options.date = Some(Date::parse_iso(&value).ok_or_else(|| bad(&value))?),
        }
    }
    options.file = file.ok_or(UsageError::MissingArgument {
        command: "report",
        argument: "an assessment FILE",
    })?;
    options.format = format.ok_or(UsageError::MissingArgument {
        command: "report",
        argument: "--format md|csv|plan-csv|html|docx|json",
    })?;
    Ok(options)
}

fn parse_verify(args: &[String]) -> Result<VerifyOptions, UsageError> {
    let mut file = None;
    for arg in args {
        if arg.starts_with('-') && arg.len() > 1 {
            return Err(UsageError::UnknownOption {
                command: "verify",
                option: arg.clone(),
            });
        }
        if file.is_some() {
            return Err(UsageError::ExtraArgument(arg.clone()));
        }
        file = Some(PathBuf::from(arg));
    }
    Ok(VerifyOptions {
        file: file.ok_or(UsageError::MissingArgument {
            command: "verify",
            argument: "a report FILE",
        })?,
    })
}

/// Today's date in UTC: the command line is where the clock is read, never the domain.
fn today() -> Date {
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64);
    Timestamp(millis).date()
}

/// Reads, decodes (an assessment document or a JSON report) and checks an assessment against the catalog.
fn load_assessment(path: &Path, catalog: &Catalog) -> Result<Assessment, u8> {
    let name = path.display().to_string();
    let report = |problems: &[Problem]| {
        for problem in problems {
            eprintln!("{name}:{}", problem.display(Lang::En));
        }
        PROBLEMS
    };
    let bytes = read_document(path).map_err(|problem| report(&[problem]))?;
    let assessment = match decode_import(&bytes) {
        Ok(Incoming::Assessment(assessment)) => assessment,
        Ok(Incoming::Backup(_)) => {
            eprintln!("{name}: this is a backup of several assessments; export one assessment and report on that");
            return Err(PROBLEMS);
        }
        Err(problems) => return Err(report(&problems)),
    };
    let problems = check_against(catalog, &assessment);
    if !problems.is_empty() {
        return Err(report(&problems));
    }
    Ok(assessment)
}

/// A small side file (summary text, logo), refusing directories and anything over `max` bytes.
fn read_small(path: &Path, max: usize, what: &str) -> Result<Vec<u8>, u8> {
    let fail = |reason: String| {
        eprintln!(
            "sansang: cannot read the {what} {}: {reason}",
            path.display()
        );
        PROBLEMS
    };
    let metadata = fs::metadata(path).map_err(|e| fail(e.to_string()))?;
    if metadata.is_dir() {
        return Err(fail("it is a directory".to_string()));
    }
    if metadata.len() > max as u64 {
        return Err(fail(format!("it is larger than {max} bytes")));
    }
    fs::read(path).map_err(|e| fail(e.to_string()))
}

/// `sansang report`.
fn report_command(options: &ReportOptions) -> u8 {
    let catalog = match catalog::builtin() {
        Ok(catalog) => catalog,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            return PROBLEMS;
        }
    };
    let assessment = match load_assessment(&options.file, &catalog) {
        Ok(assessment) => assessment,
        Err(code) => return code,
    };
    let previous = match &options.compare {
        Some(path) => match load_assessment(path, &catalog) {
            Ok(previous) => Some(previous),
            Err(code) => return code,
        },
        None => None,
    };
    let summary = match &options.summary_file {
        Some(path) => {
            match read_small(path, 4 * report::model::MAX_SUMMARY_CHARS, "summary file") {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => text,
                    Err(_) => {
                        eprintln!(
                            "sansang: the summary file {} is not UTF-8 text",
                            path.display()
                        );
                        return PROBLEMS;
                    }
                },
                Err(code) => return code,
            }
        }
        None => String::new(),
    };
    let logo = match &options.logo {
        Some(path) => match read_small(path, report::model::MAX_LOGO_BYTES, "logo") {
            Ok(bytes) => match report::Logo::new(bytes) {
                Ok(logo) => Some(logo),
                Err(error) => {
                    eprintln!("sansang: {}: {}", path.display(), error.message().en);
                    return PROBLEMS;
                }
            },
            Err(code) => return code,
        },
        None => None,
    };
    let settings = report::ReportSettings {
        organisation: options.organisation.clone().unwrap_or_default(),
        assessor: options.assessor.clone(),
        firm: options.firm.clone(),
        logo,
        date: Some(options.date.unwrap_or_else(today)),
        lang: options.lang,
        summary,
    };
    // The same path as the browser's report worker: one request message, rendered by `render_request`.
    let request = report_json::ReportRequest {
        assessment,
        previous,
        settings,
        output: options.format,
    };
    let (bytes, name) =
        match report_json::render_request(&catalog, &report_json::encode_request(&request)) {
            Ok(rendered) => rendered,
            Err(error) => {
                eprintln!("sansang: {}", error.message().en);
                return PROBLEMS;
            }
        };
    match &options.out {
        Some(path) => {
            let written = match path.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => fs::create_dir_all(parent),
                _ => Ok(()),
            }
            .and_then(|()| fs::write(path, &bytes));
            if let Err(error) = written {
                eprintln!("sansang: cannot write {}: {error}", path.display());
                return PROBLEMS;
            }
            eprintln!(
                "report: {} bytes -> {} (suggested name: {name})",
                bytes.len(),
                path.display()
            );
        }
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            if stdout
                .write_all(&bytes)
                .and_then(|()| stdout.flush())
                .is_err()
            {
                return PROBLEMS;
            }
        }
    }
    OK
}

/// `sansang verify`.
fn verify_command(options: &VerifyOptions) -> u8 {
    let name = options.file.display().to_string();
    let bytes = match read_small(&options.file, report::verify::MAX_VERIFY_BYTES, "file") {
        Ok(bytes) => bytes,
        Err(code) => return code,
    };
    let questionnaires: Vec<(String, String, String)> = match catalog::builtin() {
        Ok(catalog) => catalog
            .questionnaires
            .iter()
            .map(|q| {
                (
                    q.kind().id().to_string(),
                    q.id.clone(),
                    q.version.to_string(),
                )
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    match report::verify_file(&bytes, &questionnaires) {
        Ok((kind, report::Verdict::Matches { hash })) => {
            println!(
                "{name}: OK — the answers in this {} match its SHA-256 {hash}",
                kind.name()
            );
            OK
        }
        Ok((
            kind,
            report::Verdict::Mismatch {
                stated,
                actual,
                changed,
                added,
                removed,
            },
        )) => {
            println!(
                "{name}: MISMATCH — the answers in this {} do not match its hash",
                kind.name()
            );
            println!("  stated SHA-256: {stated}");
            println!("  actual SHA-256: {actual}");
            for (label, keys) in [
                ("changed", &changed),
                ("added", &added),
                ("removed", &removed),
            ] {
                for key in keys {
                    println!("  {label}: {key}");
                }
            }
            if changed.is_empty() && added.is_empty() && removed.is_empty() {
                println!("  every answer matches its own digest: the stated hash itself, or the list of answers, was edited");
            }
            PROBLEMS
        }
        Err(error) => {
            eprintln!("{name}: {error}");
            PROBLEMS
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn parses_check_options() {
        assert_eq!(
            parse(&args("check --json --root /tmp/x")),
            Ok(Command::Check(CheckOptions {
                json: true,
                root: PathBuf::from("/tmp/x")
            }))
        );
        assert_eq!(
            parse(&args("check")),
            Ok(Command::Check(CheckOptions {
                json: false,
                root: PathBuf::from(".")
            }))
        );
        assert_eq!(parse(&args("help")), Ok(Command::Help));
        assert_eq!(parse(&args("--help")), Ok(Command::Help));
    }

    #[test]
    fn parses_bundle_options() {
        let options = |root: &str, out: &str| {
            Ok(Command::Bundle(BundleOptions {
                root: PathBuf::from(root),
                out: PathBuf::from(out),
            }))
        };
        assert_eq!(
            parse(&args("bundle --out a/b.json")),
            options(".", "a/b.json")
        );
        assert_eq!(
            parse(&args("bundle --root=/r --out=x.json")),
            options("/r", "x.json")
        );
        assert_eq!(
            parse(&args("bundle --out x.json --root /r")),
            options("/r", "x.json")
        );
        assert_eq!(
            parse(&args("bundle --root /r")),
            Err(UsageError::MissingArgument {
                command: "bundle",
                argument: "--out FILE"
            })
        );
        assert_eq!(
            parse(&args("bundle --out")),
            Err(UsageError::MissingValue("--out"))
        );
        assert_eq!(
            parse(&args("bundle --json --out x")),
            Err(UsageError::UnknownOption {
                command: "bundle",
                option: "--json".into()
            })
        );
        assert_eq!(
            parse(&args("bundle --out x y")),
            Err(UsageError::ExtraArgument("y".into()))
        );
        assert_eq!(parse(&args("bundle --help")), Ok(Command::Help));
    }

    #[test]
    fn rejects_bad_command_lines() {
        assert_eq!(parse(&[]), Err(UsageError::NoCommand));
        assert_eq!(
            parse(&args("score")),
            Err(UsageError::MissingArgument {
                command: "score",
                argument: "an assessment FILE"
            })
        );
        assert_eq!(
            parse(&args("score a.json b.json")),
            Err(UsageError::ExtraArgument("b.json".into()))
        );
        assert!(matches!(
            parse(&args("score a.json --lang fr")),
            Err(UsageError::BadValue { .. })
        ));
        assert_eq!(
            parse(&args("score a.json --lang vi")),
            Ok(Command::Score(ScoreOptions {
                file: PathBuf::from("a.json"),
                lang: Lang::Vi,
                model: ModelVersion::V2,
            }))
        );
        assert_eq!(
            parse(&args("score a.json --model 1")),
            Ok(Command::Score(ScoreOptions {
                file: PathBuf::from("a.json"),
                lang: Lang::En,
                model: ModelVersion::V1,
            }))
        );
        assert!(matches!(
            parse(&args("score a.json --model 3")),
            Err(UsageError::BadValue { .. })
        ));
        assert_eq!(
            parse(&args("publish")),
            Err(UsageError::UnknownCommand("publish".into()))
        );
        assert_eq!(
            parse(&args("check --root")),
            Err(UsageError::MissingValue("--root"))
        );
        assert!(matches!(
            parse(&args("check --verbose")),
            Err(UsageError::UnknownOption { .. })
        ));
    }

    #[test]
    fn parses_report_and_verify_options() {
        let parsed = parse(&args(
            "report a.json --format=docx --lang both --compare b.json -o out/r.docx --date 2026-12-04 --assessor X",
        ));
        let Ok(Command::Report(options)) = parsed else {
            panic!("{parsed:?}")
        };
        assert_eq!(options.file, PathBuf::from("a.json"));
        assert_eq!(options.format, report::Format::Docx);
        assert_eq!(options.lang, report::ReportLang::Both);
        assert_eq!(options.compare, Some(PathBuf::from("b.json")));
        assert_eq!(options.out, Some(PathBuf::from("out/r.docx")));
        assert_eq!(options.date, Date::parse_iso("2026-12-04"));
        assert_eq!(options.assessor, "X");
        assert_eq!(
            parse(&args("report a.json")),
            Err(UsageError::MissingArgument {
                command: "report",
                argument: "--format md|csv|plan-csv|html|docx|json"
            })
        );
        assert!(matches!(
            parse(&args("report a.json --format pdf")),
            Err(UsageError::BadValue {
                option: "--format",
                ..
            })
        ));
        assert!(matches!(
            parse(&args("report a.json --format md --lang fr")),
            Err(UsageError::BadValue {
                option: "--lang",
                ..
            })
        ));
        assert!(matches!(
            parse(&args("report a.json --format md --date 04/12/2026")),
            Err(UsageError::BadValue {
                option: "--date",
                ..
            })
        ));
        assert_eq!(
            parse(&args("report a.json b.json --format md")),
            Err(UsageError::ExtraArgument("b.json".into()))
        );
        assert_eq!(
            parse(&args("report a.json --format md -o")),
            Err(UsageError::MissingValue("--out"))
        );
        assert_eq!(
            parse(&args("verify r.html")),
            Ok(Command::Verify(VerifyOptions {
                file: PathBuf::from("r.html")
            }))
        );
        assert_eq!(
            parse(&args("verify")),
            Err(UsageError::MissingArgument {
                command: "verify",
                argument: "a report FILE"
            })
        );
        assert!(matches!(
            parse(&args("verify --json r.html")),
            Err(UsageError::UnknownOption { .. })
        ));
    }
}
