//! Radio bulletins from a campaign's `[radio.<name>]` rundown: announcers' recordings (or a
//! labelled DRAFT voice from a text-to-speech command), jingles and a music bed ducked under the
//! voice, mastered per delivery profile — `broadcast` (BWF WAV 48 kHz 24-bit stereo, −23 LUFS,
//! ≤ −1 dBTP) and `loudspeaker` (MP3 CBR 64 kbps mono, −16 LUFS, ≤ −2 dBTP before encoding, then
//! decoded and measured again) — with a QC report beside every file and a script for the station.
//!
//! Memory stays bounded for long programmes: each prepared clip is spooled to disk, the mix is
//! rendered block by block ([`dsp::Timeline`]) through the streaming limiter and meter straight
//! into the output file, so an hour-long bulletin holds seconds of audio, not the hour.

use crate::dsp::{self, Clip, Ducking, Role, Samples, Timeline};
use crate::master::{Delivery, Mp3, Target, Wav, master};
use crate::{Audio, bwf, decode, loudness, resample};
use loa_campaign::{Campaign, DraftVoice, Output, RadioSpec, Spec};
use loa_content::ResolvedContent;
use loa_diag::{Diagnostic, Diagnostics};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A file written into the pack folder, with its measured properties for the manifest.
#[derive(Debug, Clone)]
pub struct RadioFile {
    pub kind: &'static str,
    /// Relative to the pack folder, `/`-separated.
    pub path: String,
    pub props: serde_json::Map<String, serde_json::Value>,
    /// For the script: its content, so that the caller can also typeset it.
    pub script: Option<Script>,
}

/// The announcer's script: title, subtitle, and per segment a heading (number, message, file
/// name, expected duration, source) and the text to read.
#[derive(Debug, Clone, PartialEq)]
pub struct Script {
    pub title: String,
    pub subtitle: String,
    pub lines: Vec<(String, Option<String>)>,
}

/// Extensions tried for a recording, in order.
pub const RECORDING_EXTENSIONS: [&str; 5] = ["wav", "flac", "mp3", "ogg", "m4a"];

const RATE: u32 = 48_000;

/// A delivery profile.
#[derive(Debug, Clone, Copy)]
struct Profile {
    name: &'static str,
    target_lufs: f64,
    tolerance: f64,
    ceiling_dbtp: f32,
    channels: u16,
    /// Broadcast WAV sample size.
    bits: u16,
    /// Loudspeaker MP3 bit rate, kbit/s.
    kbps: u16,
}

const BROADCAST: Profile = Profile { name: "broadcast", target_lufs: -23.0, tolerance: 0.5, ceiling_dbtp: -1.0, channels: 2, bits: 24, kbps: 0 };
const LOUDSPEAKER: Profile = Profile { name: "loudspeaker", target_lufs: -16.0, tolerance: 1.0, ceiling_dbtp: -2.0, channels: 1, bits: 0, kbps: 64 };


/// Where one spoken segment's audio comes from.
#[derive(Debug, Clone)]
struct Voice {
    id: String,
    text: String,
    /// The recording, or the cached draft voice.
    file: PathBuf,
    draft: bool,
    /// The locale whose audio is used, when another than the bulletin's.
    from_locale: Option<String>,
}

/// Renders every enabled radio bulletin of `campaign` for one locale into the pack folder `out`.
/// `cache` holds draft voices; clips are spooled in a temporary folder beside it.
pub fn render(campaign: &Campaign, content: &ResolvedContent, cache: &Path, out: &Path, diags: &mut Diagnostics) -> Vec<RadioFile> {
    let mut files = Vec::new();
    for output in campaign.outputs.iter().filter(|o| o.enabled()) {
        let Spec::Radio(spec) = &output.spec else { continue };
        let before = diags.count(loa_diag::Severity::Error);
        if let Some(mut f) = bulletin(campaign, output, spec, content, cache, out, diags) {
            files.append(&mut f);
        } else if diags.count(loa_diag::Severity::Error) == before {
            diags.push(Diagnostic::error("E0490", format!("the radio bulletin `{}` ({}) could not be made", output.name.get_ref(), content.locale)).at(campaign.file, output.name.span()));
        }
    }
    files
}

