### Chuỗi dùng chung cho mọi chiến dịch (tiếng Việt, ngôn ngữ gốc).
### Strings shared by all campaigns (Vietnamese, the reference).
### Tên văn bản: thông tin pháp lý nêu `name = "<mã>"` để dùng tên này; số hiệu nằm ở `law` của thông tin đó.
### Law names: a legal fact names one with `name = "<id>"`; its number stays in the fact's `law`.

## Tên văn bản pháp luật / Law names

# Luật số 104/2016/QH13, hiệu lực từ 01/7/2018.
law-access-to-information-2016 = Luật Tiếp cận thông tin

# Luật sửa đổi do Quốc hội khóa XVI thông qua, hiệu lực từ 01/9/2026; số hiệu CHƯA được kiểm chứng.
law-access-to-information-2026 = Luật Tiếp cận thông tin (sửa đổi)

# Luật số 31/2024/QH15, hiệu lực từ 01/8/2024.
law-land-2024 = Luật Đất đai

# Luật số 16/2017/QH14, hiệu lực từ 01/01/2019.
law-forestry-2017 = Luật Lâm nghiệp

# Luật số 72/2020/QH14, hiệu lực từ 01/01/2022.
law-environmental-protection-2020 = Luật Bảo vệ môi trường

# Nghị định số 13/2018/NĐ-CP, hiệu lực từ 01/7/2018.
decree-13-2018 = Nghị định quy định chi tiết và biện pháp thi hành Luật Tiếp cận thông tin

## Nhãn giao diện / UI labels

page = Trang
# Biến: $page — số trang
page-number = Trang { $page }
# Biến: $page — số trang; $pages — tổng số trang
page-of = Trang { $page }/{ $pages }
contents = Mục lục
question = Hỏi
answer = Đáp
legal-basis = Căn cứ pháp lý
glossary = Giải thích từ ngữ
# Biến: $article — số điều, ví dụ 31
article-number = Điều { $article }
# Biến: $date — ngày đã viết theo tiếng Việt, ví dụ “ngày 1 tháng 7 năm 2018”
effective-from = Có hiệu lực từ { $date }
# Biến: $date — ngày đã viết theo tiếng Việt
valid-until = Có hiệu lực đến hết { $date }
draft = Bản nháp
contact = Liên hệ
source = Nguồn

## Căn cứ pháp lý trên ấn phẩm / Legal-basis lines in print

# Biến: $name — tên văn bản; $law — số hiệu; $date — ngày có hiệu lực, đã viết theo ngôn ngữ
fact-citation = { $name } số { $law }, có hiệu lực từ { $date }
# Biến: như fact-citation, thêm $article — số điều, ví dụ 31 hoặc 9.1
fact-citation-article = Điều { $article }, { $name } số { $law }, có hiệu lực từ { $date }
# Khi số hiệu văn bản chưa được kiểm chứng. Biến: $name, $date
fact-citation-unnumbered = { $name }, có hiệu lực từ { $date }
# Dòng dưới mã QR
scan-for-more = Quét mã để xem thêm trên mạng

## Trang web trong gói / The web pack (web/index.html)

web-skip-link = Chuyển đến nội dung chính
web-languages = Ngôn ngữ
web-untranslated = Một số nội dung chưa được dịch nên hiển thị bằng ngôn ngữ khác.
web-key-messages = Những điều cần biết
web-listen = Nghe
web-watch = Xem
web-questions = Hỏi và đáp
web-excerpts = Trích văn bản pháp luật
web-downloads = Tải về
web-radio-programme = Chương trình phát thanh
web-video = Video
web-download-audio = Tải tệp âm thanh
web-download-video = Tải video
web-draft-voice = Giọng đọc là bản nháp do máy tạo, chưa phải giọng người đọc.
web-transcript = Lời đọc
web-pages = Số trang
web-article = Điều
web-law-number = Số hiệu
web-in-force-from = Có hiệu lực từ
web-in-force-until = Có hiệu lực đến hết
web-feed = Dữ liệu cho cổng thông tin điện tử (JSON)
web-poster = Áp phích
web-leaflet-accessible = Tờ gấp (bản dễ tiếp cận)
web-handbook-accessible = Sổ tay (bản dễ tiếp cận)
web-handbook-large-print = Sổ tay (bản chữ to)
web-leaflet-easy-read = Tờ gấp (bản dễ đọc, có hình)
web-handbook-easy-read = Sổ tay (bản dễ đọc, có hình)
web-radio-script = Kịch bản phát thanh
