//! `loa`: turns one legal-communication campaign into a pack for every channel. This binary
//! parses the command line, runs a command, prints its diagnostics and sets the exit code:
//! 0 ok, 1 a problem the user can fix, 2 an internal error.

mod budgets;
mod build;
mod commands;
mod i18n;
mod plan;
mod preview;
mod project;
mod translators;
mod video;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use i18n::tr;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "loa", version, about = "Turn one legal-communication campaign into radio, video, print and web products in every language.")]
struct Cli {
    /// How to print problems: `human` (with the offending line), `short` (one line each) or `json`.
    #[arg(long, global = true, value_enum, default_value_t = FormatArg::Human)]
    format: FormatArg,
    /// The language of Loa's messages: `vi` or `en` [default: from LC_ALL, LC_MESSAGES or LANG;
    /// English otherwise]. Read before the rest of the command line (`i18n::choose`).
    #[arg(id = "ui-lang", long = "lang", global = true, value_parser = ["vi", "en"])]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Human,
    Short,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new campaign folder with commented examples to edit.
    New {
        /// The folder to create, e.g. `campaigns/land-law-2024`.
        dir: PathBuf,
    },
    /// Check a campaign and its translations without building anything.
    Check {
        /// The campaign folder (holds campaign.toml).
        campaign: PathBuf,
        /// Rewrite .ftl files in NFC and remove invisible characters, then check.
        #[arg(long)]
        fix: bool,
        /// Check only these locales (comma-separated); pseudo-locales qps-accent and qps-stress
        /// show each product's worst case.
        #[arg(long, value_delimiter = ',')]
        locale: Vec<String>,
        /// Print the length figures per message and locale: seconds read aloud, subtitle speed.
        #[arg(long)]
        budgets: bool,
    },
    /// Build the campaign pack. Jobs whose inputs did not change since the last build are
    /// taken from the previous pack; the new pack replaces it only when the whole build succeeded.
    Build {
        /// The campaign folder (holds campaign.toml).
        campaign: PathBuf,
        /// Where to write the pack [default: out/<campaign-id>].
        #[arg(long)]
        out: Option<PathBuf>,
        /// Build only these kinds of output (comma-separated: poster, leaflet, handbook, radio,
        /// video, web; `print` = poster, leaflet and handbook). The pack then holds only them.
        #[arg(long, value_delimiter = ',', value_parser = build::KINDS)]
        only: Vec<String>,
        /// Build only these locales (comma-separated, e.g. `bru`). The pack then holds only them.
        #[arg(long, value_delimiter = ',')]
        locale: Vec<String>,
        /// How many jobs run at once [default: the number of cores]. Videos always run one at a time.
        #[arg(long)]
        jobs: Option<usize>,
        /// Render everything again, even what the previous pack already holds.
        #[arg(long)]
        clean: bool,
        /// When another build of the same pack is running, stop with an error instead of waiting
        /// for it to finish.
        #[arg(long)]
        no_wait: bool,
    },
    /// Build the pack, then serve its web pack on this computer for review.
    Preview {
        /// The campaign folder (holds campaign.toml).
        campaign: PathBuf,
        /// Where the pack is [default: out/<campaign-id>].
        #[arg(long)]
        out: Option<PathBuf>,
        /// The port to serve on (localhost only).
        #[arg(long, default_value_t = 8080)]
        port: u16,
    },
    /// Check a pack against its manifest: missing, changed and unlisted files.
    Verify {
        /// The pack folder (holds manifest.json).
        pack: PathBuf,
    },
    /// Translation tools.
    L10n {
        #[command(subcommand)]
        command: L10nCommand,
    },
}

