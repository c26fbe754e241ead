### Shared strings for the test fixtures (stands in for the repository's locales/).
law-access-to-information-2016 = Law on Access to Information
page-number = Page { $page }
