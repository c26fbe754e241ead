title = Tiếp cận thông tin ở tỉnh { $province }
headline = Mọi công dân đều có quyền yêu cầu cơ quan nhà nước cung cấp thông tin, trừ những thông tin không được tiếp cận theo luật định; Mọi công dân đều có quyền yêu cầu cơ quan nhà nước cung cấp thông tin, trừ những thông tin không được tiếp cận theo luật định; Mọi công dân đều có quyền yêu cầu cơ quan nhà nước cung cấp thông tin, trừ những thông tin không được tiếp cận theo luật định; Mọi công dân đều có quyền yêu cầu cơ quan nhà nước cung cấp thông tin, trừ những thông tin không được tiếp cận theo luật định;
commune-provides = Ủy ban nhân dân xã cung cấp thông tin do mình tạo ra (Điều { $article }, Luật số { $law }).
qa-cost = Thông tin được cung cấp miễn phí.
    .question = Có phải trả tiền không?
