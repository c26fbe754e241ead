//! The bad-input corpus: `tests/bad-inputs/<group>/<case>/`, each a damaged or hostile input that
//! `loa` must refuse cleanly. A case folder holds a `case.toml` and the files that differ from the
//! base campaign (`tests/fixtures/minimal` with the shared `tests/locales`); binary inputs are
//! generated at test time (`[[generate]]` below), so the repository stays small.
//!
//! Every case must end with exit code 1, no panic and no signal, at least one located diagnostic
//! (`file:line:col: error[E…]`, short format) for each code `case.toml` expects, every line of
//! stderr located, no partial pack (the output folder as it was before, no staging leftovers),
//! within `timeout` seconds and under `memory-mb` of address space (`prlimit --as`).
//!
//! `case.toml`:
//! ```toml
//! run = "build"                 # "check" (default), "build", or "verify" (of the output folder)
//! only = "radio"                # build --only (default: every kind)
//! locale = "vi"                 # build --locale (default "vi" for builds)
//! codes = ["E0403"]             # each must appear in a located error line
//! append = '''[radio.weekly] …''' # TOML appended to the base campaign.toml
//! env = { LOA_ASSETS = "{tmp}/assets" } # {tmp}: the case's temporary folder
//! out = "file"                  # what is at the output path before: "file", "garbage-pack", "parent-file"
//! assets = true                 # copy Loa's fonts to {tmp}/assets/fonts
//! located = false               # output-folder problems: the codes may come without a place
//! [[generate]]                  # a file written before the run (see `generate`)
//! path = "audio/intro.wav"
//! kind = "wav"
//! truncate = 100
//! ```
//! Files in the case folder other than `case.toml` replace or add to the base campaign's.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde::Deserialize;

mod support;
use support::repo;

/// Each case's default wall-time bound, seconds.
const TIMEOUT_S: u64 = 20;
/// Each case's default address-space bound (GStreamer and rayon reserve a lot of virtual memory
/// they never touch; 3 GB still stops a decoder that tries to allocate a 40 GB image).
const MEMORY_MB: u64 = 3072;
/// The issue's acceptance: at least this many cases.
const MIN_CASES: usize = 100;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Spec {
    #[serde(default)]
    run: Option<String>,
    #[serde(default)]
    only: Option<String>,
    #[serde(default)]
    locale: Option<String>,
    codes: Vec<String>,
    #[serde(default)]
    append: Option<String>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    #[serde(default)]
    out: Option<String>,
    #[serde(default)]
    assets: bool,
    /// `false` for problems of the output folder, which concern no input file: the expected
    /// codes may then come without a place (`error[E0900]: …`).
    #[serde(default = "yes")]
    located: bool,
    #[serde(default)]
    remove: Vec<String>,
    #[serde(default)]
    timeout: Option<u64>,
    #[serde(default)]
    memory_mb: Option<u64>,
    #[serde(default)]
    generate: Vec<Gen>,
}

/// A generated input. `kind` picks the generator; the other fields are its parameters (each kind
/// uses the ones it needs). After generation, `truncate` keeps the first bytes, and `encoding`
/// re-encodes a text (`utf-16le`, `utf-16be`, `bom`, `crlf`, `latin1`).
#[derive(Deserialize, Clone, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Gen {
    path: String,
    kind: String,
    /// `text`: `prefix` + `repeat` × `middle` + `suffix`. `copy`: the base file at `from`.
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    middle: String,
    #[serde(default)]
    suffix: String,
    #[serde(default)]
    repeat: usize,
    #[serde(default)]
    from: Option<String>,
    /// `wav`: header fields (defaults: 1 s, 48 kHz, 16-bit, mono) and the declared data size.
    #[serde(default)]
    seconds: Option<f64>,
    #[serde(default)]
    rate: Option<u32>,
    #[serde(default)]
    channels: Option<u16>,
    #[serde(default)]
    bits: Option<u16>,
    #[serde(default)]
    data_size: Option<u32>,
    #[serde(default)]
    format_tag: Option<u16>,
    /// `png`, `jpeg`: declared dimensions.
    #[serde(default)]
    width: Option<u32>,
    #[serde(default)]
    height: Option<u32>,
    /// `svg-nested`, `svg-wide`, `svg-laughs`: depth, element count, expansion levels.
    #[serde(default)]
    count: Option<usize>,
    #[serde(default)]
    truncate: Option<usize>,
    /// Cut `cut` bytes off the end instead.
    #[serde(default)]
    cut: Option<usize>,
    #[serde(default)]
    encoding: Option<String>,
}