fn bulletin(c: &Campaign, output: &Output, spec: &RadioSpec, content: &ResolvedContent, cache: &Path, out: &Path, diags: &mut Diagnostics) -> Option<Vec<RadioFile>> {
    let lang = content.locale.as_str();
    let name = output.name.get_ref();
    let here = |code: &'static str, msg: String| Diagnostic::error(code, msg).at(c.file, output.name.span());

    // 1. Find every voice: recording, another locale's recording, or a draft voice.
    let voice_ids = rundown_voices(spec);
    let fallback = audio_fallback(c, Some(spec), content);
    let voices = find_voices(c, output, spec.draft_voice.as_ref(), fallback.clone(), &voice_ids, &format!("the radio bulletin `{name}`"), content, cache, diags)?;

    // 2. Decode and prepare every source once, spooled to disk: only one recording is in memory
    // at a time.
    let mut prep = Prep::new(c, output, cache, diags)?;

    // 3. The timeline.
    let mut clips: Vec<Clip> = Vec::new();
    let mut script: Vec<(String, Option<String>)> = Vec::new();
    let mut t = 0usize;
    let sec = |s: f64| (s * f64::from(RATE)).round() as usize;
    let seconds = |frames: usize| frames as f64 / f64::from(RATE);
    for (n, seg) in spec.rundown.iter().enumerate() {
        let s = seg.get_ref();
        if let Some(p) = &s.pause {
            t += sec(*p.get_ref());
            script.push((format!("{}. pause {:.1} s", n + 1, p.get_ref()), None));
        } else if let Some(j) = &s.jingle {
            let a = prep.get(&c.root.join(j.get_ref()), j.get_ref(), Some(j.span()), "jingle", diags)?;
            let len = a.frames();
            script.push((format!("{}. jingle {} — {:.1} s", n + 1, j.get_ref(), seconds(len)), None));
            clips.push(Clip { fade_out: sec(0.01), ..Clip::new(a, t, Role::Jingle) });
            t += len;
        } else if let Some(v) = &s.voice {
            let voice = voices.get(v.get_ref())?.clone();
            let a = prep.voice(&voice, diags)?;
            script.push(script_line(&(n + 1).to_string(), &voice, seconds(a.frames()), lang));
            let len = a.frames();
            clips.push(Clip::new(a, t, Role::Voice));
            t += len;
        } else if let Some(b) = &s.bed {
            let bed = prep.get(&c.root.join(b.get_ref()), b.get_ref(), Some(b.span()), "bed", diags)?;
            let start = t;
            t += sec(1.5); // the bed alone, then the voices over it
            for (k, id) in s.under.iter().enumerate() {
                let voice = voices.get(id.get_ref())?.clone();
                let a = prep.voice(&voice, diags)?;
                script.push(script_line(&format!("{}.{}", n + 1, k + 1), &voice, seconds(a.frames()), lang));
                let len = a.frames();
                clips.push(Clip::new(a, t, Role::Voice));
                t += len + sec(0.6);
            }
            t += sec(1.5);
            // Looped under the whole segment, faded in and out.
            clips.push(Clip { length: t - start, fade_in: sec(0.5), fade_out: sec(1.5), ..Clip::new(bed, start, Role::Bed) });
        }
        if seconds(t) > crate::limits::MAX_PROGRAMME_S {
            diags.push(
                Diagnostic::error("E0405", format!("the radio bulletin `{name}` ({lang}) runs past {:.0} min at segment {}; a bulletin may last at most {:.0} min", crate::limits::MAX_PROGRAMME_S / 60.0, n + 1, crate::limits::MAX_PROGRAMME_S / 60.0))
                    .at(c.file, seg.span())
                    .hint("split it into several bulletins, or check the jingles and beds for files that are too long"),
            );
            return None;
        }
    }
    let draft = voices.values().any(|v| v.draft);
    let fallbacks: Vec<&Voice> = voices.values().filter(|v| v.from_locale.is_some()).collect();

    // 4. Mix and master per profile, straight into the pack folder.
    let mut files = Vec::new();
    let profiles: Vec<&str> = if spec.profiles.is_empty() { vec!["broadcast", "loudspeaker"] } else { spec.profiles.iter().map(|p| p.get_ref().as_str()).collect() };
    let stem = format!("radio/{lang}/{name}");
    if let Err(e) = std::fs::create_dir_all(out.join(&stem).with_file_name("")) {
        diags.push(here("E0490", format!("cannot make the folder for {stem}: {e}")));
        return None;
    }
    let write = |path: &str, bytes: &[u8]| std::fs::write(out.join(path), bytes);
    for p in profiles {
        let mut profile = if p == "loudspeaker" { LOUDSPEAKER } else { BROADCAST };
        if let Some((_, t)) = spec.targets.iter().find(|(k, _)| k.get_ref() == p) {
            profile.target_lufs = t.lufs.unwrap_or(profile.target_lufs);
            profile.ceiling_dbtp = t.true_peak.map_or(profile.ceiling_dbtp, |v| v as f32);
            profile.bits = t.bits.unwrap_or(profile.bits);
            profile.channels = t.channels.unwrap_or(profile.channels);
            profile.kbps = t.bitrate_kbps.unwrap_or(profile.kbps);
        }
        let title = content.text(&content.title).unwrap_or_default();
        let (kind, path) = if p == "loudspeaker" { ("radio-loudspeaker", format!("{stem}.mp3")) } else { ("radio-broadcast", format!("{stem}.wav")) };
        let mut sink: Box<dyn Delivery> = if p == "loudspeaker" {
            Box::new(Mp3::new(out.join(&path), profile.channels, profile.kbps))
        } else {
            let mode = if profile.channels == 1 { "mono" } else { "stereo" };
            let bext = bwf::Bext {
                description: bwf::ascii(&format!("{title} - {name} ({lang}){}", if draft { " DRAFT" } else { "" })),
                originator: "Loa".into(),
                originator_reference: bwf::ascii(&format!("{}-{name}-{lang}", c.id())),
                origination_date: "2000-01-01".into(),
                origination_time: "00:00:00".into(),
                coding_history: format!("A=PCM,F=48000,W={},M={mode},T=Loa\r\n", profile.bits),
                loudness: None,
            };
            Box::new(Wav::new(out.join(&path), profile.channels, profile.bits, bext))
        };
        let target = Target { lufs: profile.target_lufs, ceiling_dbtp: profile.ceiling_dbtp };
        let mastered = Timeline::new(&clips, profile.channels, &Ducking::default()).and_then(|mut t| master(&mut t, target, sink.as_mut()));
        let (reduction, final_loudness) = match mastered {
            Ok(r) => r,
            Err(e) => {
                diags.push(here("E0490", format!("{path} could not be written: {e}")));
                return None;
            }
        };
        let pass = (final_loudness.integrated - profile.target_lufs).abs() <= profile.tolerance && final_loudness.true_peak_dbtp <= f64::from(profile.ceiling_dbtp) + 0.5;
        let qc = serde_json::json!({
            "file": path,
            "profile": profile.name,
            "target": {"integrated-lufs": profile.target_lufs, "tolerance-lu": profile.tolerance, "max-true-peak-dbtp": profile.ceiling_dbtp},
            "channels": profile.channels,
            "integrated-lufs": round2(final_loudness.integrated),
            "loudness-range-lu": round2(final_loudness.range),
            "true-peak-dbtp": round2(final_loudness.true_peak_dbtp),
            "max-momentary-lufs": round2(final_loudness.max_momentary),
            "max-short-term-lufs": round2(final_loudness.max_short_term),
            "duration-s": round2(final_loudness.duration_s),
            "limiter-gain-reduction-db": round2(f64::from(reduction)),
            "draft": draft,
            "audio-fallback": fallbacks.iter().map(|v| serde_json::json!({"message": v.id, "locale": v.from_locale})).collect::<Vec<_>>(),
            "inputs": prep.hashes,
            "pass": pass,
        });
        let mut props = serde_json::Map::new();
        props.insert("duration-s".into(), round2(final_loudness.duration_s).into());
        props.insert("integrated-lufs".into(), round2(final_loudness.integrated).into());
        props.insert("true-peak-dbtp".into(), round2(final_loudness.true_peak_dbtp).into());
        props.insert("channels".into(), profile.channels.into());
        props.insert("draft".into(), draft.into());
        if let Some(f) = &fallback
            && !fallbacks.is_empty()
        {
            props.insert("audio-fallback".into(), f.clone().into());
        }
        files.push(RadioFile { kind, path: path.clone(), props: props.clone(), script: None });
        let mut qc_bytes = serde_json::to_vec_pretty(&qc).unwrap_or_default();
        qc_bytes.push(b'\n');
        let qc_path = format!("{path}.qc.json");
        if let Err(e) = write(&qc_path, &qc_bytes) {
            diags.push(here("E0490", format!("{qc_path} could not be written: {e}")));
            return None;
        }
        files.push(RadioFile { kind: "radio-qc", path: qc_path, props, script: None });
    }
    let script = Script {
        title: content.text(&content.title).unwrap_or_default().to_string(),
        subtitle: format!(
            "Radio script — {name} ({lang}){}",
            if draft { " — DRAFT: some segments use a synthetic voice; record them under the file names given" } else { "" }
        ),
        lines: script,
    };
    let mut text = format!("{}\n{}\n\n", script.title, script.subtitle);
    for (heading, body) in &script.lines {
        text.push_str(heading);
        text.push('\n');
        if let Some(b) = body {
            text.push_str("    ");
            text.push_str(&b.replace('\n', "\n    "));
            text.push('\n');
        }
    }
    let path = format!("{stem}-script.txt");
    if let Err(e) = write(&path, text.as_bytes()) {
        diags.push(here("E0490", format!("{path} could not be written: {e}")));
        return None;
    }
    files.push(RadioFile { kind: "radio-script", path, props: serde_json::Map::new(), script: Some(script) });
    Some(files)
}

