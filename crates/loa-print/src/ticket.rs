//! Job tickets: one plain-text sheet per press product for the print shop — finished size,
//! pages, colours, bleed, paper and binding suggestions, and a quantity field for the office to
//! fill in. Labels are in Vietnamese and English: the print shop and the office may not share a
//! language.

use crate::render::PrintFile;

/// What the print shop needs to know about one kind of product.
struct Product {
    name: &'static str,
    colours: &'static str,
    paper: &'static str,
    finishing: &'static str,
}

fn product(kind: &str) -> Option<Product> {
    Some(match kind {
        "poster" => Product {
            name: "Áp phích / Poster",
            colours: "4/0 — CMYK một mặt / CMYK, one side",
            paper: "couché mờ 150–170 g/m² (trong nhà); giấy chống nước nếu dán ngoài trời / matt coated 150–170 g/m² indoors; waterproof stock outdoors",
            finishing: "xén theo dấu cắt, không gấp / trim to the crop marks, do not fold",
        },
        "leaflet" => Product {
            name: "Tờ gấp ba / Tri-fold leaflet",
            colours: "4/4 — CMYK hai mặt / CMYK, both sides",
            paper: "couché mờ 115–150 g/m² / matt coated 115–150 g/m²",
            finishing: "xén, cán 2 đường, gấp cuốn (roll fold) theo đường gấp trong tệp / trim, crease twice, roll fold on the fold lines in the file",
        },
        "handbook" => Product {
            name: "Sổ tay pháp luật A5 / Legal handbook A5",
            colours: "4/4 — CMYK hai mặt / CMYK, both sides",
            paper: "ruột giấy offset 80–100 g/m², bìa couché 200–250 g/m² / text: uncoated 80–100 g/m²; cover: coated 200–250 g/m²",
            finishing: "đóng ghim giữa (2 ghim); bản bình trang sẵn: tệp handbook-imposed / saddle-stitch (2 staples); ready-imposed sheets: the handbook-imposed file",
        },
        "handbook-large-print" => Product {
            name: "Sổ tay chữ lớn / Large-print handbook",
            colours: "4/4 — CMYK hai mặt / CMYK, both sides",
            paper: "offset 100–120 g/m², không bóng (đỡ chói) / uncoated 100–120 g/m², no gloss (less glare)",
            finishing: "đóng ghim giữa hoặc gáy xoắn (dễ mở phẳng) / saddle-stitch, or wire-o so it opens flat",
        },
        _ => return None,
    })
}

/// The ticket for a press PDF, as `(path, text)`: `print/<lang>/<kind>-<name>.ticket.txt`.
/// `None` for files that are not sent to press (previews, screen editions, imposed sheets).
pub fn ticket(file: &PrintFile, lang: &str, campaign: &str) -> Option<(String, String)> {
    let p = product(file.kind)?;
    let pdf = file.path.rsplit('/').next().unwrap_or(&file.path);
    let stem = pdf.strip_suffix(".pdf")?;
    let path = file.path.replace(pdf, &format!("{stem}.ticket.txt"));
    let [w, h] = file.trim_mm.map(|v| (v * 10.0).round() / 10.0);
    let imposed = if file.kind == "handbook" { format!("\nTệp bình trang / Imposed file:   {}", pdf.replacen("handbook-", "handbook-imposed-", 1)) } else { String::new() };
    let saddle = if file.kind.starts_with("handbook") && !file.pages.is_multiple_of(4) {
        "\nLƯU Ý / NOTE: số trang không chia hết cho 4: thêm trang trắng trước khi đóng ghim giữa / page count is not a multiple of 4: add blank pages before saddle-stitching"
    } else {
        ""
    };
    let text = format!(
        "PHIẾU IN / PRINT JOB TICKET\n\
         Chiến dịch / Campaign:          {campaign}\n\
         Sản phẩm / Product:             {name}\n\
         Ngôn ngữ / Language:            {lang}\n\
         Tệp / File:                     {pdf}{imposed}\n\
         Khổ thành phẩm / Trim size:     {w} × {h} mm\n\
         Số trang / Pages:               {pages}\n\
         Màu / Colours:                  {colours}\n\
         Tràn lề / Bleed:                3 mm mỗi cạnh, có dấu cắt / 3 mm each side, crop marks included\n\
         Phông chữ / Fonts:              đã nhúng trong PDF / embedded in the PDF\n\
         Giấy (gợi ý) / Paper (suggested): {paper}\n\
         Gia công / Finishing:           {finishing}{saddle}\n\
         Số lượng / Quantity:            ____________\n\
         Ngày cần / Needed by:           ____________\n\
         Người đặt / Ordered by:         ____________\n",
        name = p.name,
        pages = file.pages,
        colours = p.colours,
        paper = p.paper,
        finishing = p.finishing,
    );
    Some((path, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(kind: &'static str, path: &str, pages: usize, trim_mm: [f32; 2]) -> PrintFile {
        PrintFile { kind, path: path.into(), bytes: Vec::new(), pages, trim_mm }
    }

    #[test]
    fn press_products_get_a_ticket() {
        let (path, text) = ticket(&file("poster", "print/vi/poster-main.pdf", 1, [297.0, 420.0]), "vi", "demo").expect("ticket");
        assert_eq!(path, "print/vi/poster-main.ticket.txt");
        assert!(text.contains("297 × 420 mm"), "{text}");
        assert!(text.contains("4/0"));
        assert!(text.contains("Số lượng / Quantity:"));
        let (_, hb) = ticket(&file("handbook", "print/en/handbook-main.pdf", 12, [148.0, 210.0]), "en", "demo").expect("ticket");
        assert!(hb.contains("handbook-imposed-main.pdf") && !hb.contains("NOTE"), "{hb}");
        let (_, odd) = ticket(&file("handbook", "print/en/handbook-main.pdf", 10, [148.0, 210.0]), "en", "demo").expect("ticket");
        assert!(odd.contains("multiple of 4"));
        assert!(ticket(&file("preview", "previews/vi/poster-main-01.png", 1, [297.0, 420.0]), "vi", "demo").is_none());
        assert!(ticket(&file("leaflet-accessible", "print/vi/leaflet-accessible-main.pdf", 2, [297.0, 210.0]), "vi", "demo").is_none());
    }
}
