# The English text of Loa's diagnostics, as the code writes it (see `crates/loa-diag/src/i18n.rs`).
# An entry named after a code (`E0014`, `E0014-itself` …) is a pattern for the message, a note, a
# hint or a related label of a diagnostic with that code; `any-…` entries serve every code. The
# values of the variables are read back from the English text, so patterns are plain text and
# `{ $variables }` only, never two variables side by side. ../vi/diagnostics.ftl has the same
# entries with the same variables. A diagnostic whose text matches no entry is shown in English.

## Shared by several codes

any-did-you-mean = did you mean `{ $name }`?
any-did-you-mean-variable = did you mean `${ $name }`?
any-use-one-of = use one of: { $list }
any-cannot-read = cannot read { $file }: { $error }
any-cannot-write = cannot write { $file }: { $error }
any-not-utf8 = this file is not UTF-8 text
any-not-utf8-file = { $file } is not UTF-8 text
any-permissions = check the file's permissions
any-writable = check that the folder is writable
any-writable-space = check that the folder is writable and the disk has space
any-writable-space-untouched = check that the folder is writable and the disk has space; the previous pack is untouched
any-bug = this is a bug in Loa; please report it with the campaign
any-utf8-notepad = save the file as UTF-8 (in Notepad: Save as → Encoding: UTF-8)
any-keep-one = keep one
any-made = { $what } ({ $details }) could not be made: { $detail }
any-written = { $file } could not be written: { $detail }

## campaign.toml