/// The messages a bulletin speaks, in rundown order (voices, then voices under a bed).
fn rundown_voices(spec: &RadioSpec) -> Vec<&str> {
    spec.rundown.iter().flat_map(|s| s.get_ref().voice.iter().chain(&s.get_ref().under)).map(|s| s.get_ref().as_str()).collect()
}

/// What `loa check` can say of the recordings without decoding them: one that is a link leading
/// outside the campaign folder (or hides a `..`) is E0031, located at the first bulletin or video
/// that would speak it, as the build reports it.
pub fn check_recordings(c: &Campaign, content: &ResolvedContent, diags: &mut Diagnostics) {
    let first_radio = c.outputs.iter().find_map(|o| match &o.spec {
        Spec::Radio(r) => Some(r),
        _ => None,
    });
    let mut reported = std::collections::BTreeSet::new();
    for output in c.outputs.iter().filter(|o| o.enabled()) {
        let (ids, radio): (Vec<&str>, _) = match &output.spec {
            Spec::Radio(spec) => (rundown_voices(spec), Some(spec)),
            Spec::Video(v) if v.speaks_messages() => {
                (v.messages.iter().map(|m| m.get_ref().as_str()).collect(), first_radio)
            }
            _ => continue,
        };
        let mut chain = vec![content.locale.clone()];
        chain.extend(audio_fallback(c, radio, content));
        for id in ids {
            for lang in &chain {
                if let Err((shown, problem)) = recording(c, lang, id)
                    && reported.insert(shown.clone())
                {
                    let (what, hint) = problem.explain();
                    diags.push(Diagnostic::error("E0031", format!("{shown} {what}")).at(c.file, output.name.span()).hint(hint));
                }
            }
        }
    }
}

