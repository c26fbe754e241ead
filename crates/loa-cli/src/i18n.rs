//! The language of this run of `loa` and everything the command line says in it: chosen by
//! `--lang vi|en`, else by `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX order), else English — before
//! clap parses, so that `--help` and clap's own errors are in that language too. The words come
//! from the catalogs of [`loa_diag::i18n`]; the clap doc comments in `main.rs` are the developers'
//! copy of the English help (`cmd-…` entries of `interface.ftl` are what users see).

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use loa_diag::i18n::{self as catalog, Lang};
use std::ffi::OsString;
use std::sync::OnceLock;

static LANG: OnceLock<Lang> = OnceLock::new();

/// The language of this run (English until [`set`] is called).
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or(Lang::En)
}

pub fn set(lang: Lang) {
    let _ = LANG.set(lang);
}

/// A message of the interface in the language of this run.
pub fn t(id: &str, args: &[(&str, catalog::Arg)]) -> String {
    catalog::text(lang(), id, args)
}

/// `tr!("id", name = value, …)`: a message of the interface with its variables.
macro_rules! tr {
    ($id:expr $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::i18n::t($id, &[$((stringify!($k), loa_diag::i18n::Arg::from($v))),*])
    };
}
pub(crate) use tr;

/// What `--lang` in the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Choice {
    /// No `--lang` (or one without a value, which clap reports).
    None,
    Lang(Lang),
    /// A language the interface does not have.
    Unknown(String),
}

/// Finds `--lang X` or `--lang=X` before clap parses (the last one counts; nothing after `--`).
pub fn scan(args: &[OsString]) -> Choice {
    let mut choice = Choice::None;
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let a = a.to_string_lossy();
        let value = if a == "--" {
            break;
        } else if a == "--lang" {
            match it.next() {
                Some(v) => v.to_string_lossy().into_owned(),
                None => break,
            }
        } else if let Some(v) = a.strip_prefix("--lang=") {
            v.to_string()
        } else {
            continue;
        };
        choice = match Lang::from_tag(&value) {
            Some(l) if !value.is_empty() => Choice::Lang(l),
            _ => Choice::Unknown(value),
        };
    }
    choice
}

/// The language for `args` and the environment: `--lang`, else the POSIX variables.
pub fn choose(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> Result<Lang, String> {
    match scan(args) {
        Choice::Lang(l) => Ok(l),
        Choice::Unknown(v) => Err(v),
        Choice::None => Ok(Lang::from_env(env)),
    }
}

/// `loa help build` → `loa build --help`: clap's own `help` command would print English, so it
/// is replaced by the (localised) `--help` of the command it names.
pub fn help_alias(args: Vec<OsString>) -> Vec<OsString> {
    let first = args.iter().skip(1).position(|a| !a.to_string_lossy().starts_with('-')).map(|i| i + 1);
    match first {
        Some(i) if args[i] == "help" => {
            let mut out: Vec<OsString> = args[..i].iter().chain(&args[i + 1..]).cloned().collect();
            out.push("--help".into());
            out
        }
        _ => args,
    }
}

/// The command line's definition with every text in `lang`: about, each argument's help and
/// value name, headings, `-h`/`-V`, and the usage line's `[OPTIONS]`.
pub fn localise(cmd: Command, lang: Lang) -> Command {
    let mut cmd = localise_one(cmd, "cmd", lang, true);
    let placeholder = catalog::text(lang, "help-options-placeholder", &[]);
    if placeholder != "[OPTIONS]" {
        // clap writes `[OPTIONS]` itself: take its usage lines and put the word in.
        cmd.build();
        let mut usages = Vec::new();
        collect_usages(&mut cmd, &mut Vec::new(), &mut usages);
        for (path, usage) in usages {
            let usage = usage.replace("[OPTIONS]", &placeholder);
            cmd = override_at(cmd, &path, usage);
        }
    }
    cmd
}

fn collect_usages(cmd: &mut Command, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
    let rendered = cmd.render_usage().to_string();
    let usage = rendered.split_once(": ").map_or(rendered.as_str(), |(_, u)| u).trim_end().to_string();
    out.push((path.clone(), usage));
    for sc in cmd.get_subcommands_mut() {
        path.push(sc.get_name().to_string());
        collect_usages(sc, path, out);
        path.pop();
    }
}

fn override_at(cmd: Command, path: &[String], usage: String) -> Command {
    match path.split_first() {
        None => cmd.override_usage(StyledStr::from(usage)),
        Some((first, rest)) => cmd.mut_subcommand(first, |sc| override_at(sc, rest, usage)),
    }
}

fn localise_one(mut cmd: Command, key: &str, lang: Lang, root: bool) -> Command {
    let t = |id: &str| catalog::text(lang, id, &[]);
    let (options, arguments) = (t("help-options"), t("help-arguments"));
    cmd = cmd
        .about(t(&format!("{key}-about")))
        .long_about(None)
        .help_template(format!("{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", t("help-usage")))
        .subcommand_help_heading(t("help-commands"))
        .subcommand_value_name(t("help-command-value"))
        .disable_help_subcommand(true)
        .disable_help_flag(true);
    let ids: Vec<String> = cmd.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| {
            let heading = if a.is_positional() { arguments.clone() } else { options.clone() };
            let a = a.help(t(&format!("{key}-arg-{id}"))).help_heading(heading);
            // Defaults and possible values are written in the help text, in the language.
            if a.get_action().takes_values() { a.value_name(t(&format!("value-{id}"))).hide_default_value(true).hide_possible_values(true) } else { a }
        });
    }
    cmd = cmd.arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(t("help-flag")).help_heading(options.clone()));
    if root {
        cmd = cmd.disable_version_flag(true).arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help(t("help-version-flag")).help_heading(options));
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sc| localise_one(sc, &format!("{key}-{name}"), lang, false));
    }
    cmd
}

