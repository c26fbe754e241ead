title = Access to information in { $province } province
headline = You have the right to know
commune-provides = The commune People's Committee provides the information it creates (Article { $article }, Law No. { $law }).
qa-cost = Information is provided free of charge.
    .question = Do I have to pay?