/// The locale whose recordings and voice may speak `content`'s locale: the radio table's
/// `audio-fallback`, or for a pseudo-locale the reference it was made from.
fn audio_fallback(c: &Campaign, radio: Option<&RadioSpec>, content: &ResolvedContent) -> Option<String> {
    let lang = content.locale.as_str();
    let declared = radio.and_then(|r| r.audio_fallback.iter().find(|(k, _)| k.get_ref() == lang).map(|(_, v)| v.get_ref().clone()));
    declared.or_else(|| content.is_pseudo().then(|| c.reference().to_string()))
}

/// The voice of every message in `ids` for `content`'s locale: the recording, else the draft
/// voice, else (when `fallback` allows) the other locale's recording or draft voice. Missing
/// recordings without a draft voice are one diagnostic naming every file to record; `what` names
/// the product in it.
#[allow(clippy::too_many_arguments)]
fn find_voices(
    c: &Campaign,
    output: &Output,
    draft: Option<&DraftVoice>,
    fallback: Option<String>,
    ids: &[&str],
    what: &str,
    content: &ResolvedContent,
    cache: &Path,
    diags: &mut Diagnostics,
) -> Option<BTreeMap<String, Voice>> {
    let lang = content.locale.as_str();
    let here = |code: &'static str, msg: String| Diagnostic::error(code, msg).at(c.file, output.name.span());
    let mut voices: BTreeMap<String, Voice> = BTreeMap::new();
    let mut missing: Vec<String> = Vec::new();
    for id in ids {
        if voices.contains_key(*id) {
            continue;
        }
        let text = content.attr(id, "spoken").or_else(|| content.text(id)).unwrap_or_default().to_string();
        let mut chain = vec![lang.to_string()];
        chain.extend(fallback.clone());
        let mut found = None;
        for (i, l) in chain.iter().enumerate() {
            let recorded = match recording(c, l, id) {
                Ok(f) => f,
                Err((shown, problem)) => {
                    let (what, hint) = problem.explain();
                    diags.push(here("E0031", format!("{shown} {what}")).hint(hint));
                    return None;
                }
            };
            if let Some(f) = recorded {
                found = Some(Voice { id: id.to_string(), text: text.clone(), file: f, draft: false, from_locale: (i > 0).then(|| l.clone()) });
                break;
            }
            match draft_voice(draft, l, &text, cache) {
                Ok(Some(f)) => {
                    found = Some(Voice { id: id.to_string(), text: text.clone(), file: f, draft: true, from_locale: (i > 0).then(|| l.clone()) });
                    break;
                }
                Ok(None) => {}
                Err(e) => {
                    diags.push(here("E0402", format!("the draft voice for `{id}` ({l}) failed: {e}")).hint(
                        "install espeak-ng (apt-get install espeak-ng), or record the message, or set [radio.*] draft-voice",
                    ));
                    return None;
                }
            }
        }
        match found {
            Some(v) => {
                voices.insert(id.to_string(), v);
            }
            None => missing.push(format!("voice/{lang}/{id}.wav")),
        }
    }
    if !missing.is_empty() {
        diags.push(
            here("E0401", format!("{what} ({lang}) needs recordings that do not exist, and {lang} has no draft voice: {}", missing.join(", ")))
                .hint(format!("put the recordings in the campaign folder under these names, or allow another locale's audio: `audio-fallback = {{ {lang} = \"vi\" }}` in the [radio.*] table")),
        );
        return None;
    }
    Some(voices)
}

