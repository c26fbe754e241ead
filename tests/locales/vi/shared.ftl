### Shared strings for the test fixtures (stands in for the repository's locales/).
law-access-to-information-2016 = Luật Tiếp cận thông tin
page-number = Trang { $page }
fact-citation = { $name } số { $law }, có hiệu lực từ { $date }
fact-citation-article = Điều { $article }, { $name } số { $law }, có hiệu lực từ { $date }
fact-citation-unnumbered = { $name }, có hiệu lực từ { $date }
legal-basis = Căn cứ pháp lý
