//! `sansang`: the native command. The only place in the crate that does I/O (reads files, prints, exits).
//!
//! Subcommands are listed in [`COMMANDS`]; each has a parser for its arguments and a `run` function that
//! returns the exit code: `check` validates the content, `bundle` validates it and writes the content files
//! the app fetches, `score` evaluates an assessment document.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sansang_core::catalog;
use sansang_core::domain::{evaluate, summarize, Catalog, Lang, Summary};
use sansang_core::format::{
    self, check_against, decode_assessment_bytes, evaluation_json, json, wire, Diagnostic,
    FileRole, Problem, ProblemKind, MAX_DOCUMENT_BYTES,
};

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
        "[--root DIR] --out DIR",
        "validate the content like `check` and write the app's content files (structure and text parts) to DIR",
    ),
    (
        "score",
        "FILE [--lang vi|en]",
        "validate an assessment document and print its scores as JSON",
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
        argument: "--out DIR",
    })?;
    Ok(BundleOptions { root, out })
}

fn parse_score(args: &[String]) -> Result<ScoreOptions, UsageError> {
    let mut file = None;
    let mut lang = Lang::En;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
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
    Ok(ScoreOptions { file, lang })
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
        text.push_str(&format!("  {name:<6} {args:<23} {about}\n"));
    }
    text.push_str(
        "\ncheck options:\n  --json        print the result as JSON\n  --root DIR    the repository root (default: the current directory)\n\nbundle options:\n  --root DIR    as for check\n  --out DIR     the folder of the app's content files (replaced as a whole); nothing is written when the\n                content has problems, which are printed to stderr\n\nscore options:\n  --lang vi|en  the language of texts and of problems (default: en)\n  The document is checked against the built-in questionnaires; every problem is printed to stderr as\n  `path: message`. Try: sansang score core/tests/fixtures/assessment-sample.json\n\nexit codes: 0 clean, 1 problems in the content or the document (or FILE cannot be written), 2 usage error\n",
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
    let bundle = wire::encode(&catalog);
    let out = &options.out;
    // The folder is replaced as a whole, so that no file of an earlier build stays behind.
    let written = (|| -> std::io::Result<()> {
        if out.exists() {
            // Only ever a folder this command wrote (it has the index), or an empty one.
            let empty = fs::read_dir(out)?.next().is_none();
            if !empty && !out.join(wire::INDEX_FILE).is_file() {
                return Err(std::io::Error::other(format!(
                    "not empty and not a content folder (no {}); not replaced",
                    wire::INDEX_FILE
                )));
            }
            fs::remove_dir_all(out)?;
        }
        fs::create_dir_all(out)?;
        fs::write(out.join(wire::STRUCTURE_FILE), &bundle.structure)?;
        for (file, bytes) in &bundle.parts {
            let path = out.join(file);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(path, bytes)?;
        }
        fs::write(out.join(wire::INDEX_FILE), bundle.index())
    })();
    if let Err(error) = written {
        eprintln!("sansang: cannot write {}: {error}", out.display());
        return PROBLEMS;
    }
    let bytes = bundle.structure.len() + bundle.parts.iter().map(|(_, b)| b.len()).sum::<usize>();
    println!(
        "content: {n_files} files, {} questionnaires, {} sources -> {}: structure {} bytes, {} text parts, {bytes} bytes in all",
        catalog.questionnaires.len(),
        catalog.sources.len(),
        out.display(),
        bundle.structure.len(),
        bundle.parts.len(),
    );
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
    let evaluation = evaluate(&catalog, &assessment);
    let value = evaluation_json::evaluation(&catalog, &evaluation, lang);
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
                argument: "--out DIR"
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
                lang: Lang::Vi
            }))
        );
        assert_eq!(
            parse(&args("report")),
            Err(UsageError::UnknownCommand("report".into()))
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
}
