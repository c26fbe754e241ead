### Shared strings for the test fixtures (stands in for the repository's locales/).
law-access-to-information-2016 = Luật Tiếp cận thông tin
page-number = Trang { $page }
