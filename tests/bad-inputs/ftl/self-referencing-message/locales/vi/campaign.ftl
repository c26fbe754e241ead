title = T { $province }
headline = Bạn { headline }
commune-provides = { $article } { $law }
qa-cost = Q
    .question = Q?
