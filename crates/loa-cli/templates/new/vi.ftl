### Thông điệp của chiến dịch (tiếng Việt, ngôn ngữ gốc).
### Campaign messages (Vietnamese, the reference). Each line: id = text.

campaign-title = Quyền tiếp cận thông tin ở xã { $commune }
headline = Bạn có quyền được biết
# Biến / variables: $law, $article — từ mục [facts.lati-art9] / from [facts.lati-art9]
commune-provides = Ủy ban nhân dân xã cung cấp thông tin do mình tạo ra (Điều { $article }, Luật số { $law }).
where-to-ask = Hỏi tại Ủy ban nhân dân xã { $commune }, tỉnh { $province }, hoặc gọi { $hotline }.
logo-alt = Biểu trưng của chiến dịch
