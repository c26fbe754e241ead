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
