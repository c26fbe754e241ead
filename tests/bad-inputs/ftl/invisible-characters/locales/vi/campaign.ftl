title = T { $province }
headline = Bạn​ có‮ quyền⁦ biết
commune-provides = { $article } { $law }
qa-cost = Q
    .question = Q?