fn yes() -> bool {
    true
}

struct Case {
    name: String,
    dir: PathBuf,
    spec: Spec,
}

fn corpus_root() -> PathBuf {
    repo().join("tests/bad-inputs")
}

fn load_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut groups: Vec<PathBuf> = std::fs::read_dir(corpus_root()).expect("tests/bad-inputs").flatten().map(|e| e.path()).filter(|p| p.is_dir() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('_'))).collect();
    groups.sort();
    for g in groups {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(&g).expect("group").flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
        dirs.sort();
        for dir in dirs {
            let name = format!("{}/{}", g.file_name().expect("name").to_string_lossy(), dir.file_name().expect("name").to_string_lossy());
            let text = std::fs::read_to_string(dir.join("case.toml")).unwrap_or_else(|e| panic!("{name}/case.toml: {e}"));
            let spec: Spec = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}/case.toml: {e}"));
            assert!(!spec.codes.is_empty(), "{name}: case.toml names no expected code");
            cases.push(Case { name, dir, spec });
        }
    }
    cases
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir").flatten() {
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if src.is_dir() {
            copy_tree(&src, &dst);
        } else if e.file_name() != "case.toml" && e.file_name() != "expected.stderr" {
            std::fs::copy(&src, &dst).expect("copy");
        }
    }
}

/// A canonical PCM WAV with the given header fields and `seconds` of a 440 Hz tone.
fn wav(g: &Gen) -> Vec<u8> {
    let rate = g.rate.unwrap_or(48_000);
    let channels = g.channels.unwrap_or(1);
    let bits = g.bits.unwrap_or(16);
    let frames = (g.seconds.unwrap_or(1.0) * f64::from(rate.clamp(1, 192_000))) as usize;
    let bytes_per_sample = usize::from(bits.max(8) / 8);
    let mut data = Vec::with_capacity(frames * usize::from(channels.max(1)) * bytes_per_sample);
    for i in 0..frames {
        let v = ((i as f64 * 440.0 * std::f64::consts::TAU / 48_000.0).sin() * 8000.0) as i16;
        for _ in 0..channels.max(1) {
            data.extend_from_slice(&v.to_le_bytes()[..bytes_per_sample.min(2)]);
            data.extend(std::iter::repeat_n(0u8, bytes_per_sample.saturating_sub(2)));
        }
    }
    let data_size = g.data_size.unwrap_or(data.len() as u32);
    let mut w = Vec::new();
    w.extend_from_slice(b"RIFF");
    w.extend_from_slice(&(36u32.wrapping_add(data_size)).to_le_bytes());
    w.extend_from_slice(b"WAVEfmt ");
    w.extend_from_slice(&16u32.to_le_bytes());
    w.extend_from_slice(&g.format_tag.unwrap_or(1).to_le_bytes());
    w.extend_from_slice(&channels.to_le_bytes());
    w.extend_from_slice(&rate.to_le_bytes());
    let block = u32::from(channels) * u32::from(bits) / 8;
    w.extend_from_slice(&rate.wrapping_mul(block).to_le_bytes());
    w.extend_from_slice(&(block as u16).to_le_bytes());
    w.extend_from_slice(&bits.to_le_bytes());
    w.extend_from_slice(b"data");
    w.extend_from_slice(&data_size.to_le_bytes());
    w.extend_from_slice(&data);
    w
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn adler32(bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in bytes {
        a = (a + u32::from(x)) % 65_521;
        b = (b + a) % 65_521;
    }
    (b << 16) | a
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
}

/// An RGB PNG declaring `width` × `height`; its pixels are real (stored zlib blocks) for small
/// images, and only the first rows for huge ones (a decoder must refuse it from the header).
fn png(g: &Gen) -> Vec<u8> {
    let (w, h) = (g.width.unwrap_or(64), g.height.unwrap_or(64));
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    png_chunk(&mut out, b"IHDR", &ihdr);
    let rows = h.min(64) as usize;
    let row_len = 1 + 3 * w.min(4096) as usize;
    let mut raw = Vec::with_capacity(rows * row_len);
    for y in 0..rows {
        raw.push(0);
        raw.extend((0..row_len - 1).map(|x| ((x + y) % 251) as u8));
    }
    let mut z = vec![0x78, 0x01];
    let chunks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (i, c) in chunks.iter().enumerate() {
        z.push(u8::from(i + 1 == chunks.len()));
        z.extend_from_slice(&(c.len() as u16).to_le_bytes());
        z.extend_from_slice(&(!(c.len() as u16)).to_le_bytes());
        z.extend_from_slice(c);
    }
    z.extend_from_slice(&adler32(&raw).to_be_bytes());
    png_chunk(&mut out, b"IDAT", &z);
    png_chunk(&mut out, b"IEND", &[]);
    out
}

/// A baseline JPEG header declaring `width` × `height` (SOF0), cut after the frame header.
fn jpeg(g: &Gen) -> Vec<u8> {
    let (w, h) = (g.width.unwrap_or(64) as u16, g.height.unwrap_or(64) as u16);
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
    out.extend_from_slice(&[0xFF, 0xC0, 0, 11, 8]);
    out.extend_from_slice(&h.to_be_bytes());
    out.extend_from_slice(&w.to_be_bytes());
    out.extend_from_slice(&[1, 1, 0x11, 0]);
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}

fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::new();
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16) | (u32::from(*c.get(1).unwrap_or(&0)) << 8) | u32::from(*c.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= c.len() {
                s.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                s.push('=');
            }
        }
    }
    s
}