#[derive(Subcommand)]
enum L10nCommand {
    /// Per locale: translated, falling back and missing messages and words.
    Status {
        /// The campaign folder.
        campaign: PathBuf,
    },
    /// Add the messages a locale lacks, each with the reference text, for a translator.
    Skeleton {
        /// The campaign folder.
        campaign: PathBuf,
        /// The locale to prepare, e.g. `bru`.
        lang: String,
    },
    /// Write an XLIFF 2.0 file for a translator's CAT tool: one unit per message and attribute.
    Export {
        /// The campaign folder.
        campaign: PathBuf,
        /// The locale to translate, e.g. `bru`.
        lang: String,
        /// Where to write it [default: <campaign-id>.<lang>.xlf in the current folder].
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Record, in locales/l10n.lock, the reference text every translation is now made from, so
    /// `loa check` warns when that text changes (stale translations).
    Lock {
        /// The campaign folder.
        campaign: PathBuf,
    },
    /// Write the translations of an XLIFF 2.0 file back into the locale's .ftl files.
    Import {
        /// The campaign folder.
        campaign: PathBuf,
        /// The XLIFF file, as exported by `loa l10n export` and translated.
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    let args = i18n::help_alias(std::env::args_os().collect());
    match i18n::choose(&args, |k| std::env::var(k).ok()) {
        Ok(lang) => i18n::set(lang),
        Err(value) => {
            i18n::set(loa_diag::Lang::from_env(|k| std::env::var(k).ok()));
            eprintln!("{}\n{}", tr!("lang-unknown", value = value), tr!("lang-unknown-hint"));
            return ExitCode::from(1);
        }
    }
    std::panic::set_hook(Box::new(|info| {
        eprintln!("{}", tr!("internal-error", detail = info.to_string()));
        eprintln!("{}", tr!("internal-error-bug"));
    }));
    let parsed = i18n::localise(Cli::command(), i18n::lang()).try_get_matches_from(&args).and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() => {
            eprint!("{}", i18n::error_text(&e));
            return ExitCode::from(1);
        }
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(0);
        }
    };
    debug_assert!(cli.lang.as_deref().is_none_or(|l| loa_diag::Lang::from_tag(l) == Some(i18n::lang())));
    let format = match cli.format {
        FormatArg::Human => loa_diag::Format::Human,
        FormatArg::Short => loa_diag::Format::Short,
        FormatArg::Json => loa_diag::Format::Json,
    };
    let result = std::panic::catch_unwind(move || match cli.command {
        Command::New { dir } => commands::new(&dir),
        Command::Check { campaign, fix, locale, budgets } => commands::check(&campaign, &commands::CheckOptions { fix, locales: locale, budgets }, format),
        Command::Build { campaign, out, only, locale, jobs, clean, no_wait } => {
            build::build(&campaign, &build::Options { out, only, locales: locale, jobs, clean, no_wait }, format)
        }
        Command::Preview { campaign, out, port } => preview::preview(&campaign, out, port, format),
        Command::Verify { pack } => commands::verify(&pack, format),
        Command::L10n { command: L10nCommand::Status { campaign } } => commands::status(&campaign, format),
        Command::L10n { command: L10nCommand::Skeleton { campaign, lang } } => commands::skeleton(&campaign, &lang, format),
        Command::L10n { command: L10nCommand::Export { campaign, lang, out } } => commands::export(&campaign, &lang, out, format),
        Command::L10n { command: L10nCommand::Import { campaign, file } } => commands::import(&campaign, &file, format),
        Command::L10n { command: L10nCommand::Lock { campaign } } => commands::lock(&campaign, format),
    });
    match result {
        Ok(code) => ExitCode::from(code),
        Err(_) => ExitCode::from(2),
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;
    use loa_diag::i18n::{Lang, has};

    /// The catalog keys the help of `cmd` needs (`cmd-build-about`, `cmd-build-arg-out`, `value-out` …).
    fn keys(cmd: &clap::Command, key: &str, out: &mut Vec<String>) {
        out.push(format!("{key}-about"));
        for a in cmd.get_arguments() {
            out.push(format!("{key}-arg-{}", a.get_id()));
            if a.get_action().takes_values() {
                out.push(format!("value-{}", a.get_id()));
            }
        }
        for sc in cmd.get_subcommands() {
            keys(sc, &format!("{key}-{}", sc.get_name()), out);
        }
    }

    #[test]
    fn every_command_and_option_has_its_help_in_every_language() {
        let mut wanted = Vec::new();
        keys(&Cli::command(), "cmd", &mut wanted);
        for lang in Lang::ALL {
            let missing: Vec<&String> = wanted.iter().filter(|k| !has(lang, k)).collect();
            assert!(missing.is_empty(), "crates/loa-diag/i18n/{}/interface.ftl lacks {missing:?}", lang.as_str());
        }
    }

    #[test]
    fn localised_commands_pass_clap_checks() {
        for lang in Lang::ALL {
            crate::i18n::localise(Cli::command(), lang).debug_assert();
        }
    }
}
