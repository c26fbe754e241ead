### bru translation of the campaign, started by `loa l10n skeleton`.
### Each message below still holds the vi text. Write the bru text after `=`,
### keep `{ $variables }` and ids as they are, then delete the `# TODO(loa): untranslated` line.

# vi: law-access-to-information-2016 = Luật Tiếp cận thông tin
# TODO(loa): untranslated
law-access-to-information-2016 = Luật Tiếp cận thông tin

# vi: law-access-to-information-2026 = Luật Tiếp cận thông tin (sửa đổi)
# TODO(loa): untranslated
law-access-to-information-2026 = Luật Tiếp cận thông tin (sửa đổi)

# vi: law-land-2024 = Luật Đất đai
# TODO(loa): untranslated
law-land-2024 = Luật Đất đai

# vi: law-forestry-2017 = Luật Lâm nghiệp
# TODO(loa): untranslated
law-forestry-2017 = Luật Lâm nghiệp

# vi: law-environmental-protection-2020 = Luật Bảo vệ môi trường
# TODO(loa): untranslated
law-environmental-protection-2020 = Luật Bảo vệ môi trường

# vi: decree-13-2018 = Nghị định quy định chi tiết và biện pháp thi hành Luật Tiếp cận thông tin
# TODO(loa): untranslated
decree-13-2018 = Nghị định quy định chi tiết và biện pháp thi hành Luật Tiếp cận thông tin

# vi: page = Trang
# TODO(loa): untranslated
page = Trang

# vi: page-number = Trang { $page }
# TODO(loa): untranslated
page-number = Trang { $page }

# vi: page-of = Trang { $page }/{ $pages }
# TODO(loa): untranslated
page-of = Trang { $page }/{ $pages }

# vi: contents = Mục lục
# TODO(loa): untranslated
contents = Mục lục

# vi: question = Hỏi
# TODO(loa): untranslated
question = Hỏi

# vi: answer = Đáp
# TODO(loa): untranslated
answer = Đáp

# vi: legal-basis = Căn cứ pháp lý
# TODO(loa): untranslated
legal-basis = Căn cứ pháp lý

# vi: glossary = Giải thích từ ngữ
# TODO(loa): untranslated
glossary = Giải thích từ ngữ

# vi: article-number = Điều { $article }
# TODO(loa): untranslated
article-number = Điều { $article }

# vi: effective-from = Có hiệu lực từ { $date }
# TODO(loa): untranslated
effective-from = Có hiệu lực từ { $date }

# vi: valid-until = Có hiệu lực đến hết { $date }
# TODO(loa): untranslated
valid-until = Có hiệu lực đến hết { $date }

# vi: draft = Bản nháp
# TODO(loa): untranslated
draft = Bản nháp

# vi: contact = Liên hệ
# TODO(loa): untranslated
contact = Liên hệ

# vi: source = Nguồn
# TODO(loa): untranslated
source = Nguồn

# vi: fact-citation = { $name } số { $law }, có hiệu lực từ { $date }
# TODO(loa): untranslated
fact-citation = { $name } số { $law }, có hiệu lực từ { $date }

# vi: fact-citation-article = Điều { $article }, { $name } số { $law }, có hiệu lực từ { $date }
# TODO(loa): untranslated
fact-citation-article = Điều { $article }, { $name } số { $law }, có hiệu lực từ { $date }

# vi: fact-citation-unnumbered = { $name }, có hiệu lực từ { $date }
# TODO(loa): untranslated
fact-citation-unnumbered = { $name }, có hiệu lực từ { $date }

# vi: scan-for-more = Quét mã để xem thêm trên mạng
# TODO(loa): untranslated
scan-for-more = Quét mã để xem thêm trên mạng

# vi: web-skip-link = Chuyển đến nội dung chính
# TODO(loa): untranslated
web-skip-link = Chuyển đến nội dung chính

# vi: web-languages = Ngôn ngữ
# TODO(loa): untranslated
web-languages = Ngôn ngữ

# vi: web-untranslated = Một số nội dung chưa được dịch nên hiển thị bằng ngôn ngữ khác.
# TODO(loa): untranslated
web-untranslated = Một số nội dung chưa được dịch nên hiển thị bằng ngôn ngữ khác.

# vi: web-key-messages = Những điều cần biết
# TODO(loa): untranslated
web-key-messages = Những điều cần biết

# vi: web-listen = Nghe
# TODO(loa): untranslated
web-listen = Nghe

# vi: web-watch = Xem
# TODO(loa): untranslated
web-watch = Xem

# vi: web-questions = Hỏi và đáp
# TODO(loa): untranslated
web-questions = Hỏi và đáp

# vi: web-excerpts = Trích văn bản pháp luật
# TODO(loa): untranslated
web-excerpts = Trích văn bản pháp luật

# vi: web-downloads = Tải về
# TODO(loa): untranslated
web-downloads = Tải về

# vi: web-radio-programme = Chương trình phát thanh
# TODO(loa): untranslated
web-radio-programme = Chương trình phát thanh

# vi: web-video = Video
# TODO(loa): untranslated
web-video = Video

# vi: web-download-audio = Tải tệp âm thanh
# TODO(loa): untranslated
web-download-audio = Tải tệp âm thanh

# vi: web-download-video = Tải video
# TODO(loa): untranslated
web-download-video = Tải video

# vi: web-draft-voice = Giọng đọc là bản nháp do máy tạo, chưa phải giọng người đọc.
# TODO(loa): untranslated
web-draft-voice = Giọng đọc là bản nháp do máy tạo, chưa phải giọng người đọc.

# vi: web-transcript = Lời đọc
# TODO(loa): untranslated
web-transcript = Lời đọc

# vi: web-pages = Số trang
# TODO(loa): untranslated
web-pages = Số trang

# vi: web-article = Điều
# TODO(loa): untranslated
web-article = Điều

# vi: web-law-number = Số hiệu
# TODO(loa): untranslated
web-law-number = Số hiệu

# vi: web-in-force-from = Có hiệu lực từ
# TODO(loa): untranslated
web-in-force-from = Có hiệu lực từ

# vi: web-in-force-until = Có hiệu lực đến hết
# TODO(loa): untranslated
web-in-force-until = Có hiệu lực đến hết

# vi: web-feed = Dữ liệu cho cổng thông tin điện tử (JSON)
# TODO(loa): untranslated
web-feed = Dữ liệu cho cổng thông tin điện tử (JSON)

# vi: web-poster = Áp phích
# TODO(loa): untranslated
web-poster = Áp phích

# vi: web-leaflet-accessible = Tờ gấp (bản dễ tiếp cận)
# TODO(loa): untranslated
web-leaflet-accessible = Tờ gấp (bản dễ tiếp cận)

# vi: web-handbook-accessible = Sổ tay (bản dễ tiếp cận)
# TODO(loa): untranslated
web-handbook-accessible = Sổ tay (bản dễ tiếp cận)

# vi: web-handbook-large-print = Sổ tay (bản chữ to)

# vi: web-leaflet-easy-read = Tờ gấp (bản dễ đọc, có hình)
# TODO(loa): untranslated
web-leaflet-easy-read = Tờ gấp (bản dễ đọc, có hình)

# vi: web-handbook-easy-read = Sổ tay (bản dễ đọc, có hình)
# TODO(loa): untranslated
web-handbook-easy-read = Sổ tay (bản dễ đọc, có hình)
# TODO(loa): untranslated
web-handbook-large-print = Sổ tay (bản chữ to)

# vi: web-radio-script = Kịch bản phát thanh
# TODO(loa): untranslated
web-radio-script = Kịch bản phát thanh