/// Sources decoded and prepared once each (resampled, trimmed and faded if a voice, levelled to
/// −23 LUFS) and spooled to a temporary folder, so only one recording is in memory at a time.
struct Prep<'a> {
    c: &'a Campaign,
    output: &'a Output,
    spool: tempfile::TempDir,
    prepared: BTreeMap<(PathBuf, &'static str), Samples>,
    /// SHA-256 of every input, by the name the QC file shows.
    hashes: BTreeMap<String, String>,
}

impl<'a> Prep<'a> {
    fn new(c: &'a Campaign, output: &'a Output, cache: &Path, diags: &mut Diagnostics) -> Option<Self> {
        let parent = cache.parent().unwrap_or(cache);
        match std::fs::create_dir_all(parent).and_then(|()| tempfile::Builder::new().prefix("spool-").tempdir_in(parent)) {
            Ok(spool) => Some(Prep { c, output, spool, prepared: BTreeMap::new(), hashes: BTreeMap::new() }),
            Err(e) => {
                diags.push(Diagnostic::error("E0490", format!("cannot make a working folder in {}: {e}", parent.display())).at(c.file, output.name.span()));
                None
            }
        }
    }

    /// The prepared source at `path`; `place` is where campaign.toml names it (jingles, beds),
    /// recordings point at the output; `how` is `voice`, `jingle` or `bed`.
    fn get(&mut self, path: &Path, shown: &str, place: Option<std::ops::Range<usize>>, how: &'static str, diags: &mut Diagnostics) -> Option<Samples> {
        let key = (path.to_path_buf(), how);
        if let Some(s) = self.prepared.get(&key) {
            return Some(s.clone());
        }
        let at = place.unwrap_or(self.output.name.span());
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                diags.push(Diagnostic::error("E0403", format!("`{shown}` cannot be used: cannot read it ({e})")).at(self.c.file, at).hint("give a sound file (WAV, FLAC, MP3), not a folder"));
                return None;
            }
        };
        self.hashes.insert(shown.to_string(), hex(&Sha256::digest(&bytes)));
        let ext = path.extension().and_then(|e| e.to_str());
        // Refuse an over-long file from its header, before decoding it.
        let too_long = |seconds: f64, diags: &mut Diagnostics| {
            diags.push(
                Diagnostic::error("E0404", format!("`{shown}` lasts {:.0} min; a {how} may last at most {:.0} min", seconds / 60.0, crate::limits::MAX_SEGMENT_S / 60.0))
                    .at(self.c.file, at.clone())
                    .hint("cut the part the bulletin needs, or check that this is the right file"),
            );
        };
        if let Some(s) = decode::declared_seconds(&bytes, ext).filter(|&s| s > crate::limits::MAX_SEGMENT_S) {
            too_long(s, diags);
            return None;
        }
        let decoded = decode::decode(&bytes, ext).map_err(|e| e.to_string());
        if let Ok(a) = &decoded {
            let s = a.samples.len() as f64 / f64::from(a.channels.max(1)) / f64::from(a.rate.max(1));
            if s > crate::limits::MAX_SEGMENT_S {
                too_long(s, diags);
                return None;
            }
        }
        let audio = match decoded.and_then(|a| resample::to_48k(&a)) {
            Ok(a) => a,
            Err(e) => {
                let d = Diagnostic::error("E0403", format!("`{shown}` cannot be used: {e}")).at(self.c.file, at);
                diags.push(d.hint("export the recording again as WAV or FLAC"));
                return None;
            }
        };
        drop(bytes);
        let mut a = match how {
            "voice" => {
                let mut a = dsp::to_stereo(&dsp::trim_silence(&audio, -45.0, 80.0));
                dsp::fade(&mut a, 8.0, 25.0);
                a
            }
            _ => dsp::to_stereo(&audio),
        };
        drop(audio);
        level(&mut a, -23.0);
        let file = self.spool.path().join(format!("{}.f32", self.prepared.len()));
        match Samples::spool(&a, &file) {
            Ok(s) => {
                self.prepared.insert(key, s.clone());
                Some(s)
            }
            Err(e) => {
                diags.push(Diagnostic::error("E0490", format!("cannot write {}: {e}", file.display())).at(self.c.file, self.output.name.span()));
                None
            }
        }
    }

    fn voice(&mut self, v: &Voice, diags: &mut Diagnostics) -> Option<Samples> {
        let shown = if v.draft { format!("draft:{}", v.id) } else { display(self.c, &v.file) };
        self.get(&v.file, &shown, None, "voice", diags)
    }
}

