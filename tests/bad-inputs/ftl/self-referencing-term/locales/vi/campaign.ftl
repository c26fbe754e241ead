-org = Ủy ban { -org }
title = T { $province }
headline = { -org }
commune-provides = { $article } { $law }
qa-cost = Q
    .question = Q?
