//! QR codes for the portal URL, as vector modules (with the 4-module quiet zone).

use crate::doc::{Colour, Shape};
use std::sync::Arc;

/// A QR code of `text`, `size` points wide including its quiet zone.
pub fn qr(text: &str, size: f32, fill: Colour) -> Result<Shape, String> {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| format!("cannot encode “{text}” as a QR code: {e}"))?;
    let inner = code.width();
    let n = inner + 8;
    let mut modules = vec![false; n * n];
    for (i, c) in code.to_colors().into_iter().enumerate() {
        if c == qrcode::Color::Dark {
            modules[(i / inner + 4) * n + i % inner + 4] = true;
        }
    }
    Ok(Shape::Qr { modules: Arc::new(modules), n, size, fill })
}

#[cfg(test)]
mod tests {
    #[test]
    fn has_finder_patterns_inside_a_quiet_zone() {
        let Ok(crate::doc::Shape::Qr { modules, n, .. }) = super::qr("https://example.gov.vn/tiep-can-thong-tin", 100.0, crate::doc::Colour::BLACK) else {
            panic!("qr")
        };
        assert!(!modules[0], "quiet zone");
        assert!(modules[4 * n + 4] && modules[4 * n + 10] && modules[10 * n + 4], "finder pattern corners");
    }
}