/// A voice-over: messages spoken one after another, mastered into a WAV.
#[derive(Debug, Clone)]
pub struct VoiceOver {
    /// Per message, in order: id, the text spoken, start and duration in seconds.
    pub segments: Vec<(String, String, f64, f64)>,
    pub duration_s: f64,
    pub loudness: crate::loudness::Loudness,
    /// Some message uses a synthetic voice.
    pub draft: bool,
}

/// Speaks `ids` in `content`'s locale one after another (`lead_s` of silence first, `gap_s`
/// between messages, `tail_s` at the end) with the same voices as the radio bulletins (the
/// draft-voice and audio-fallback settings of the campaign's first radio table apply), mastered
/// to `lufs` (−1 dBTP) into a 48 kHz 24-bit stereo WAV at `wav`. `what` names the product in
/// diagnostics, which are located at `output`.
#[allow(clippy::too_many_arguments)]
pub fn voice_over(
    c: &Campaign,
    output: &Output,
    what: &str,
    content: &ResolvedContent,
    ids: &[&str],
    (lead_s, gap_s, tail_s): (f64, f64, f64),
    lufs: f64,
    cache: &Path,
    wav: &Path,
    diags: &mut Diagnostics,
) -> Option<VoiceOver> {
    let radio = c.outputs.iter().find_map(|o| match &o.spec {
        Spec::Radio(r) => Some(r),
        _ => None,
    });
    let lang = content.locale.as_str();
    let fallback = audio_fallback(c, radio, content);
    let voices = find_voices(c, output, radio.and_then(|r| r.draft_voice.as_ref()), fallback, ids, what, content, cache, diags)?;
    let mut prep = Prep::new(c, output, cache, diags)?;
    let sec = |s: f64| (s * f64::from(RATE)).round() as usize;
    let mut t = sec(lead_s);
    let mut clips = Vec::new();
    let mut segments = Vec::new();
    for id in ids {
        let v = voices.get(*id)?;
        let a = prep.voice(v, diags)?;
        let len = a.frames();
        segments.push((id.to_string(), v.text.clone(), t as f64 / f64::from(RATE), len as f64 / f64::from(RATE)));
        clips.push(Clip::new(a, t, Role::Voice));
        t += len + sec(gap_s);
    }
    // The programme ends `tail_s` after the last message (a silent clip holds the length).
    let end = t.saturating_sub(sec(gap_s)) + sec(tail_s);
    clips.push(Clip::new(Audio { rate: RATE, channels: 2, samples: Vec::new() }, end, Role::Jingle));
    let bext = bwf::Bext { originator: "Loa".into(), coding_history: "A=PCM,F=48000,W=24,M=stereo,T=Loa\r\n".into(), ..bwf::Bext::default() };
    let mut sink = Wav::new(wav.to_path_buf(), 2, 24, bext);
    let target = Target { lufs, ceiling_dbtp: -1.0 };
    let mastered = Timeline::new(&clips, 2, &Ducking::default()).and_then(|mut tl| master(&mut tl, target, &mut sink));
    match mastered {
        Ok((_, loudness)) => Some(VoiceOver { segments, duration_s: end as f64 / f64::from(RATE), loudness, draft: voices.values().any(|v| v.draft) }),
        Err(e) => {
            diags.push(Diagnostic::error("E0490", format!("the voice-over of {what} ({lang}) could not be written: {e}")).at(c.file, output.name.span()));
            None
        }
    }
}

