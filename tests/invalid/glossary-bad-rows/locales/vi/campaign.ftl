title = Tiếp cận thông tin ở tỉnh { $province }
headline = Bạn có quyền được biết
commune-provides = Ủy ban nhân dân xã cung cấp thông tin do mình tạo ra (Điều { $article }, Luật số { $law }).
qa-cost = Thông tin được cung cấp miễn phí.
    .question = Có phải trả tiền không?