const SVG_OPEN: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" width="100" height="100">"#;

fn generate(g: &Gen, camp: &Path, case: &Path) -> Vec<u8> {
    let n = g.count.unwrap_or(10);
    let mut bytes = match g.kind.as_str() {
        "text" => format!("{}{}{}", g.prefix, g.middle.repeat(g.repeat), g.suffix).into_bytes(),
        "copy" => {
            let from = g.from.as_deref().unwrap_or(&g.path);
            std::fs::read(case.join(from)).or_else(|_| std::fs::read(camp.join(from))).unwrap_or_else(|e| panic!("copy {from}: {e}"))
        }
        "media" => std::fs::read(corpus_root().join("_media").join(g.from.as_deref().expect("media needs from"))).expect("media file"),
        "wav" => wav(g),
        "png" => png(g),
        "jpeg" => jpeg(g),
        "svg-nested" => format!("{SVG_OPEN}{}<rect width=\"1\" height=\"1\"/>{}</svg>", "<g>".repeat(n), "</g>".repeat(n)).into_bytes(),
        "svg-wide" => format!("{SVG_OPEN}{}</svg>", "<rect x=\"1\" y=\"1\" width=\"1\" height=\"1\"/>".repeat(n)).into_bytes(),
        "svg-laughs" => {
            let mut s = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY l0 \"lol\">\n");
            for i in 1..=n {
                s.push_str(&format!("<!ENTITY l{i} \"{}\">\n", format!("&l{};", i - 1).repeat(10)));
            }
            s.push_str(&format!("]>\n{SVG_OPEN}<text x=\"1\" y=\"10\">&l{n};</text></svg>"));
            s.into_bytes()
        }
        "svg-image" => {
            // An SVG embedding a PNG as a data URL (huge declared size, or truncated).
            let inner = png(g);
            let inner = match g.cut {
                Some(c) => inner[..inner.len().saturating_sub(c)].to_vec(),
                None => inner,
            };
            return format!("{SVG_OPEN}<rect id=\"loa-headline\" x=\"0\" y=\"0\" width=\"90\" height=\"20\"/><image width=\"100\" height=\"100\" xlink:href=\"data:image/png;base64,{}\"/></svg>", base64(&inner)).into_bytes();
        }
        other => panic!("unknown generator kind {other}"),
    };
    if let Some(c) = g.cut {
        bytes.truncate(bytes.len().saturating_sub(c));
    }
    if let Some(t) = g.truncate {
        bytes.truncate(t);
    }
    match g.encoding.as_deref() {
        None => bytes,
        Some("utf-16le") => [&[0xFF, 0xFE][..], &String::from_utf8_lossy(&bytes).encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>()].concat(),
        Some("utf-16be") => [&[0xFE, 0xFF][..], &String::from_utf8_lossy(&bytes).encode_utf16().flat_map(u16::to_be_bytes).collect::<Vec<u8>>()].concat(),
        Some("bom") => [&b"\xEF\xBB\xBF"[..], &bytes].concat(),
        Some("crlf") => String::from_utf8_lossy(&bytes).replace('\n', "\r\n").into_bytes(),
        Some("latin1") => String::from_utf8_lossy(&bytes).chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect(),
        Some(other) => panic!("unknown encoding {other}"),
    }
}

