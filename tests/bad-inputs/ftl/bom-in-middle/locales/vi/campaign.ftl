title = T { $province }
﻿headline = Bạn có quyền được biết
commune-provides = { $article } { $law }
qa-cost = Q
    .question = Q?
