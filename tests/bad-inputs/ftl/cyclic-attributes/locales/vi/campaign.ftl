title = T { $province }
headline = H
commune-provides = { $article } { $law }
qa-cost = { qa-cost.question }
    .question = { qa-cost }
