title = T { $province }
headline = { commune-provides }
commune-provides = { headline } { $article } { $law }
qa-cost = Q
    .question = Q?
