//! Zeroing the creation and modification times `mp4mux` writes into `mvhd`, `tkhd` and `mdhd`
//! (it always uses the wall clock; a `datetime` tag does not change that), so identical inputs
//! give identical files. The boxes are patched in place; nothing moves.

use std::fs::OpenOptions;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use super::VideoError;

/// Boxes whose children are boxes, on the way to the ones with times.
const CONTAINERS: &[&[u8; 4]] = &[b"trak", b"mdia"];
/// Boxes that start with version/flags then creation and modification times.
const TIMED: &[&[u8; 4]] = &[b"mvhd", b"tkhd", b"mdhd"];

/// Zeroes the times in the `moov` box of the MP4 at `path`.
pub(crate) fn zero_timestamps(path: &Path) -> Result<(), VideoError> {
    let io = |source| VideoError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .map_err(io)?;
    let len = file.metadata().map_err(io)?.len();
    let mut at = 0u64;
    while at + 8 <= len {
        file.seek(SeekFrom::Start(at)).map_err(io)?;
        let mut head = [0u8; 16];
        let n = if at + 16 <= len { 16 } else { 8 };
        file.read_exact(&mut head[..n]).map_err(io)?;
        let (size, header) = box_size(&head[..n], len - at);
        if size < header {
            break; // damaged; leave the file as mp4mux wrote it
        }
        if &head[4..8] == b"moov" {
            let size =
                usize::try_from(size).map_err(|_| io(std::io::ErrorKind::InvalidData.into()))?;
            let mut moov = vec![0u8; size];
            file.seek(SeekFrom::Start(at)).map_err(io)?;
            file.read_exact(&mut moov).map_err(io)?;
            zero_in(&mut moov[header as usize..]);
            file.seek(SeekFrom::Start(at)).map_err(io)?;
            file.write_all(&moov).map_err(io)?;
            file.sync_all().map_err(io)?;
            return Ok(());
        }
        at += size;
    }
    Ok(())
}

/// `(box size, header size)` from the first bytes of a box; size 0 means "to the end".
fn box_size(head: &[u8], remaining: u64) -> (u64, u64) {
    let small = u64::from(u32::from_be_bytes([head[0], head[1], head[2], head[3]]));
    match small {
        0 => (remaining, 8),
        1 if head.len() >= 16 => {
            let mut b = [0u8; 8];
            b.copy_from_slice(&head[8..16]);
            (u64::from_be_bytes(b), 16)
        }
        1 => (0, 16),
        n => (n, 8),
    }
}

/// Zeroes the times of the timed boxes among `children` (and inside containers).
fn zero_in(children: &mut [u8]) {
    let mut at = 0usize;
    while at + 8 <= children.len() {
        let (size, header) = box_size(&children[at..], (children.len() - at) as u64);
        let (Ok(size), Ok(header)) = (usize::try_from(size), usize::try_from(header)) else {
            return;
        };
        if size < header || at + size > children.len() {
            return;
        }
        let kind: [u8; 4] = [
            children[at + 4],
            children[at + 5],
            children[at + 6],
            children[at + 7],
        ];
        let body = &mut children[at + header..at + size];
        if TIMED.iter().any(|t| kind == **t) && !body.is_empty() {
            // version (1 byte), flags (3), then two times of 4 bytes (version 0) or 8 (version 1).
            let width = if body[0] == 1 { 8 } else { 4 };
            if body.len() >= 4 + 2 * width {
                body[4..4 + 2 * width].fill(0);
            }
        } else if CONTAINERS.iter().any(|c| kind == **c) {
            zero_in(body);
        }
        at += size;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boxed(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
        let mut v = u32::try_from(body.len() + 8)
            .unwrap_or(0)
            .to_be_bytes()
            .to_vec();
        v.extend_from_slice(kind);
        v.extend_from_slice(body);
        v
    }

    #[test]
    fn times_are_zeroed_and_nothing_else() {
        let mvhd = boxed(b"mvhd", &[0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9]);
        let mdhd = boxed(
            b"mdhd",
            &[
                1, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9,
            ],
        );
        let trak = boxed(b"trak", &boxed(b"mdia", &mdhd));
        let mut moov_body = mvhd.clone();
        moov_body.extend_from_slice(&trak);
        let mut file = boxed(b"ftyp", b"isom");
        file.extend_from_slice(&boxed(b"moov", &moov_body));
        file.extend_from_slice(&boxed(b"mdat", &[7; 5]));
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("x.mp4");
        std::fs::write(&path, &file).expect("write");
        zero_timestamps(&path).expect("patch");
        let out = std::fs::read(&path).expect("read");
        assert_eq!(out.len(), file.len());
        let mvhd_body = 12 + 8 + 8; // after ftyp (12), moov header, mvhd header
        assert_eq!(
            &out[mvhd_body..mvhd_body + 14],
            &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 9]
        );
        let mdhd_body = mvhd_body - 8 + mvhd.len() + 8 + 8 + 8; // trak, mdia, mdhd headers
        assert_eq!(out[mdhd_body], 1);
        assert!(out[mdhd_body + 1..mdhd_body + 20].iter().all(|&b| b == 0));
        assert_eq!(out[mdhd_body + 20], 9);
        assert_eq!(&out[out.len() - 5..], &[7; 5]);
    }
}