E0001 = TOML syntax: { $detail }
E0001-hint = see docs/campaign-format.md; strings need double quotes, tables look like `[campaign]`
E0002-table = unknown table `{ $name }`
E0002-tables = the tables are: { $list }
E0002-key = unknown key `{ $key }` in { $table }
E0002-no-keys = { $table } takes no keys here
E0002-keys = the keys of { $table } are: { $list }
E0003-table = { $table } must be a table, found { $found }
E0003-table-hint = write it as a table header, e.g. `{ $example }`
E0003-variable = a variable must be text, a number or a date, found { $found }
E0003-variable-hint = e.g. `hotline = "0232 000 000"`
E0003-type = wrong type in { $table }: expected { $expected }, found { $found }
E0003-type-hint = see docs/campaign-format.md for the type of each key
E0003-value = invalid value in { $table }: { $detail }
E0003-value-hint = see docs/campaign-format.md for the allowed values
E0003-date = variable `{ $name }` must be a date without a time
E0003-date-hint = write it as `2026-09-01`
E0004-campaign = campaign.toml has no [campaign] table
E0004-campaign-hint = start the file with [campaign] and its id, title, reference-locale and locales
E0004-key = { $table } is missing the key `{ $key }`
E0004-key-hint = add `{ $key } = …` to { $table }; see docs/campaign-format.md
E0004-law = legal fact `{ $fact }` names no law
E0004-law-hint = add `law = "104/2016/QH13"` (its number) or, while the number is not verified, `name = "<message id of the law's name>"`
E0004-messages = legal fact `{ $fact }` is attached to no message
E0004-messages-hint = add `messages = ["…"]` with the ids of the messages that state it
E0005-folder = `{ $dir }` is not a campaign folder
E0005-folder-hint = give the folder that holds campaign.toml, e.g. `campaigns/access-to-information`; `loa new <dir>` creates one
E0005-read-hint = every campaign folder needs a campaign.toml; `loa new <dir>` creates one
E0010 = campaign id `{ $id }` is not a valid id
E0010-hint = use lower-case ASCII letters, digits and single hyphens, e.g. `access-to-information`
E0011 = `{ $locale }` is not a language tag
E0011-hint = use a BCP 47 tag such as `vi`, `en`, `bru`, `km`
E0012 = reference locale `{ $locale }` is not in `locales`
E0012-hint = add "{ $locale }" to `locales`
E0013 = locale `{ $locale }` is listed twice
E0013-hint = remove the second one
E0014-not-listed = fallback for `{ $locale }`, which is not in `locales`
E0014-not-listed-hint = add "{ $locale }" to `locales` or remove this fallback
E0014-reference = the reference locale `{ $locale }` cannot fall back
E0014-reference-hint = remove this entry: the reference locale must be complete
E0014-itself = `{ $locale }` falls back to itself
E0014-itself-hint = remove it from its own chain
E0014-to-unlisted = `{ $locale }` falls back to `{ $to }`, which is not in `locales`
E0014-to-unlisted-hint = add "{ $to }" to `locales` or fall back to the reference `{ $reference }`
E0014-english = `{ $locale }` falls back to English
E0014-english-hint = a reader of `{ $locale }` may not read English: fall back to `{ $reference }` instead
E0015 = `{ $name }` cannot be used as a variable name
E0015-hint = start with a letter; use letters, digits, `-` and `_` only
E0020-not-url = the source of legal fact `{ $fact }` is not a web address
E0020-not-url-hint = give the URL of the official text, starting with https://
E0020-none = legal fact `{ $fact }` has no source
E0020-none-hint = add `source = "https://…"` with the official text it comes from; a legal fact without a source is never printed
W0021 = legal fact `{ $fact }` is past its valid-until date { $date }
W0021-hint = check it against the law in force today; then update valid-until and its messages, or drop the fact
E0022-order = legal fact `{ $fact }` ends before it takes effect
E0022-order-hint = valid-until must be on or after effective-from
E0022-time = `{ $key }` of legal fact `{ $fact }` must be a date without a time
E0022-time-hint = write it as `{ $key } = 2018-07-01`
E0030 = { $path } does not exist
E0030-hint = check the spelling (names are case-sensitive) or add the file
E0031-absolute = { $path } is an absolute path
E0031-absolute-hint = give the path relative to the campaign folder, e.g. `images/logo.svg`
E0031-link = { $path } is a link that leads outside the campaign folder
E0031-shared-link = { $path } is a link that leads outside the shared locales folder
E0031-link-hint = replace the link with a copy of the file
E0031-parent = { $path } leaves the campaign folder (`..`)
E0031-parent-hint = copy the file into the campaign folder and name it from there
E0032-srgb = colour `{ $name }`: `{ $value }` is not an sRGB hex colour
E0032-srgb-hint = write it as `#0b4f9c`
E0032-cmyk = colour `{ $name }`: CMYK values are percentages from 0 to 100
E0032-cmyk-hint = e.g. `cmyk = [100, 60, 0, 10]`
E0040 = `{ $value }` is not a { $what }
E0040-targets = targets for `{ $profile }` are out of range
E0040-targets-hint = lufs from -40 to -5, true-peak from -12 to 0 dBTP, bits 16 or 24 (broadcast only), channels 1 or 2, bitrate-kbps one of 32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 (loudspeaker only)
E0040-segment = a rundown segment needs exactly one of `jingle`, `voice`, `bed`, `pause`
E0040-segment-hint = split it into one segment per entry, e.g. `{ "{" } voice = "right-to-ask" { "}" }, { "{" } pause = 0.8 { "}" }`
E0040-under = `under` belongs to a `bed` segment
E0040-under-hint = write `{ "{" } bed = "audio/bed.ogg", under = ["…"] { "}" }`
E0040-pause = a pause lasts more than 0 and at most 60 seconds
E0040-pause-hint = e.g. `{ "{" } pause = 0.8 { "}" }`
E0041-resolution = `resolution` is 720 or 1080
E0041-resolution-hint = write `resolution = 1080` for full HD
E0041-quality = `quality` is an H.264 quantizer from 0 to 51
E0041-quality-hint = 23 is a good default; lower is better and bigger
E0041-chars = `chars-per-line` is from 16 to 60
E0041-chars-hint = 42 suits 16:9, 32 suits 9:16
E0041-lufs = `lufs` is from -40 to -5
E0041-lufs-hint = -16 for social media, -23 for television
E0041-anchor = `anchor` is two fractions from 0 to 1
E0041-anchor-hint = `anchor = [0.5, 0.5]` keeps the centre in frame
E0041-in-out = `out` must come after `in` (seconds, both at least 0)
E0041-in-out-hint = e.g. `in = 2.0`, `out = 7.0`
E0041-footage = a `cut` video needs `footage`
E0041-footage-hint = add `footage = "footage/interview.mp4"` (a file in the campaign folder)
E0041-cut-only = `footage`, `in`, `out`, `anchor` and `voice-over` belong to a `cut` video
E0041-cut-only-hint = add `kind = "cut"`, or remove them
E0041-still = `still` belongs to a `motion-poster` video
E0041-still-hint = remove it, or set `kind = "motion-poster"`
E0041-messages = a video needs `messages` (what is said or shown)
E0041-messages-hint = e.g. `messages = ["headline", "call-to-action"]`

