### Shared strings for the test fixtures (stands in for the repository's locales/).
law-access-to-information-2016 = Law on Access to Information
page-number = Page { $page }
fact-citation = { $name } No. { $law }, in force from { $date }
fact-citation-article = Article { $article }, { $name } No. { $law }, in force from { $date }
fact-citation-unnumbered = { $name }, in force from { $date }
legal-basis = Legal basis
