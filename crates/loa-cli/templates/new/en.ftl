### Campaign messages (English, for partners and donors).

campaign-title = The right to information in { $commune } commune
headline = You have the right to know
commune-provides = The commune People's Committee provides the information it creates (Article { $article }, Law No. { $law }).
where-to-ask = Ask at the { $commune } commune People's Committee, { $province } province, or call { $hotline }.
logo-alt = Campaign logo
