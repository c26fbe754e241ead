### Campaign "The right of access to information" — English, for partners and donors.
### Attributes: .spoken = what the announcer reads (no abbreviations); .easy = easy-read version
### (short sentences, one idea each); .question = the question; .definition = meaning of a term.
### Campaign variables: $province, $commune, $agency, $address, $hotline, $portal-url.
### Messages attached to a legal fact may also use $law, $article, $effective-from, $valid-until.
### Law excerpts are unofficial translations; the Vietnamese text is authoritative.

## Titles

# Variables: $commune, $province
campaign-title = The right of access to information in { $commune } commune, { $province } province

headline = You have the right to know
    .easy = You have the right to know information.

logo-alt = Campaign logo: a loudspeaker and an “i” for information

## Pictures of the easy-read editions (descriptions for blind readers)

picture-right-alt = Drawing: a person holding a paper
picture-office-alt = Drawing: the commune People's Committee office
picture-ways-alt = Drawing: a letter and a phone
picture-free-alt = Drawing: a coin inside a red “no” sign
picture-photo-alt = Drawing: a phone taking a photo of a paper
picture-providers-alt = Drawing: a public building with a heart
picture-people-alt = Drawing: an adult and a child
picture-foreigner-alt = Drawing: a person standing beside a globe
picture-deadline-alt = Drawing: a calendar and a clock
picture-disability-alt = Drawing: a person in a wheelchair and a helper
picture-secret-alt = Drawing: a paper with a padlock
picture-ask-alt = Drawing: a speech bubble with a question mark

## Key points (poster, leaflet, radio, video)

# Basis: amended Law on Access to Information, in force from 1 September 2026.
point-right = Every citizen has the right of access to information held by state agencies.
    .easy = You have the right to ask for information.

# Basis: amended Law on Access to Information.
point-where = You can request information in person at the agency, by post, or online: by email, on web portals, on the National Public Service Portal, or through mobile apps.
    .easy =
        You can go to the agency to ask.
        You can send a letter by post.
        You can ask online.

# Basis: amended Law on Access to Information.
point-free = Information is provided free of charge.
    .easy = You do not pay a fee to get information.

# Basis: amended Law on Access to Information.
point-photo = When you ask at the agency, you may photograph documents with your own phone.
    .easy = You may take photos of documents with your phone.

# Basis: amended Law on Access to Information. Variables: $effective-from (date the law took effect)
point-providers = From { $effective-from }, public non-business units providing basic, essential public services must also ensure citizens' right of access to information.
    .easy = From { $effective-from }, public units that give essential services must also tell you information.

## Call to action