/// Every file under `dir` with its size (the output folder's state).
fn snapshot(dir: &Path) -> Vec<(String, u64)> {
    let mut v = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            let rel = p.strip_prefix(dir).map(|r| r.to_string_lossy().into_owned()).unwrap_or_default();
            if rel.starts_with(".loa-cache") {
                continue; // the draft-voice and hash cache lives beside the pack, by design
            }
            let meta = std::fs::symlink_metadata(&p).expect("metadata");
            if meta.is_dir() {
                v.push((format!("{rel}/"), 0));
                stack.push(p);
            } else {
                v.push((rel, meta.len()));
            }
        }
    }
    v.sort();
    v
}

/// `file:line:col: error[E0123]: message`
fn located(line: &str) -> Option<(&str, bool)> {
    let mut parts = line.splitn(4, ':');
    let (Some(file), Some(l), Some(c), Some(rest)) = (parts.next(), parts.next(), parts.next(), parts.next()) else { return None };
    if file.is_empty() || l.parse::<u32>().is_err() || c.parse::<u32>().is_err() {
        return None;
    }
    let error = rest.starts_with(" error[E");
    if !error && !rest.starts_with(" warning[W") {
        return None;
    }
    rest.get(7 + usize::from(!error) * 2..).and_then(|r| r.get(..5)).map(|code| (code, error))
}

struct Outcome {
    name: String,
    failure: Option<String>,
    seconds: f64,
}

