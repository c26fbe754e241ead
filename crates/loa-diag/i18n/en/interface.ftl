# Loa's own interface in English: the words around diagnostics, the messages and reports of the
# `loa` command, and its `--help`. Every entry has its translation in ../vi/interface.ftl with
# the same variables (the tests check both ways).

## Around diagnostics

diag-error = error
diag-warning = warning
diag-note = note
diag-hint = hint
diag-summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }

## The command line

internal-error = internal error: { $detail }
internal-error-bug = This is a bug in Loa, not in your campaign. Please report it with the command you ran.
lang-unknown = error: `{ $value }` is not a language of Loa's interface
lang-unknown-hint = Loa speaks `vi` (Tiếng Việt) and `en` (English): give `--lang vi` or `--lang en`.
lang-missing = error: `--lang` needs a value: `vi` or `en`
cli-error = error: { $detail }
cli-unknown-argument = error: unexpected argument `{ $arg }`
cli-unknown-command = error: unknown command `{ $command }`
cli-did-you-mean = did you mean `{ $suggestion }`?
cli-invalid-value = error: `{ $value }` is not a valid value for `{ $arg }`
cli-possible-values = possible values: { $values }
cli-missing-argument = error: these arguments are required and were not given: { $args }
cli-see-help = For more information, run `{ $command } --help`.

## loa check, verify, new, l10n …

check-fixed = { $n ->
        [one] fixed 1 file: NFC, invisible characters removed
       *[other] fixed { $n } files: NFC, invisible characters removed
    }
verify-ok = { $pack }: every file matches manifest.json
skeleton-added = { $n ->
        [one] { $file }: 1 message to translate
       *[other] { $file }: { $n } messages to translate
    }
skeleton-nothing = { $lang } already has every message of { $reference }: nothing to add
new-created = created campaign `{ $id }` in { $dir }
new-next = next: edit campaign.toml and locales/vi/campaign.ftl, then run `loa check { $dir }`
export-written = { $file }: { $units } units, { $reference } → { $lang }
lock-recorded = { $n ->
        [one] { $file }: { $lang }: 1 translated part recorded
       *[other] { $file }: { $lang }: { $n } translated parts recorded
    }
lock-nothing = { $file }: no translations to record yet
lock-stale = { $n ->
        [one] 1 stale translation marked as up to date
       *[other] { $n } stale translations marked as up to date
    }
import-written = { $n ->
        [one] { $file }: 1 unit written
       *[other] { $file }: { $n } units written
    }
import-still-marked = { $id }: still marked untranslated (some of its attributes have no { $lang } translation yet)
import-summary = { $file }: { $written } written, { $unchanged } unchanged, { $untranslated } without translation, { $refused } refused
import-summary-refused = { $file }: { $written } written, { $unchanged } unchanged, { $untranslated } without translation, { $refused } refused (see below; the others were written)
preview-serving = serving { $folder } at { $url } (Ctrl-C to stop)

## loa l10n status

budget-message = message
budget-locale = locale
budget-seconds = voice s
budget-cps = subtitle cps
status-locale = locale
status-falls-back = falls back
status-translated = translated
status-fallback = fallback
status-missing = missing
status-stale = stale
status-done = done
status-words = { $n } ({ $words } w)
status-legend = (messages, with words in brackets; stale = translated before the reference text changed; done = share of words translated)

## loa build

build-warnings-elsewhere = { $n ->
        [one] 1 warning (see it with `loa check { $dir }`)
       *[other] { $n } warnings (see them with `loa check { $dir }`)
    }
build-up-to-date = { $pack } is up to date: { $jobs } jobs unchanged, { $files } files ({ $time })
build-waiting = another build of { $pack } is running (pid { $pid }); waiting…
build-col-job = job
build-col-locale = locale
build-col-result = result
build-col-time = time
build-col-warnings = warnings
build-built = built
build-unchanged = unchanged
build-draft-voice = DRAFT voice
build-more = ({ $n } more)
build-done = built { $pack }: { $files } files, { $locales } locales ({ $list }); { $built } jobs built, { $unchanged } unchanged, { $time }
build-drafts = DRAFT (machine voices, replace with recordings — the scripts in radio/<lang>/ list what to record): { $jobs }
build-fallbacks = { $n ->
        [one] { $locale }: 1 message from { $chain } (translators/ has a skeleton to fill in)
       *[other] { $locale }: { $n } messages from { $chain } (translators/ has a skeleton to fill in)
    }

