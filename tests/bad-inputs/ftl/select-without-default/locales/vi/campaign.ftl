title = T { $province }
headline = { $province ->
    [a] A
    [b] B
}
commune-provides = { $article } { $law }
qa-cost = Q
    .question = Q?