fn run_case(case: &Case) -> Outcome {
    let started = Instant::now();
    let fail = |msg: String| Outcome { name: case.name.clone(), failure: Some(msg), seconds: started.elapsed().as_secs_f64() };
    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = support::minimal_campaign(tmp.path());
    copy_tree(&case.dir, &camp);
    let spec = &case.spec;
    if let Some(extra) = &spec.append {
        let mut t = std::fs::read_to_string(camp.join("campaign.toml")).expect("campaign.toml");
        t.push('\n');
        t.push_str(extra);
        std::fs::write(camp.join("campaign.toml"), t).expect("write");
    }
    if spec.assets {
        copy_tree(&repo().join("assets/fonts"), &tmp.path().join("assets/fonts"));
    }
    let tmp_s = tmp.path().to_string_lossy().into_owned();
    for g in &spec.generate {
        let bytes = generate(g, &camp, &case.dir);
        let path = if let Some(rest) = g.path.strip_prefix("{tmp}/") { tmp.path().join(rest) } else { camp.join(&g.path) };
        // A generated `x/y` where the base has a file `x`: the file makes way for the folder.
        for a in path.ancestors().skip(1) {
            if a.is_file() {
                std::fs::remove_file(a).expect("remove file in the way");
            }
        }
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, bytes).expect("write generated");
    }
    for r in &spec.remove {
        let p = camp.join(r);
        let _ = std::fs::remove_file(&p).or_else(|_| std::fs::remove_dir_all(&p));
    }
    // The output: `out/pack`, with whatever the case puts there first.
    let out_root = tmp.path().join("out");
    std::fs::create_dir_all(&out_root).expect("mkdir out");
    let mut pack = out_root.join("pack");
    match spec.out.as_deref() {
        None => {}
        Some("file") => std::fs::write(&pack, b"not a folder").expect("write"),
        Some("parent-file") => {
            std::fs::write(out_root.join("blocker"), b"a file").expect("write");
            pack = out_root.join("blocker/pack");
        }
        Some("garbage-pack") => {
            std::fs::create_dir_all(pack.join("print")).expect("mkdir");
            std::fs::write(pack.join("manifest.json"), b"{\"files\": [1, 2, \x00").expect("write");
            std::fs::write(pack.join("print/poster-main.pdf"), vec![0u8; 1000]).expect("write");
        }
        Some("manifest-lies") => {
            std::fs::create_dir_all(&pack).expect("mkdir");
            let m = r#"{"loa": "0", "campaign": "fixture", "files": [{"kind": "content", "locale": "vi", "path": "../../etc/passwd", "bytes": 5, "sha256": "00", "job": "content:vi"}], "jobs": {"content:vi": "00"}}"#;
            std::fs::write(pack.join("manifest.json"), m).expect("write");
        }
        Some(other) => panic!("{}: unknown out {other}", case.name),
    }
    let before = snapshot(&out_root);

    let run = spec.run.as_deref().unwrap_or("check");
    let pack_s = pack.to_string_lossy().into_owned();
    let mut args: Vec<String> = vec!["--format".into(), "short".into(), run.into()];
    args.push(if run == "verify" { pack_s.clone() } else { ".".into() });
    if run == "build" {
        args.extend(["--out".into(), pack_s]);
        if let Some(o) = &spec.only {
            args.extend(["--only".into(), o.clone()]);
        }
        args.extend(["--locale".into(), spec.locale.clone().unwrap_or_else(|| "vi".into())]);
    }
    let memory = spec.memory_mb.unwrap_or(MEMORY_MB) * 1024 * 1024;
    let mut cmd = Command::new("prlimit");
    cmd.arg(format!("--as={memory}")).arg("--").arg(env!("CARGO_BIN_EXE_loa")).args(&args).current_dir(&camp);
    cmd.env("LOA_TODAY", "2026-12-04").env("LANG", "C").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    for (k, v) in &spec.env {
        cmd.env(k, v.replace("{tmp}", &tmp_s));
    }
    let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn prlimit loa");
    // Read the pipes on their own threads so a chatty child cannot block.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut v);
        v
    });
    let limit = Duration::from_secs(spec.timeout.unwrap_or(TIMEOUT_S));
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return fail(format!("{}: still running after {} s (killed)", case.name, limit.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _stdout = out_t.join().expect("stdout thread");
    let stderr = String::from_utf8_lossy(&err_t.join().expect("stderr thread")).into_owned();
    let mut problems = Vec::new();
    if status.code() != Some(1) {
        problems.push(format!("exit status {status}, expected exit code 1"));
    }
    if stderr.contains("panicked") || stderr.contains("internal error") || stderr.contains("memory allocation") {
        problems.push("a panic, an internal error or an allocation failure".into());
    }
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    let unlocated_ok = |l: &str| !spec.located && spec.codes.iter().any(|c| l.starts_with(&format!("error[{c}]")));
    if let Some(bad) = lines.iter().find(|l| located(l).is_none() && !unlocated_ok(l)) {
        problems.push(format!("a line that is not a located diagnostic: {bad}"));
    }
    for code in &spec.codes {
        if !lines.iter().any(|l| located(l) == Some((code.as_str(), true)) || unlocated_ok(l)) {
            problems.push(format!("no located error {code}"));
        }
    }
    let after = snapshot(&out_root);
    if after != before {
        problems.push(format!("the output folder changed: before {before:?}, after {after:?}"));
    }
    let outcome = Outcome { name: case.name.clone(), failure: None, seconds: started.elapsed().as_secs_f64() };
    if problems.is_empty() {
        outcome
    } else {
        Outcome { failure: Some(format!("{} (loa {}):\n  {}\n  stderr:\n{}", case.name, args.join(" "), problems.join("\n  "), stderr.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n"))), ..outcome }
    }
}

#[test]
fn bad_inputs_are_refused_with_located_diagnostics() {
    let started = Instant::now();
    let cases = load_cases();
    // BAD_INPUTS=<substring> runs only the cases whose name holds it.
    let filter = std::env::var("BAD_INPUTS").unwrap_or_default();
    let cases: Vec<Case> = cases.into_iter().filter(|c| c.name.contains(&filter)).collect();
    if filter.is_empty() {
        assert!(cases.len() >= MIN_CASES, "the corpus holds {} cases, at least {MIN_CASES} wanted", cases.len());
    }
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).max(2);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                while let Some(case) = cases.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let r = std::panic::catch_unwind(|| run_case(case)).unwrap_or_else(|_| Outcome { name: case.name.clone(), failure: Some(format!("{}: the harness failed on this case", case.name)), seconds: 0.0 });
                    results.lock().expect("lock").push(r);
                }
            });
        }
    });
    let mut results = results.into_inner().expect("results");
    results.sort_by(|a, b| a.name.cmp(&b.name));
    let mut groups: BTreeMap<String, usize> = BTreeMap::new();
    for r in &results {
        *groups.entry(r.name.split('/').next().unwrap_or("").to_string()).or_default() += 1;
    }
    let slowest = results.iter().max_by(|a, b| a.seconds.total_cmp(&b.seconds)).map(|r| format!("{} {:.1} s", r.name, r.seconds)).unwrap_or_default();
    eprintln!("bad inputs: {} cases {groups:?} in {:.1} s; slowest {slowest}", results.len(), started.elapsed().as_secs_f64());
    let failures: Vec<&String> = results.iter().filter_map(|r| r.failure.as_ref()).collect();
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), results.len(), failures.iter().map(|f| f.as_str()).collect::<Vec<_>>().join("\n"));
}