fn script_line(n: &str, v: &Voice, seconds: f64, lang: &str) -> (String, Option<String>) {
    let source = match (&v.from_locale, v.draft) {
        (Some(l), _) => format!("{l} audio"),
        (None, true) => "DRAFT voice".into(),
        (None, false) => "recording".into(),
    };
    (format!("{n}. {} — voice/{lang}/{}.wav — ~{seconds:.1} s — {source}", v.id, v.id), Some(v.text.clone()))
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn display(c: &Campaign, path: &Path) -> String {
    path.strip_prefix(&c.root).map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| path.to_string_lossy().into_owned())
}

/// The recording of `id` in `lang`, if the station made one; a recording that is a link leading
/// outside the campaign folder (or that hides a `..`) is refused, never read.
fn recording(c: &Campaign, lang: &str, id: &str) -> Result<Option<PathBuf>, (String, loa_diag::PathProblem)> {
    for ext in RECORDING_EXTENSIONS {
        let rel = format!("voice/{lang}/{id}.{ext}");
        let p = c.root.join(&rel);
        // A dangling link is not a recording; a link that resolves is checked.
        if !p.is_file() {
            continue;
        }
        return match loa_diag::resolve_inside(&loa_diag::FsSources, &c.root, &rel) {
            Ok(inside) => Ok(Some(inside)),
            Err(problem) => Err((rel, problem)),
        };
    }
    Ok(None)
}

