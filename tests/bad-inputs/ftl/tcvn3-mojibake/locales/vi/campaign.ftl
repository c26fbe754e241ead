title = T { $province }
headline = B¹n cã quyÒn ®­îc biÕt
commune-provides = { $article } { $law }
qa-cost = Q
    .question = Q?
