### Strings shared by all campaigns (English).
### Law names: a legal fact names one with `name = "<id>"`; its number stays in the fact's `law`.

## Law names

# Law No. 104/2016/QH13, in force from 1 July 2018.
law-access-to-information-2016 = Law on Access to Information

# Amended law passed by the 16th National Assembly, in force from 1 September 2026; number NOT verified.
law-access-to-information-2026 = Law on Access to Information (amended)

# Law No. 31/2024/QH15, in force from 1 August 2024.
law-land-2024 = Land Law

# Law No. 16/2017/QH14, in force from 1 January 2019.
law-forestry-2017 = Law on Forestry

# Law No. 72/2020/QH14, in force from 1 January 2022.
law-environmental-protection-2020 = Law on Environmental Protection

# Decree No. 13/2018/NĐ-CP, in force from 1 July 2018.
decree-13-2018 = Decree detailing and guiding the implementation of the Law on Access to Information

## UI labels

page = Page
# Variables: $page — the page number
page-number = Page { $page }
# Variables: $page — the page number; $pages — the number of pages
page-of = Page { $page } of { $pages }
contents = Contents
question = Question
answer = Answer
legal-basis = Legal basis
glossary = Glossary
# Variables: $article — the article number, e.g. 31
article-number = Article { $article }
# Variables: $date — the date as written in English, e.g. “1 July 2018”
effective-from = In force from { $date }
# Variables: $date — the date as written in English
valid-until = In force until { $date }
draft = Draft
contact = Contact
source = Source

## Legal-basis lines in print

# Variables: $name — the law's name; $law — its number; $date — in force from, in words
fact-citation = { $name } No. { $law }, in force from { $date }
# Variables: as fact-citation, plus $article — the article, e.g. 31 or 9.1
fact-citation-article = Article { $article }, { $name } No. { $law }, in force from { $date }
# When the law's number is not verified yet. Variables: $name, $date
fact-citation-unnumbered = { $name }, in force from { $date }
# Under the QR code
scan-for-more = Scan the code to read more online

## The web pack (web/index.html)

web-skip-link = Skip to main content
web-languages = Languages
web-untranslated = Some text is not translated yet and is shown in another language.
web-key-messages = Key messages
web-listen = Listen
web-watch = Watch
web-questions = Questions and answers
web-excerpts = From the law
web-downloads = Downloads
web-radio-programme = Radio programme
web-video = Video
web-download-audio = Download the audio
web-download-video = Download the video
web-draft-voice = The voice is a machine-made draft, not yet a human recording.
web-transcript = Transcript
web-pages = Pages
web-article = Article
web-law-number = Number
web-in-force-from = In force from
web-in-force-until = In force until
web-feed = Data for the e-portal (JSON)
web-poster = Poster
web-leaflet-accessible = Leaflet (accessible edition)
web-handbook-accessible = Handbook (accessible edition)
web-handbook-large-print = Handbook (large print)
web-leaflet-easy-read = Leaflet (easy-read, with pictures)
web-handbook-easy-read = Handbook (easy-read, with pictures)
web-radio-script = Radio script