/// Speaks `text` with the draft-voice command into the cache (by hash); `None` when `lang` has
/// no draft voice.
fn draft_voice(draft: Option<&DraftVoice>, lang: &str, text: &str, cache: &Path) -> Result<Option<PathBuf>, String> {
    let (command, voice): (Vec<String>, Option<String>) = match draft {
        Some(d) => (d.command.iter().map(|s| s.get_ref().clone()).collect(), d.voices.get(lang).map(|v| v.get_ref().clone())),
        None => (
            ["espeak-ng", "-v", "{voice}", "-s", "150", "-w", "{output}", "--", "{text}"].map(String::from).to_vec(),
            match lang {
                "vi" | "en" => Some(lang.to_string()),
                _ => None,
            },
        ),
    };
    let Some(voice) = voice else { return Ok(None) };
    let key = hex(&Sha256::digest(format!("{command:?}\u{0}{voice}\u{0}{text}").as_bytes()));
    let out = cache.join(format!("{key}.wav"));
    if out.is_file() {
        return Ok(Some(out));
    }
    std::fs::create_dir_all(cache).map_err(|e| e.to_string())?;
    // Parallel jobs may speak the same text at once: each writes its own part file.
    static PARTS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let part = PARTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = cache.join(format!("{key}.{}-{part}.part.wav", std::process::id()));
    let args: Vec<String> = command
        .iter()
        .map(|a| a.replace("{voice}", &voice).replace("{output}", &tmp.to_string_lossy()).replace("{text}", text))
        .collect();
    let (program, rest) = args.split_first().ok_or("the draft-voice command is empty")?;
    let status = std::process::Command::new(program).args(rest).output().map_err(|e| format!("cannot run `{program}`: {e}"))?;
    if !status.status.success() {
        return Err(format!("`{program}` failed: {}", String::from_utf8_lossy(&status.stderr).trim()));
    }
    std::fs::rename(&tmp, &out).map_err(|e| e.to_string())?;
    Ok(Some(out))
}

/// Brings a clip to `target` LUFS (clip-level matching before the mix).
fn level(a: &mut Audio, target: f64) {
    let m = loudness::measure(a);
    if m.integrated.is_finite() {
        dsp::gain_db(a, dsp::normalize_gain(m.integrated, target));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(freq: f32, seconds: f32, amp: f32) -> Audio {
        let n = (seconds * RATE as f32) as usize;
        let mut samples = Vec::with_capacity(n * 2);
        for i in 0..n {
            let v = amp * (2.0 * std::f32::consts::PI * freq * i as f32 / RATE as f32).sin();
            samples.extend([v, v]);
        }
        Audio { rate: RATE, channels: 2, samples }
    }

    /// Voice-like: 300 Hz bursts, 2.5 s on, 0.5 s off.
    fn speech(seconds: f32) -> Audio {
        let mut a = tone(300.0, seconds, 0.3);
        for (i, s) in a.samples.chunks_mut(2).enumerate() {
            if (i as f32 / RATE as f32) % 3.0 > 2.5 {
                s.fill(0.0);
            }
        }
        a
    }

    /// Bed and voice as the bulletin mixes them (both levelled to −23 LUFS, default ducking),
    /// rendered as separate stems: the bed sits at least 12 LU under the voice while it speaks.
    #[test]
    fn bed_stem_is_twelve_lu_under_the_voice() {
        let mut voice = speech(12.0);
        let mut bed = tone(110.0, 20.0, 0.5);
        level(&mut voice, -23.0);
        level(&mut bed, -23.0);
        let start = 4 * RATE as usize;
        let clips = |voice_gain: f32, bed_gain: f32| {
            vec![
                Clip { gain_db: bed_gain, ..Clip::new(bed.clone(), 0, Role::Bed) },
                Clip { gain_db: voice_gain, ..Clip::new(voice.clone(), start, Role::Voice) },
            ]
        };
        let bed_stem = dsp::mix(&clips(-200.0, 0.0), 2, &Ducking::default()).expect("mix");
        let voice_stem = dsp::mix(&clips(0.0, -200.0), 2, &Ducking::default()).expect("mix");
        let window = |a: &Audio| {
            let (from, to) = (start * 2, (start + 12 * RATE as usize) * 2);
            Audio { rate: RATE, channels: 2, samples: a.samples[from..to].to_vec() }
        };
        let bed_lufs = loudness::measure(&window(&bed_stem)).integrated;
        let voice_lufs = loudness::measure(&window(&voice_stem)).integrated;
        assert!(voice_lufs - bed_lufs >= 12.0, "voice {voice_lufs:.1} LUFS, bed under it {bed_lufs:.1} LUFS");
    }
}
