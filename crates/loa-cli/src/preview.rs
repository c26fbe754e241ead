//! `loa preview`: builds the pack (only what changed), then serves its web pack on
//! `http://127.0.0.1:<port>/` so that the office can review it in a browser, as the e-portal
//! will show it. Files only, from inside `web/`; nothing else of the computer is reachable.

use crate::build::{self, Options};
use loa_diag::Format;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

pub fn preview(campaign: &Path, out: Option<PathBuf>, port: u16, format: Format) -> u8 {
    let code = build::build(campaign, &Options { out: out.clone(), only: Vec::new(), locales: Vec::new(), jobs: None, clean: false, no_wait: false }, format);
    if code != 0 {
        return code;
    }
    let out = out.unwrap_or_else(|| {
        let id = crate::project::Project::load(campaign).campaign.map(|c| c.id().to_string()).unwrap_or_default();
        Path::new("out").join(id)
    });
    let root = out.join("web");
    let listener = match TcpListener::bind(("127.0.0.1", port)) {
        Ok(l) => l,
        Err(e) => return crate::commands::fail(format!("cannot serve on port {port}: {e}"), "another program uses it: give another with --port", format),
    };
    println!("{}", crate::i18n::tr!("preview-serving", folder = root.display().to_string(), url = format!("http://127.0.0.1:{port}/")));
    for stream in listener.incoming().flatten() {
        let _ = serve(stream, &root);
    }
    0
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "vtt" => "text/vtt; charset=utf-8",
        "txt" | "srt" => "text/plain; charset=utf-8",
        "mp3" => "audio/mpeg",
        "wav" => "audio/wav",
        "mp4" => "video/mp4",
        "png" => "image/png",
        "pdf" => "application/pdf",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// The file a request path names inside `root`, refusing anything that would leave it.
fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let path = percent_decode(path)?;
    let rel = Path::new(path.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut file = root.join(rel);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn serve(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    // Headers are read and ignored.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let head = method == "HEAD";
    if method != "GET" && !head {
        return stream.write_all(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }
    let Some(file) = resolve(root, target) else {
        let body = b"not found";
        write!(stream, "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len())?;
        return stream.write_all(body);
    };
    let mut f = std::fs::File::open(&file)?;
    let len = f.metadata()?.len();
    write!(stream, "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {len}\r\nConnection: close\r\n\r\n", content_type(&file))?;
    if !head {
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = f.read(&mut buf)?;
            if n == 0 {
                break;
            }
            stream.write_all(&buf[..n])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_stay_inside_the_web_folder() -> std::io::Result<()> {
        let tmp = tempfile::tempdir()?;
        std::fs::create_dir_all(tmp.path().join("web/vi"))?;
        std::fs::write(tmp.path().join("web/index.html"), "<html>")?;
        std::fs::write(tmp.path().join("web/vi/index.html"), "<html>")?;
        std::fs::write(tmp.path().join("secret.txt"), "x")?;
        let root = tmp.path().join("web");
        assert_eq!(resolve(&root, "/"), Some(root.join("index.html")));
        assert_eq!(resolve(&root, "/vi/?x=1"), Some(root.join("vi/index.html")));
        assert_eq!(resolve(&root, "/../secret.txt"), None);
        assert_eq!(resolve(&root, "/%2e%2e/secret.txt"), None);
        assert_eq!(resolve(&root, "/missing.html"), None);
        Ok(())
    }
}
