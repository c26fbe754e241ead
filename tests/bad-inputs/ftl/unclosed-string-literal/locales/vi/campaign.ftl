title = T { $province }
headline = { "Bạn có quyền
commune-provides = { $article } { $law }
qa-cost = Q
    .question = Q?