## --help

help-usage = Usage:
help-commands = Commands
help-arguments = Arguments
help-options = Options
help-options-placeholder = [OPTIONS]
help-command-value = COMMAND
help-flag = Print help
help-version-flag = Print version

cmd-about = Turn one legal-communication campaign into radio, video, print and web products in every language.
cmd-arg-format = How to print problems: `human` (with the offending line, the default), `short` (one line each) or `json`.
cmd-arg-ui-lang = The language of Loa's messages: `vi` or `en` [default: from LC_ALL, LC_MESSAGES or LANG; English otherwise].
cmd-new-about = Create a new campaign folder with commented examples to edit.
cmd-new-arg-dir = The folder to create, e.g. `campaigns/land-law-2024`.
cmd-check-about = Check a campaign and its translations without building anything.
cmd-check-arg-campaign = The campaign folder (holds campaign.toml).
cmd-check-arg-fix = Rewrite .ftl files in NFC and remove invisible characters, then check.
cmd-check-arg-locale = Check only these locales (comma-separated); pseudo-locales qps-accent and qps-stress show each product's worst case.
cmd-check-arg-budgets = Print the length figures per message and locale: seconds read aloud, subtitle speed.
cmd-build-about = Build the campaign pack. Jobs whose inputs did not change since the last build are taken from the previous pack; the new pack replaces it only when the whole build succeeded.
cmd-build-arg-campaign = The campaign folder (holds campaign.toml).
cmd-build-arg-out = Where to write the pack [default: out/<campaign-id>].
cmd-build-arg-only = Build only these kinds of output (comma-separated: poster, leaflet, handbook, radio, video, web; `print` = poster, leaflet and handbook). The pack then holds only them.
cmd-build-arg-locale = Build only these locales (comma-separated, e.g. `bru`). The pack then holds only them.
cmd-build-arg-jobs = How many jobs run at once [default: the number of cores]. Videos always run one at a time.
cmd-build-arg-clean = Render everything again, even what the previous pack already holds.
cmd-build-arg-no_wait = When another build of the same pack is running, stop with an error instead of waiting for it to finish.
cmd-preview-about = Build the pack, then serve its web pack on this computer for review.
cmd-preview-arg-campaign = The campaign folder (holds campaign.toml).
cmd-preview-arg-out = Where the pack is [default: out/<campaign-id>].
cmd-preview-arg-port = The port to serve on (localhost only) [default: 8080].
cmd-verify-about = Check a pack against its manifest: missing, changed and unlisted files.
cmd-verify-arg-pack = The pack folder (holds manifest.json).
cmd-l10n-about = Translation tools.
cmd-l10n-status-about = Per locale: translated, falling back and missing messages and words.
cmd-l10n-status-arg-campaign = The campaign folder.
cmd-l10n-skeleton-about = Add the messages a locale lacks, each with the reference text, for a translator.
cmd-l10n-skeleton-arg-campaign = The campaign folder.
cmd-l10n-skeleton-arg-lang = The locale to prepare, e.g. `bru`.
cmd-l10n-export-about = Write an XLIFF 2.0 file for a translator's CAT tool: one unit per message and attribute.
cmd-l10n-export-arg-campaign = The campaign folder.
cmd-l10n-export-arg-lang = The locale to translate, e.g. `bru`.
cmd-l10n-export-arg-out = Where to write it [default: <campaign-id>.<lang>.xlf in the current folder].
cmd-l10n-lock-about = Record, in locales/l10n.lock, the reference text every translation is now made from, so `loa check` warns when that text changes (stale translations).
cmd-l10n-lock-arg-campaign = The campaign folder.
cmd-l10n-import-about = Write the translations of an XLIFF 2.0 file back into the locale's .ftl files.
cmd-l10n-import-arg-campaign = The campaign folder.
cmd-l10n-import-arg-file = The XLIFF file, as exported by `loa l10n export` and translated.

## Names of values in --help (`<CAMPAIGN>`)

value-campaign = CAMPAIGN
value-dir = DIR
value-out = OUT
value-only = ONLY
value-locale = LOCALE
value-jobs = JOBS
value-port = PORT
value-pack = PACK
value-ui-lang = LANG
value-lang = LANG
value-file = FILE
value-format = FORMAT