## .ftl files

W0042 = `{ $name }` has no picture in the easy-read edition of { $kind } `{ $output }`
W0042-hint = easy-read puts a picture beside every point: add `{ $id } = { "{" } file = "images/easy/….svg", alt = "<message id>" { "}" }` to [pictures]
E0101 = FTL syntax: { $detail }
E0101-skipped = this entry is skipped
E0101-hint = see docs/translators.md: `id = text`, continuation lines indented, attributes as `.name = text`
E0102-hint = save it as UTF-8; text from old Vietnamese fonts (.VnTime, VNI) must be converted to Unicode first
E0103 = text is not in Unicode NFC (decomposed diacritics)
E0103-hint = run `loa check --fix` to convert the file to NFC
E0104 = text looks like { $encoding } text pasted from an old Word file
E0104-hint-text = the intended text is probably “{ $text }”; convert the text to Unicode (e.g. with UniKey's converter) and paste it again
E0104-hint = convert the text to Unicode (e.g. with UniKey's converter) and paste it again
E0105 = invisible character { $char }
E0105-hint = it would leak into print, subtitles and speech: remove it, or run `loa check --fix`
E0110 = `{ $id }` is defined twice in { $locale }
E0110-first = first defined here
E0110-hint = keep one definition and delete the other
E0111 = attribute `.{ $name }` of `{ $id }` is defined twice
E0111-hint = keep one of them
E0112 = variant `[{ $key }]` of `{ $id }` appears twice in one selection
E0112-hint = each variant key may appear once; remove or rename one
E0113 = plural category `[{ $category }]` does not exist in { $locale }
E0113-hint = { $locale } plurals use only: { $categories }; write a single `*[other]` variant
E0114-message = `{ $id }` refers to message `{ $target }`, which { $locale } does not define
E0114-attribute = `{ $id }` refers to `{ $target }.{ $attribute }`, but `{ $target }` has no attribute `.{ $attribute }`
E0114-attribute-hint = add `.{ $attribute } = …` to `{ $target }` or fix the reference
E0114-define-hint = define `{ $id }` in locales/{ $locale }/, or fix the reference
E0115 = `{ $id }` refers to term `{ $target }`, which { $locale } does not define
E0115-define-hint = define `{ $id }` in locales/{ $locale }/, or fix the reference
E0116-fact = `${ $variable }` in `{ $id }` ({ $locale }): legal fact `{ $fact }` has no `{ $variable }`
E0116-fact-hint = add `{ $variable } = …` to [facts.{ $fact }], or write the text without `${ $variable }`
E0116 = unknown variable `${ $variable }` in `{ $id }` ({ $locale })
E0116-only-facts = `${ $variable }` exists only in messages attached to a legal fact: add `{ $id }` to that fact's `messages`
E0116-define = define it in [variables] of campaign.toml, e.g. `{ $variable } = "…"`
W0117 = variable `{ $name }` is used by no message
W0117-hint = use it as `{ "{" } ${ $name } { "}" }` in a message, or delete it
E0118 = `${ $variable }` in `{ $id }` ({ $locale }) is ambiguous: the message states { $n } facts ({ $facts })
E0118-hint = write the figure in the text, or split the message so that each states one fact
E0120-missing = `{ $id }` is missing in { $locale } ({ $n } words)
E0120-missing-one = `{ $id }` is missing in { $locale } ({ $n } word)
E0120-untranslated = `{ $id }` is not translated into { $locale } yet ({ $n } words)
E0120-untranslated-one = `{ $id }` is not translated into { $locale } yet ({ $n } word)
E0120-no-text = { $what } has no text in { $locale } (tried { $chain })
E0120-no-text-hint = translate it in locales/{ $locale }/, or give { $locale } a fallback in [campaign] fallback
E0120-translate-hint = translate it in locales/{ $locale }/ (`loa l10n skeleton` adds it for the translator)
E0120-mark-hint = write the { $locale } text after `=` and delete the `# { $mark }` line
W0121 = `{ $id }` is missing in { $locale } ({ $n } words); falls back to { $fallback }
W0121-one = `{ $id }` is missing in { $locale } ({ $n } word); falls back to { $fallback }
W0121-hint = translate it in locales/{ $locale }/ (`loa l10n skeleton` adds it for the translator)
W0122 = `{ $id }` is not translated into { $locale } yet ({ $n } words); falls back to { $fallback }
W0122-one = `{ $id }` is not translated into { $locale } yet ({ $n } word); falls back to { $fallback }
W0122-hint = write the { $locale } text after `=` and delete the `# { $mark }` line
W0123 = `{ $id }` is in { $locale } but not in the reference { $reference }: it is never used
W0123-hint = delete it, or check the id against locales/{ $reference }/
W0124 = `{ $id }` has no `.{ $name }` in { $locale }; falls back to { $fallback }
W0124-hint = add `    .{ $name } = …` below `{ $id }`
E0124 = `{ $id }` has no `.{ $name }` in { $locale }
E0124-hint = add `    .{ $name } = …` below `{ $id }`
W0125 = `{ $id }.{ $name }` is not in the reference { $reference }: it is never used
W0125-hint = delete it, or check its name
W0126 = no campaign translations for `{ $locale }` ({ $n } messages); falls back to { $fallback }
W0126-hint = run `loa l10n skeleton <campaign> { $locale }` to create locales/{ $locale }/ for a translator
E0126 = no campaign translations for `{ $locale }` ({ $n } messages)
E0126-hint = run `loa l10n skeleton <campaign> { $locale }` to create locales/{ $locale }/ for a translator
W0128 = `{ $id }` in { $locale } is identical to the { $reference } text: is it translated?
W0128-hint = translate it, or mark it with `# { $mark }` so it is reported as falling back
E0130 = `{ $id }` cannot be formatted in { $locale }: { $errors }
E0130-hint = check the variables and references of this message

## XLIFF import

E0140 = not well-formed XML: { $detail }
E0140-hint = the file was damaged; export it again or repair it in the CAT tool
E0141-root = not an XLIFF 2.0 document (root element must be <xliff xmlns="{ $namespace }">)
E0141-root-hint = export with `loa l10n export`; XLIFF 1.2 files cannot be imported
E0141-version = XLIFF version { $version }: only 2.0 can be imported
E0141-version-hint = save the file as XLIFF 2.0 in the CAT tool
E0141-source = srcLang is `{ $found }`, but the campaign's reference locale is `{ $reference }`
E0141-source-hint = export the file again from this campaign
E0141-target = trgLang `{ $locale }` is not a target locale of the campaign (it has { $list })
E0141-target-hint = import a file exported for one of the campaign's locales
E0142-twice = unit `{ $unit }` appears twice
E0142-unknown = unit `{ $unit }` is not a message or attribute of the reference locale `{ $reference }`
E0142-unknown-hint = it was probably removed or renamed since export: export again
E0143 = unit `{ $unit }` is stale: the { $reference } text changed since this file was exported; its translation was not imported
E0143-related = the unit in the XLIFF file
E0143-hint = export { $locale } again and translate the new text
E0144-no-id = a unit without an id
E0144-no-hash = unit `{ $unit }` has no { $meta } metadata: cannot tell whether its source is current
E0144-no-hash-hint = export the file again with `loa l10n export`
E0144-braces = unit `{ $unit }`: `{ "{" }` or `{ "}" }` typed as text
E0144-braces-hint = braces are Fluent syntax: remove them, or write them in the .ftl file as { "{" } "{ "{" }" { "}" }
E0144-not-fluent = unit `{ $unit }`: the translation cannot be written as Fluent as it is (a syntax error, leading or trailing spaces, or a line starting with `[`, `*` or `.`)
E0144-not-surviving = unit `{ $unit }`: the translation does not survive being written as Fluent (leading or trailing spaces, or a line starting with `[`, `*` or `.`)
E0144-edit-hint = edit the text, or write this one in the .ftl file directly
E0144 = unit `{ $unit }`: { $detail }
W0145 = `{ $id }`: { $locale } does not have this message yet and its value has no translation, so its attributes were not imported
W0145-hint = translate the message's text too

## Glossary and translation lock

E0150-header = glossary.csv: the header row must name the columns `locale`, `term` and `forbidden`
E0150-fields = glossary.csv: this row has { $found } fields, the header has { $expected }
E0150-fields-hint = every row has as many fields as the header; quote a field that holds a comma
E0150-empty-locale = glossary.csv: the locale is empty
E0150-locale = glossary.csv: `{ $locale }` is not a locale of the campaign
E0150-empty-term = glossary.csv: the approved term is empty
E0150-empty-term-hint = write the approved term; list the variants not to use in `forbidden`, separated by `|`
E0150-both = glossary.csv: `{ $variant }` is both the approved term and forbidden
E0150-both-hint = remove it from `forbidden`
E0150-unclosed = glossary.csv: this quoted field is never closed (a `"` is missing)
E0150-after-quote = glossary.csv: text after the closing quote of a field
E0150-quote-inside = glossary.csv: a quote inside a field that does not start with a quote
E0150-opened = the quoted field starts here: is its closing quote missing?
E0150-quote-hint = a field holding a comma, a quote or a line break is written in quotes, a quote inside it doubled: "say ""hi"""
E0150-csv-hint = save it as UTF-8 (in LibreOffice: Save As… → Text CSV → Character set: Unicode (UTF-8))
E0150 = glossary.csv: { $detail }
W0151 = “{ $found }” in `{ $id }` is not the approved { $locale } term: the glossary says “{ $term }”
W0151-related = forbidden in the glossary here
W0151-hint = write “{ $term }” instead
W0152 = `{ $unit }` in { $locale } may be out of date: the { $reference } text changed since it was translated
W0152-related = the { $reference } text, changed since
W0152-hint = update the { $locale } translation to the new { $reference } text, then run `loa l10n lock <campaign>` to record it
E0153-table = l10n.lock: a locale table must be `[lang]`
E0153-before = l10n.lock: an entry before any `[lang]` table
E0153 = l10n.lock: { $detail }
E0153-hint = write it again with `loa l10n lock <campaign>` (do not edit it by hand)

## Campaign × locales

E0201-nowhere = message `{ $id }` is not defined in any locale
E0201-add-hint = add `{ $id } = …` to locales/{ $reference }/campaign.ftl
E0201-elsewhere = message `{ $id }` is not in the reference locale { $reference } (only in { $list })
E0201-elsewhere-hint = every message is written in { $reference } first: add it to locales/{ $reference }/
E0202 = `{ $id }` needs a `.{ $attribute }` attribute
E0202-related = named here
E0202-hint = add a line `    .{ $attribute } = …` below `{ $id } = …`

## Print

E0203 = `{ $id }` has no `.easy` wording for the easy-read edition of { $kind } `{ $output }`
E0203-related = used by the easy-read edition here
E0203-hint = add a line `    .easy = …` below `{ $id } = …`: short sentences, one idea per line, saying no more than the message
E0301 = message `{ $id }` ({ $locale }) does not fit the { $slot } of the { $product }: it needs { $needed } mm at { $size } pt, the box has { $available } mm
E0301-hint = shorten the text (an `.easy` wording is often shorter), or split it into two messages
E0302 = `{ $file }` is not an SVG image Loa can draw: { $detail }
E0302-hint = export the image again as plain SVG (Inkscape: Save as → Plain SVG)
E0303-value = message `{ $id }` has no text in { $locale } for the { $product }
E0303-value-hint = give the message a value in the .ftl file
E0303-attribute = message `{ $id }` has no `.{ $attribute }` in { $locale } for the { $product }
E0303-attribute-hint = add a line `    .{ $attribute } = …` below the message in the .ftl file
E0304 = message `{ $id }` ({ $locale }) has characters no font of Loa can print: { $list }
E0304-hint = check the text for stray symbols; scripts Loa prints: Latin (Vietnamese, Bru), Khmer, Cham, Tai Viet
E0305-hint = check the portal-url variable
E0306 = cannot load Loa's fonts: { $detail }
E0306-hint = reinstall Loa: the fonts live in assets/fonts
E0306-missing = Loa's fonts (assets/fonts) were not found, so print layouts cannot be checked
E0306-missing-hint = reinstall Loa, or set LOA_ASSETS to the folder that holds fonts/
E0307 = the poster template has a slot `loa-{ $name }` that Loa does not know
E0307-hint = use loa-headline, loa-point-1 … loa-point-5, loa-call-to-action, loa-legal-basis, loa-qr or loa-msg-<message-id>
E0308 = poster template `{ $file }` cannot be used: { $detail }
E0308-hint = see docs/campaign-format.md: an SVG with rectangles named loa-headline, loa-point-1 …
W0309 = message `{ $id }` ({ $locale }) does not fit the { $slot } of the { $product }: it needs { $needed } mm at { $size } pt, the box has { $available } mm
W0309-hint = shorten the text (an `.easy` wording is often shorter), or split it into two messages
E0390-pdf = the { $kind } `{ $name }` ({ $locale }) could not be written as PDF: { $detail }
E0390-preview = preview of the { $kind } `{ $name }` ({ $locale }) failed: { $detail }
E0390-script = the radio script { $file } could not be written: { $detail }

## Radio

E0401 = { $what } ({ $locale }) needs recordings that do not exist, and { $locale } has no draft voice: { $files }
E0401-hint = put the recordings in the campaign folder under these names, or allow another locale's audio: `audio-fallback = { "{" } { $locale } = "vi" { "}" }` in the [radio.*] table
E0402 = the draft voice for `{ $id }` ({ $locale }) failed: { $detail }
E0402-hint = install espeak-ng (apt-get install espeak-ng), or record the message, or set [radio.*] draft-voice
E0403 = `{ $file }` cannot be used: { $detail }
E0403-hint = export the recording again as WAV or FLAC
E0490-bulletin = the radio bulletin `{ $name }` ({ $locale }) could not be made
E0490-folder = cannot make the folder for { $name }: { $detail }
E0490-work = cannot make a working folder in { $folder }: { $detail }
E0490-voice-over = the voice-over of { $what } ({ $locale }) could not be written: { $detail }

## Video

E0501-not-video = `{ $file }` is not a video (no moving picture in it)
E0501-not-video-hint = give a video file (MP4, MOV, MKV, WebM)
E0501 = `{ $file }` cannot be used: { $detail }
E0501-hint = export the footage again as MP4 (H.264)
E0501-probe-hint = give a PNG still, or export the footage again as MP4 (H.264)
E0502-past-end = `{ $setting }` is past the end of `{ $file }`, which lasts { $length } s
E0502-past-end-hint = give a time from 0 to { $length } seconds
E0502-empty = the cut of `{ $file }` is empty ({ $from }–{ $to } s)
E0502-empty-hint = `out` must come after `in`
E0502-settings-hint = check the video's settings
E0503-no-picture = the motion poster `{ $name }` ({ $locale }) has no picture
E0503-no-picture-hint = add `still = "images/spot.png"`, or a [poster.*] table whose preview it can use
E0503-still = the still of { $what } ({ $locale }) cannot be used: { $detail }
E0503-still-hint = give a PNG image
E0504-start = the video engine could not start: { $detail }
E0504-start-hint = install GStreamer: run ./dev demo, or apt-get install the packages listed in ./dev
E0504-install-hint = install the packages: apt-get install { $packages }

W0501 = { $warning } — { $what }, { $locale }, { $aspect }
W0601-fast = subtitle of `{ $id }` goes by at { $cps } characters per second (at most { $max } can be read): shorten the text or give the voice more time — video `{ $name }`, { $locale }, { $aspect } (estimated)
W0601-long = subtitle of `{ $id }` has a line of { $n } characters that cannot be broken (at most { $max } fit): "{ $line }" — video `{ $name }`, { $locale }, { $aspect } (estimated)
W0601-overlap = subtitle of `{ $id }` starts before the previous one has ended: the voice segments overlap — video `{ $name }`, { $locale }, { $aspect } (estimated)
W0601-note = timed from the estimated length of the voice; the build times the real voice and reports again
W0602 = the radio bulletin `{ $name }` in { $locale } is estimated at { $total } s of voice and pauses, over its target of { $target } s
W0602-longest = longest segments: { $list }
W0602-rate = estimated at { $syllables } syllables a second (Vietnamese, Bru) or { $words } words a minute; the build measures the recordings
W0602-hint = shorten the longest messages (a `.spoken` wording may be shorter than the printed one), or raise `target-duration`
E0590-folders = cannot make the folders for { $name }: { $detail }
E0590-report-hint = if the inputs play in a media player, report this with the campaign

## The pack and the file system

E0900-not-locale = `{ $locale }` is not a locale of campaign `{ $campaign }` (it has { $list })
E0900-not-locale-hint = add it to `locales` in [campaign] first (with a fallback, e.g. `fallback = { "{" } bru = ["vi"] { "}" }`)
E0900-only-locale-hint = give --locale one of the campaign's locales or a pseudo-locale (qps-accent, qps-stress), or add it to `locales` in [campaign]
E0900-reference = `{ $locale }` is the reference locale
E0900-reference-hint = the reference is written by the authors; give a target locale
E0900-exists = { $dir } already exists and is not empty
E0900-exists-hint = choose a new folder name
E0900-xliff-utf8-hint = save the XLIFF file as UTF-8
E0900-xliff-hint = give the .xlf file written by `loa l10n export`
E0900-fonts = Loa's fonts (assets/fonts) were not found
E0900-fonts-hint = run Loa from its folder, or set LOA_ASSETS to the folder that holds fonts/
E0900-tidy = cannot tidy { $dir } after an interrupted build: { $detail }
E0900-pack = cannot write the pack to { $dir }: { $detail }
E0900-reuse = cannot take { $job } from the previous pack: { $detail }
E0900-reuse-hint = delete the pack folder and build again
E0900-port = cannot serve on port { $port }: { $detail }
E0900-port-hint = another program uses it: give another with --port
E0901 = { $pack } has no readable manifest.json: { $detail }
E0901-hint = give the pack folder written by `loa build`
E0902 = { $file } is listed in the manifest but missing
E0902-hint = copy the whole pack again, or rebuild it
E0903 = { $file } differs from the manifest (size or sha256)
E0903-hint = the file was changed or damaged after the build: copy it again, or rebuild
E0904 = { $file } is not listed in the manifest
E0904-hint = remove it, or rebuild the pack
E0905 = another build of { $dir } is running (pid { $pid })
E0905-hint = wait until it has finished, or build without --no-wait to wait for it

## Resource limits (docs/campaign-format.md, "Limits")

E0101-nested-hint = close each `{ "{" }` with `{ "}" }`; the file is not read further
E0106 = { $what } is { $chars } characters long; a message may have at most { $limit }
E0106-hint = split it into several messages; a text this long is often two files pasted together
E0040-target = `target-duration` must be more than 0 and at most { $limit } seconds
E0040-target-hint = the bulletin's length in seconds, e.g. `target-duration = 90.0`
E0310-logo = `{ $file }` is too large to draw: a { $format } picture in it has { $width } × { $height } pixels ({ $mp } megapixels); Loa accepts at most { $limit } megapixels
E0310-logo-hint = scale the picture down (e.g. to 300 dpi at its printed size) and save the logo again
E0310-template = poster template `{ $file }` is too large to draw: a { $format } picture in it has { $width } × { $height } pixels ({ $mp } megapixels); Loa accepts at most { $limit } megapixels
E0310-template-hint = scale the picture down (e.g. to 300 dpi at its printed size) and save the template again
E0311-logo-elements = `{ $file }` is too complex to draw: it has more than { $limit } elements
E0311-logo-depth = `{ $file }` is too complex to draw: its elements nest more than { $limit } deep
E0311-logo-hint = simplify the logo in its editor (fewer, flatter groups), or export it again as plain SVG
E0311-template-elements = poster template `{ $file }` is too complex to draw: it has more than { $limit } elements
E0311-template-depth = poster template `{ $file }` is too complex to draw: its elements nest more than { $limit } deep
E0311-template-hint = simplify the template in its editor (fewer, flatter groups), or export it again as plain SVG
E0312 = the handbook `{ $name }` ({ $locale }) has { $pages } pages; a handbook may have at most { $limit }
E0312-hint = split it into several handbooks, or move long texts to the web pack
E0403-read-hint = give a sound file (WAV, FLAC, MP3), not a folder
E0404 = `{ $file }` lasts { $minutes } min; a { $what } may last at most { $limit } min
E0404-hint = cut the part the bulletin needs, or check that this is the right file
E0405 = the radio bulletin `{ $name }` ({ $locale }) runs past { $limit } min at segment { $segment }; a bulletin may last at most { $max } min
E0405-hint = split it into several bulletins, or check the jingles and beds for files that are too long
E0505 = the still of { $what } ({ $locale }) has { $width } × { $height } pixels ({ $mp } megapixels); Loa accepts at most { $limit } megapixels
E0505-hint = scale the picture down: a 1080p video needs 1920 × 1080 pixels