# Variables: $agency, $address, $hotline, $portal-url; .spoken also uses $province
call-to-action =
    Need information? Ask { $agency } (the commune People's Committee).
    Address: { $address }
    Phone: { $hotline }
    Online: { $portal-url }
    .spoken = Need information? Ask { $agency }, the commune People's Committee, at { $address }, or call { $hotline }. You can also visit the Access to Information section of the { $province } provincial web portal.
    .easy =
        Do you need information?
        Ask { $agency }.
        Address: { $address }
        Phone: { $hotline }
        Online: { $portal-url }

## Radio

# Variables: $commune
radio-intro = Dear listeners of { $commune } commune! Here is our programme on the Law on Access to Information.

radio-outro = You have been listening to our programme on the Law on Access to Information. Thank you for listening.

## Questions and answers (value = the answer, .question = the question)
## Answers that rest on the 2016 law say so, and remind readers that the amended law applies from 1 September 2026.

# Basis: 2016 law (who may exercise the right of access).
qa-who = Under the 2016 Law on Access to Information, every citizen has the right to request information. A person under 18 makes a request through their legal representative. A person who has lost civil act capacity, or who has difficulty perceiving or controlling their acts, makes a request through a representative or guardian. This is a rule of the 2016 law. The amended law took effect on 1 September 2026, and its rules may differ. Ask the commune staff.
    .question = Who may request information?
    .easy =
        Every citizen may ask for information.
        A person under 18 asks through their legal representative.
        A person who has difficulty perceiving or controlling their acts asks through a representative or guardian.
        This is a rule of the 2016 law.
        The amended law took effect on 1 September 2026.
        Its rules may differ.
        Ask the commune staff.

# Basis: 2016 law, Article 36(1).
qa-foreigners = Yes. Under the 2016 Law on Access to Information (Article 36), foreigners residing in Vietnam have the right to request information directly related to their own rights and obligations. This is a rule of the 2016 law. The amended law took effect on 1 September 2026, and its rules may differ. Ask the commune staff.
    .question = May foreigners living in Vietnam request information?
    .easy =
        Yes.
        Foreigners who live in Vietnam may ask for information directly related to their own rights and obligations.
        This is a rule of the 2016 law.
        The amended law took effect on 1 September 2026.
        Its rules may differ.
        Ask the commune staff.

# Basis: amended Law on Access to Information.
# Variables: $effective-from, $commune, $agency, $portal-url; .spoken uses $province instead of the web address
qa-where =
    Under the amended Law on Access to Information, in force from { $effective-from }, you can request information in one of three ways:
    - in person at the agency or unit;
    - by post;
    - online: by email, on web portals, on the National Public Service Portal, or through mobile apps.
    In { $commune } commune, go to { $agency } (the commune People's Committee), or go online at { $portal-url }.
    .question = Where and how do I ask for information?
    .spoken = Under the amended Law on Access to Information, in force from { $effective-from }, you can request information in one of three ways: in person at the agency or unit; by post; or online, by email, on web portals, on the National Public Service Portal, or through mobile apps. In { $commune } commune, go to { $agency }, the commune People's Committee, or visit the Access to Information section of the { $province } provincial web portal.
    .easy =
        You have 3 ways to ask for information:
        1. Go to the agency or unit and ask.
        2. Send a letter by post.
        3. Ask online: by email, on web portals, or through apps on your phone.
        In { $commune } commune, you go to { $agency }.
        You can also look online: { $portal-url }
        This is a rule of the amended law, in force from { $effective-from }.

# Basis: amended Law on Access to Information. Variables: $effective-from
qa-photo = Yes. Under the amended Law on Access to Information, in force from { $effective-from }, when you make a request at the agency or unit, you may photograph documents with your own phone, unless another law provides otherwise.
    .question = May I take photos of documents?
    .easy =
        Yes.
        When you ask at the agency or unit, you may take photos of documents with your own phone.
        Unless another law says otherwise.
        This is a rule of the amended law, in force from { $effective-from }.

# Basis: 2016 law, Article 31 (requests by post or fax). Use only the Art. 31 figures: no other figure has a source.
qa-deadline =
    The 2016 Law on Access to Information (Article 31) sets these time limits for requests sent by post or fax:
    - Simple information that is already available: the agency must provide it within 5 working days of receiving a valid request.
    - Complex information: within 3 working days, the agency must tell you in writing how long it will take. Within 15 working days, it must provide the information or refuse in writing. If it needs more time, it may extend by at most 15 days.
    This is a rule of the 2016 law. The amended law took effect on 1 September 2026, and its time limits may differ. Ask the commune staff which time limits apply now.
    .question = How long until I receive the information?
    .easy =
        These are the time limits when you send a request by post or fax.
        Simple information that is ready: the agency gives it within 5 working days at the latest, from the day it gets a valid request.
        Complex information: within 3 working days, the agency tells you in writing when it will answer.
        Within 15 working days at the latest, the agency gives the information or refuses in writing.
        If it needs more time, the agency may take at most 15 more days.
        This is a rule of the 2016 law.
        The amended law took effect on 1 September 2026.
        The time limits may differ now.
        Ask the commune staff which time limits apply.

# Basis: 2016 law, Article 12; amended Law on Access to Information.
qa-cost = Information is provided free of charge. The amended law, in force from 1 September 2026, keeps this rule. Under the 2016 Law on Access to Information (Article 12), you pay no fees or charges, unless another law provides otherwise; the requester pays only the actual cost of printing, copying, photographing and sending the information. This is a rule of the 2016 law, and the new rules on costs may differ. Ask the commune staff.
    .question = Does it cost money to ask for information?
    .easy =
        Information is provided free of charge.
        The amended law, in force from 1 September 2026, keeps this rule.
        You pay no fees or charges, unless another law says so.
        You only pay the real cost of printing, copying, photographing and sending the information.
        This is a rule of the 2016 law.
        The new rules on costs may differ.
        Ask the commune staff.

# Basis: 2016 law, Article 9(1).
qa-commune = Under the 2016 Law on Access to Information (Article 9), the commune People's Committee provides the information it creates, and the information it receives in order to carry out its own functions, tasks and powers. This is a rule of the 2016 law. The amended law took effect on 1 September 2026, and its rules may differ. Ask the commune staff.
    .question = What information must the commune People's Committee provide?
    .easy =
        The commune People's Committee gives the information it creates.
        It also gives the information it receives to do its own work.
        This is a rule of the 2016 law.
        The amended law took effect on 1 September 2026.
        Its rules may differ.
        Ask the commune staff.

# Basis: amended Law on Access to Information. Variables: $effective-from
qa-providers = Yes. From { $effective-from }, under the amended Law on Access to Information, public non-business units providing basic, essential public services must also ensure citizens' right of access to information.
    .question = Besides state agencies, must anyone else provide information?
    .easy =
        Yes.
        From { $effective-from }, public units that give essential services must also tell you information.
        This is a rule of the amended law.

# Basis: Decree 13/2018/NĐ-CP, Article 3 (guiding the 2016 law).
qa-disability =
    Decree No. 13/2018/NĐ-CP (Article 3), which guides the 2016 Law on Access to Information, provides that:
    - information on the daily life, living conditions, production and business of people with disabilities must be published in forms convenient for them;
    - web portals have functions that assist people with disabilities;
    - staff help people with disabilities fill in the request form.
    This decree guides the 2016 law. The amended law took effect on 1 September 2026, and its rules may differ. Ask the commune staff.
    .question = What help do people with disabilities get?
    .spoken = Government Decree number 13 of 2018, Article 3, which guides the 2016 Law on Access to Information, provides that: information on the daily life, living conditions, production and business of people with disabilities must be published in forms convenient for them; web portals have functions that assist people with disabilities; and staff help people with disabilities fill in the request form. This decree guides the 2016 law. The amended law took effect on 1 September 2026, and its rules may differ. Ask the commune staff.
    .easy =
        Decree No. 13/2018/NĐ-CP says:
        Information about the life, work and business of people with disabilities must be made public in a way they can use easily.
        Web portals have functions that help people with disabilities.
        Staff help people with disabilities fill in the form to request information.
        This decree guides the 2016 law.
        The amended law took effect on 1 September 2026.
        Its rules may differ.
        Ask the commune staff.

# Basis: 2016 law, Articles 6 and 7.
qa-not-accessible = Yes. Under the 2016 Law on Access to Information, citizens may not access state secrets and some other kinds of information listed in Article 6. Some information may be accessed only under conditions (Article 7): business secrets, and secrets of private life, personal secrets and family secrets, may be accessed only with the consent of the person concerned. This is a rule of the 2016 law. The amended law took effect on 1 September 2026, and its rules may differ. Ask the commune staff.
    .question = Is there information that may not be accessed?
    .easy =
        Yes.
        You may not see state secrets and some other kinds of information.
        Business secrets, private life, personal secrets and family secrets may be seen only if the person concerned agrees.
        This is a rule of the 2016 law.
        The amended law took effect on 1 September 2026.
        Its rules may differ.
        Ask the commune staff.

## Law excerpts (value = the excerpt, .cite = its source, .spoken = read aloud with its source)

# Article 2(3) of the 2016 law. Variables: $law (law number)
excerpt-art2 = “Access to information means reading, viewing, listening to, recording, copying or photographing information.”
    .cite = Article 2(3), Law on Access to Information No. { $law } (2016), unofficial translation
    .spoken = Article 2, clause 3, of the 2016 Law on Access to Information says: access to information means reading, viewing, listening to, recording, copying or photographing information.

# Article 9(1) of the 2016 law; the end of the sentence is left out. Variables: $law
excerpt-art9 = “The commune-level People's Committee shall provide information it creates and information it receives in order to directly perform its functions, tasks and powers, except in the cases specified in […]”
    .cite = Article 9(1), Law on Access to Information No. { $law } (2016), unofficial translation
    .spoken = Article 9, clause 1, of the 2016 Law on Access to Information says: the commune-level People's Committee shall provide information it creates and information it receives in order to directly perform its functions, tasks and powers, except in some cases set by law.

# Article 31(1) and (2) of the 2016 law (requests by post or fax). Variables: $law
excerpt-art31 =
    “1. For simple information that is available and can be provided at once, the requested agency shall provide the information within 05 working days of receiving a valid request at the latest.
    2. For complex information that is not available and must be gathered from the agency's departments, or information that requires the opinion of other agencies, organisations or units, the requested agency shall notify in writing the time limit for handling the request within 03 working days of receiving a valid request at the latest. Within 15 working days of receiving a valid request at the latest, the requested agency shall provide the information or give written notice refusing to provide it.
    If the requested agency needs more time to consider, search, gather, copy or handle the request, it may extend the time limit by no more than 15 days and shall give written notice of the extension within the time limit for providing the information.”
    .cite = Article 31 (provision of information by post or fax), Law on Access to Information No. { $law } (2016), unofficial translation
    .spoken = Article 31 of the 2016 Law on Access to Information covers requests sent by post or fax. Simple information that is available and can be provided at once must be provided within 5 working days of receiving a valid request at the latest. For complex information, the agency must give written notice of the time limit within 3 working days, and within 15 working days at the latest it must provide the information or refuse in writing. If it needs more time, it may extend by no more than 15 days.

## Handbook chapters

ch-who = Who may ask, and whom to ask?
ch-how = How to ask, how long it takes, and what it costs
ch-what = What information can you see?

## Glossary (value = the term, .definition = its meaning)

# Basis: Article 2(1) of the 2016 law.
term-information = Information
    .definition = News and data contained in existing documents, records and files created by state agencies. It may be written, printed or electronic, or a picture, photo, drawing, tape, disc, video or audio recording, or another form (Article 2(1) of the 2016 Law on Access to Information).

# Basis: Article 2(3) of the 2016 law.
term-access = Access to information
    .definition = Reading, viewing, listening to, recording, copying or photographing information (Article 2(3) of the 2016 Law on Access to Information).

# Basis: 2016 law (under-18s request through a legal representative).
term-representative = Legal representative
    .definition = A person whom the law allows to act for someone else. Under the 2016 Law on Access to Information, a person under 18 requests information through their legal representative.

term-commune-committee = Commune People's Committee
    .definition = The state administrative body of the commune. It is the place closest to people for asking for information.

# Basis: amended Law on Access to Information. Variables: $effective-from
term-public-service-unit = Public non-business unit
    .definition = A public organisation that provides public services to people. From { $effective-from }, units providing basic, essential public services must ensure citizens' right of access to information (under the amended Law on Access to Information).