/// A clap error in the language of this run: help and version as clap prints them; the usual
/// mistakes in our words; others with clap's (English) explanation.
pub fn error_text(e: &clap::Error) -> String {
    let get = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let mut out = match e.kind() {
        ErrorKind::UnknownArgument => tr!("cli-unknown-argument", arg = get(ContextKind::InvalidArg)),
        ErrorKind::InvalidSubcommand => tr!("cli-unknown-command", command = get(ContextKind::InvalidSubcommand)),
        ErrorKind::InvalidValue => {
            let mut s = tr!("cli-invalid-value", value = get(ContextKind::InvalidValue), arg = get(ContextKind::InvalidArg));
            let values = get(ContextKind::ValidValue);
            if !values.is_empty() {
                s.push_str("\n  ");
                s.push_str(&tr!("cli-possible-values", values = values));
            }
            s
        }
        ErrorKind::MissingRequiredArgument => tr!("cli-missing-argument", args = get(ContextKind::InvalidArg)),
        _ => {
            // clap's own sentence, without its "error: " and usage lines.
            let full = e.render().to_string();
            let first = full.lines().next().unwrap_or("").trim_start_matches("error: ").to_string();
            tr!("cli-error", detail = first)
        }
    };
    for k in [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg] {
        let s = get(k);
        if !s.is_empty() {
            out.push_str("\n  ");
            out.push_str(&tr!("cli-did-you-mean", suggestion = s));
        }
    }
    let usage = get(ContextKind::Usage);
    if let Some((_, usage)) = usage.split_once(": ") {
        out.push_str(&format!("\n\n{} {}", tr!("help-usage"), usage.trim_end()));
    }
    out.push_str("\n\n");
    out.push_str(&tr!("cli-see-help", command = "loa"));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    #[test]
    fn lang_is_found_before_parsing() {
        assert_eq!(scan(&args(&["loa", "check", "x"])), Choice::None);
        assert_eq!(scan(&args(&["loa", "--lang", "vi", "check"])), Choice::Lang(Lang::Vi));
        assert_eq!(scan(&args(&["loa", "check", "--lang=en", "x"])), Choice::Lang(Lang::En));
        assert_eq!(scan(&args(&["loa", "--lang", "xx"])), Choice::Unknown("xx".into()));
        assert_eq!(scan(&args(&["loa", "--lang="])), Choice::Unknown(String::new()));
        assert_eq!(scan(&args(&["loa", "--", "--lang", "vi"])), Choice::None);
        let env = |k: &str| (k == "LANG").then(|| "vi_VN.UTF-8".to_string());
        assert_eq!(choose(&args(&["loa"]), env), Ok(Lang::Vi));
        assert_eq!(choose(&args(&["loa", "--lang", "en"]), env), Ok(Lang::En));
        assert_eq!(choose(&args(&["loa", "--lang", "fr"]), env), Err("fr".into()));
        assert_eq!(help_alias(args(&["loa", "help", "l10n", "export"])), args(&["loa", "l10n", "export", "--help"]));
        assert_eq!(help_alias(args(&["loa", "check", "help"])), args(&["loa", "check", "help"]));
    }
}
