title = Tiếp cận thông tin ở tỉnh { $province }
headline = Bạn có quyền được biết
commune-provides = Ủy ban nhân dân xã cung cấp thông tin do mình tạo ra (hiệu lực đến { $valid-until }).
qa-cost = Thông tin được cung cấp miễn phí.
    .question = Có phải trả tiền không?
