### Chiến dịch “Quyền tiếp cận thông tin” — tiếng Việt, ngôn ngữ gốc.
### Mỗi dòng: mã = lời. Thuộc tính: .spoken = lời phát thanh viên đọc (viết đầy đủ, không viết tắt);
### .easy = bản dễ đọc (câu ngắn, mỗi câu một ý); .question = câu hỏi; .definition = giải thích từ ngữ.
### Biến của chiến dịch: $province, $commune, $agency, $address, $hotline, $portal-url.
### Thông điệp gắn với một thông tin pháp lý còn dùng được: $law, $article, $effective-from, $valid-until.

## Tiêu đề

# Biến: $commune, $province
campaign-title = Quyền tiếp cận thông tin ở xã { $commune }, tỉnh { $province }

headline = Bạn có quyền được biết
    .easy = Bạn có quyền được biết thông tin.

logo-alt = Biểu trưng chiến dịch: chiếc loa và chữ “i” chỉ thông tin

## Hình minh họa của bản dễ đọc (lời mô tả cho người khiếm thị)

picture-right-alt = Hình vẽ: một người cầm tờ giấy
picture-office-alt = Hình vẽ: trụ sở Ủy ban nhân dân xã
picture-ways-alt = Hình vẽ: một lá thư và một điện thoại
picture-free-alt = Hình vẽ: đồng tiền trong biển cấm màu đỏ
picture-photo-alt = Hình vẽ: điện thoại chụp ảnh tờ giấy
picture-providers-alt = Hình vẽ: một tòa nhà công có hình trái tim
picture-people-alt = Hình vẽ: một người lớn và một trẻ em
picture-foreigner-alt = Hình vẽ: một người đứng cạnh quả địa cầu
picture-deadline-alt = Hình vẽ: tờ lịch và đồng hồ
picture-disability-alt = Hình vẽ: người ngồi xe lăn và người giúp đỡ
picture-secret-alt = Hình vẽ: tờ giấy có ổ khóa
picture-ask-alt = Hình vẽ: khung lời nói có dấu hỏi

## Ý chính (áp phích, tờ gấp, phát thanh, video)

# Căn cứ: Luật Tiếp cận thông tin (sửa đổi), hiệu lực từ ngày 1/9/2026.
point-right = Mọi công dân đều có quyền tiếp cận thông tin của cơ quan nhà nước.
    .easy = Bạn có quyền hỏi thông tin.

# Căn cứ: Luật Tiếp cận thông tin (sửa đổi).
point-where = Bạn có thể yêu cầu cung cấp thông tin trực tiếp tại cơ quan, qua bưu điện hoặc qua mạng: thư điện tử, cổng thông tin điện tử, Cổng Dịch vụ công quốc gia, ứng dụng trên điện thoại.
    .easy =
        Bạn có thể đến cơ quan để hỏi.
        Bạn có thể gửi thư qua bưu điện.
        Bạn có thể hỏi qua mạng.

# Căn cứ: Luật Tiếp cận thông tin (sửa đổi).
point-free = Thông tin được cung cấp miễn phí.
    .easy = Bạn không phải trả phí để được cung cấp thông tin.

# Căn cứ: Luật Tiếp cận thông tin (sửa đổi).
point-photo = Khi đến hỏi tại cơ quan, bạn được dùng điện thoại của mình để chụp tài liệu.
    .easy = Bạn được chụp tài liệu bằng điện thoại.

# Căn cứ: Luật Tiếp cận thông tin (sửa đổi). Biến: $effective-from (ngày luật có hiệu lực)
point-providers = Từ { $effective-from }, các đơn vị sự nghiệp công lập cung cấp dịch vụ sự nghiệp công cơ bản, thiết yếu cũng có trách nhiệm bảo đảm quyền tiếp cận thông tin của công dân.
    .easy = Từ { $effective-from }, đơn vị công lập làm dịch vụ thiết yếu cũng phải cho bạn biết thông tin.

## Lời kêu gọi

# Biến: $agency, $address, $hotline, $portal-url; .spoken dùng thêm $province
call-to-action =
    Cần thông tin? Hãy hỏi { $agency }.
    Địa chỉ: { $address }
    Điện thoại: { $hotline }
    Trên mạng: { $portal-url }
    .spoken = Cần thông tin, bà con hãy hỏi { $agency }, địa chỉ { $address }, hoặc gọi số điện thoại { $hotline }. Bà con cũng có thể vào chuyên mục Tiếp cận thông tin trên Cổng thông tin điện tử tỉnh { $province }.
    .easy =
        Bạn cần thông tin?
        Hãy hỏi { $agency }.
        Địa chỉ: { $address }
        Điện thoại: { $hotline }
        Trên mạng: { $portal-url }

## Phát thanh

# Biến: $commune
radio-intro = Kính thưa bà con xã { $commune }! Sau đây là chuyên mục tìm hiểu Luật Tiếp cận thông tin.

radio-outro = Bà con vừa nghe chuyên mục tìm hiểu Luật Tiếp cận thông tin. Xin cảm ơn bà con đã lắng nghe.

## Hỏi — đáp (lời = câu trả lời, .question = câu hỏi)
## Câu trả lời dựa trên Luật năm 2016 phải nói rõ điều đó, và nhắc rằng Luật sửa đổi có hiệu lực từ ngày 1/9/2026.

# Căn cứ: Luật năm 2016 (người thực hiện quyền tiếp cận thông tin).
qa-who = Theo Luật Tiếp cận thông tin năm 2016, mọi công dân đều có quyền yêu cầu cung cấp thông tin. Người dưới 18 tuổi yêu cầu thông qua người đại diện theo pháp luật. Người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi yêu cầu thông qua người đại diện hoặc người giám hộ. Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
    .question = Ai được yêu cầu cung cấp thông tin?
    .easy =
        Mọi công dân đều được hỏi thông tin.
        Người dưới 18 tuổi hỏi qua người đại diện theo pháp luật.
        Người có khó khăn trong nhận thức, làm chủ hành vi hỏi qua người đại diện hoặc người giám hộ.
        Đây là quy định của Luật năm 2016.
        Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026.
        Quy định mới có thể khác.
        Hãy hỏi cán bộ xã.

# Căn cứ: Luật năm 2016, khoản 1 Điều 36.
qa-foreigners = Có. Theo Luật Tiếp cận thông tin năm 2016 (Điều 36), người nước ngoài cư trú tại Việt Nam có quyền yêu cầu cung cấp thông tin liên quan trực tiếp đến quyền và nghĩa vụ của họ. Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
    .question = Người nước ngoài sống ở Việt Nam có được yêu cầu cung cấp thông tin không?
    .easy =
        Có.
        Người nước ngoài sống ở Việt Nam được hỏi thông tin liên quan trực tiếp đến quyền và nghĩa vụ của họ.
        Đây là quy định của Luật năm 2016.
        Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026.
        Quy định mới có thể khác.
        Hãy hỏi cán bộ xã.

# Căn cứ: Luật Tiếp cận thông tin (sửa đổi).
# Biến: $effective-from, $commune, $agency, $portal-url; .spoken dùng $province thay cho địa chỉ trang mạng
qa-where =
    Theo Luật Tiếp cận thông tin (sửa đổi), có hiệu lực từ { $effective-from }, bạn có thể yêu cầu cung cấp thông tin theo một trong ba cách:
    - đến trực tiếp cơ quan, đơn vị;
    - gửi qua bưu điện;
    - gửi qua mạng: thư điện tử, cổng thông tin điện tử, Cổng Dịch vụ công quốc gia, ứng dụng trên điện thoại.
    Ở xã { $commune }, bạn đến { $agency }, hoặc xem trên mạng tại { $portal-url }.
    .question = Tôi hỏi thông tin ở đâu, bằng cách nào?
    .spoken = Theo Luật Tiếp cận thông tin sửa đổi, có hiệu lực từ { $effective-from }, bà con có thể yêu cầu cung cấp thông tin theo một trong ba cách: đến trực tiếp cơ quan, đơn vị; gửi qua bưu điện; hoặc gửi qua mạng, như thư điện tử, cổng thông tin điện tử, Cổng Dịch vụ công quốc gia, ứng dụng trên điện thoại. Ở xã { $commune }, bà con đến { $agency }, hoặc vào chuyên mục Tiếp cận thông tin trên Cổng thông tin điện tử tỉnh { $province }.
    .easy =
        Bạn có 3 cách để hỏi thông tin:
        1. Đến cơ quan, đơn vị để hỏi.
        2. Gửi thư qua bưu điện.
        3. Hỏi qua mạng: thư điện tử, cổng thông tin điện tử, ứng dụng trên điện thoại.
        Ở xã { $commune }, bạn đến { $agency }.
        Bạn cũng có thể xem trên mạng: { $portal-url }
        Đây là quy định của Luật sửa đổi, có hiệu lực từ { $effective-from }.

# Căn cứ: Luật Tiếp cận thông tin (sửa đổi). Biến: $effective-from
qa-photo = Được. Theo Luật Tiếp cận thông tin (sửa đổi), có hiệu lực từ { $effective-from }, khi đến yêu cầu tại cơ quan, đơn vị, bạn được dùng điện thoại của mình để chụp tài liệu, trừ khi luật khác có quy định khác.
    .question = Tôi có được chụp ảnh tài liệu không?
    .easy =
        Được.
        Khi đến hỏi tại cơ quan, đơn vị, bạn được chụp tài liệu bằng điện thoại của mình.
        Trừ khi luật khác có quy định khác.
        Đây là quy định của Luật sửa đổi, có hiệu lực từ { $effective-from }.

# Căn cứ: Luật năm 2016, Điều 31 (yêu cầu qua bưu điện, fax). Chỉ dùng các con số của Điều 31; không có nguồn cho con số nào khác.
qa-deadline =
    Luật Tiếp cận thông tin năm 2016 (Điều 31) quy định thời hạn khi bạn gửi yêu cầu qua bưu điện hoặc fax:
    - Thông tin đơn giản, có sẵn: cơ quan phải cung cấp chậm nhất 5 ngày làm việc, kể từ ngày nhận được yêu cầu hợp lệ.
    - Thông tin phức tạp: trong 3 ngày làm việc, cơ quan phải báo bằng văn bản thời hạn trả lời. Chậm nhất 15 ngày làm việc, cơ quan phải cung cấp thông tin hoặc báo từ chối bằng văn bản. Nếu cần thêm thời gian, cơ quan được gia hạn tối đa 15 ngày.
    Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; thời hạn mới có thể khác. Hãy hỏi cán bộ xã thời hạn đang áp dụng.
    .question = Bao lâu thì tôi nhận được thông tin?
    .easy =
        Đây là thời hạn khi bạn gửi yêu cầu qua bưu điện hoặc fax.
        Thông tin đơn giản, có sẵn: cơ quan cung cấp chậm nhất 5 ngày làm việc, kể từ ngày nhận được yêu cầu hợp lệ.
        Thông tin phức tạp: trong 3 ngày làm việc, cơ quan báo bằng văn bản khi nào trả lời.
        Chậm nhất 15 ngày làm việc, cơ quan cung cấp thông tin hoặc báo từ chối bằng văn bản.
        Nếu cần thêm thời gian, cơ quan được gia hạn nhiều nhất 15 ngày.
        Đây là quy định của Luật năm 2016.
        Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026.
        Thời hạn mới có thể khác.
        Hãy hỏi cán bộ xã thời hạn đang áp dụng.

# Căn cứ: Luật năm 2016, Điều 12; Luật Tiếp cận thông tin (sửa đổi).
qa-cost = Thông tin được cung cấp miễn phí. Luật sửa đổi, có hiệu lực từ ngày 1 tháng 9 năm 2026, vẫn giữ quy định này. Theo Luật Tiếp cận thông tin năm 2016 (Điều 12), bạn không phải trả phí, lệ phí, trừ khi luật khác có quy định; người yêu cầu chỉ trả chi phí thực tế để in, sao, chụp, gửi thông tin. Đây là quy định của Luật năm 2016; quy định mới về chi phí có thể khác. Hãy hỏi cán bộ xã.
    .question = Hỏi thông tin có mất tiền không?
    .easy =
        Thông tin được cung cấp miễn phí.
        Luật sửa đổi, có hiệu lực từ ngày 1 tháng 9 năm 2026, vẫn giữ quy định này.
        Bạn không phải trả phí, lệ phí, trừ khi luật khác có quy định.
        Bạn chỉ trả chi phí thật để in, sao, chụp, gửi thông tin.
        Đây là quy định của Luật năm 2016.
        Quy định mới về chi phí có thể khác.
        Hãy hỏi cán bộ xã.

# Căn cứ: Luật năm 2016, khoản 1 Điều 9.
qa-commune = Theo Luật Tiếp cận thông tin năm 2016 (Điều 9), Ủy ban nhân dân xã cung cấp thông tin do mình tạo ra, và thông tin do mình nhận được để trực tiếp thực hiện chức năng, nhiệm vụ, quyền hạn của mình. Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
    .question = Ủy ban nhân dân xã phải cung cấp những thông tin nào?
    .easy =
        Ủy ban nhân dân xã cung cấp thông tin do xã tạo ra.
        Xã cũng cung cấp thông tin xã nhận được để làm nhiệm vụ của mình.
        Đây là quy định của Luật năm 2016.
        Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026.
        Quy định mới có thể khác.
        Hãy hỏi cán bộ xã.

# Căn cứ: Luật Tiếp cận thông tin (sửa đổi). Biến: $effective-from
qa-providers = Có. Từ { $effective-from }, theo Luật Tiếp cận thông tin (sửa đổi), các đơn vị sự nghiệp công lập cung cấp dịch vụ sự nghiệp công cơ bản, thiết yếu cũng có trách nhiệm bảo đảm quyền tiếp cận thông tin của công dân.
    .question = Ngoài cơ quan nhà nước, còn nơi nào phải cung cấp thông tin không?
    .easy =
        Có.
        Từ { $effective-from }, đơn vị công lập làm dịch vụ thiết yếu cũng phải cho bạn biết thông tin.
        Đây là quy định của Luật sửa đổi.

# Căn cứ: Nghị định 13/2018/NĐ-CP, Điều 3 (hướng dẫn Luật năm 2016).
qa-disability =
    Nghị định số 13/2018/NĐ-CP (Điều 3), hướng dẫn Luật Tiếp cận thông tin năm 2016, quy định:
    - thông tin về đời sống, sinh hoạt, sản xuất, kinh doanh của người khuyết tật phải được công bố bằng hình thức thuận tiện cho người khuyết tật;
    - cổng thông tin điện tử có chức năng hỗ trợ người khuyết tật;
    - cán bộ giúp người khuyết tật điền phiếu yêu cầu cung cấp thông tin.
    Nghị định này hướng dẫn Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
    .question = Người khuyết tật được hỗ trợ như thế nào?
    .spoken = Nghị định số 13 năm 2018 của Chính phủ, Điều 3, hướng dẫn Luật Tiếp cận thông tin năm 2016, quy định: thông tin về đời sống, sinh hoạt, sản xuất, kinh doanh của người khuyết tật phải được công bố bằng hình thức thuận tiện cho người khuyết tật; cổng thông tin điện tử có chức năng hỗ trợ người khuyết tật; cán bộ giúp người khuyết tật điền phiếu yêu cầu cung cấp thông tin. Nghị định này hướng dẫn Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Bà con hãy hỏi cán bộ xã.
    .easy =
        Nghị định số 13/2018/NĐ-CP quy định:
        Thông tin về đời sống, sản xuất, kinh doanh của người khuyết tật phải được đưa ra theo cách người khuyết tật dùng được dễ dàng.
        Cổng thông tin điện tử có chức năng hỗ trợ người khuyết tật.
        Cán bộ giúp người khuyết tật điền phiếu yêu cầu cung cấp thông tin.
        Nghị định này hướng dẫn Luật năm 2016.
        Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026.
        Quy định mới có thể khác.
        Hãy hỏi cán bộ xã.

# Căn cứ: Luật năm 2016, Điều 6 và Điều 7.
qa-not-accessible = Có. Theo Luật Tiếp cận thông tin năm 2016, công dân không được tiếp cận thông tin thuộc bí mật nhà nước và một số loại thông tin khác do Điều 6 quy định. Một số thông tin chỉ được tiếp cận khi có điều kiện (Điều 7): thông tin về bí mật kinh doanh, bí mật đời sống riêng tư, bí mật cá nhân, bí mật gia đình chỉ được tiếp cận khi người có liên quan đồng ý. Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
    .question = Có thông tin nào không được tiếp cận không?
    .easy =
        Có.
        Bạn không được xem thông tin thuộc bí mật nhà nước và một số loại thông tin khác.
        Thông tin về bí mật kinh doanh, đời sống riêng tư, bí mật cá nhân, bí mật gia đình chỉ được xem khi người có liên quan đồng ý.
        Đây là quy định của Luật năm 2016.
        Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026.
        Quy định mới có thể khác.
        Hãy hỏi cán bộ xã.

## Trích dẫn luật (lời = đoạn trích nguyên văn, .cite = nguồn, .spoken = lời đọc kèm nguồn)

# Trích khoản 3 Điều 2 Luật năm 2016. Biến: $law (số hiệu luật)
excerpt-art2 = “Tiếp cận thông tin là việc đọc, xem, nghe, ghi chép, sao chép, chụp thông tin.”
    .cite = Khoản 3 Điều 2, Luật Tiếp cận thông tin năm 2016 (số { $law })
    .spoken = Khoản 3 Điều 2 Luật Tiếp cận thông tin năm 2016 quy định: Tiếp cận thông tin là việc đọc, xem, nghe, ghi chép, sao chép, chụp thông tin.

# Trích khoản 1 Điều 9 Luật năm 2016 (phần sau của câu được lược bỏ). Biến: $law
excerpt-art9 = “Ủy ban nhân dân cấp xã có trách nhiệm cung cấp thông tin do mình tạo ra và thông tin do mình nhận được để trực tiếp thực hiện chức năng, nhiệm vụ, quyền hạn của mình, trừ trường hợp quy định tại […]”
    .cite = Khoản 1 Điều 9, Luật Tiếp cận thông tin năm 2016 (số { $law })
    .spoken = Khoản 1 Điều 9 Luật Tiếp cận thông tin năm 2016 quy định: Ủy ban nhân dân cấp xã có trách nhiệm cung cấp thông tin do mình tạo ra và thông tin do mình nhận được để trực tiếp thực hiện chức năng, nhiệm vụ, quyền hạn của mình, trừ một số trường hợp luật quy định.

# Trích khoản 1 và 2 Điều 31 Luật năm 2016 (yêu cầu qua bưu điện, fax). Biến: $law
excerpt-art31 =
    “1. Đối với thông tin đơn giản, có sẵn có thể cung cấp ngay thì chậm nhất là 05 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin.
    2. Đối với thông tin phức tạp, không có sẵn mà cần tập hợp từ các bộ phận của cơ quan đó hoặc thông tin cần thiết phải có ý kiến của cơ quan, tổ chức, đơn vị khác thì chậm nhất là 03 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải thông báo bằng văn bản về thời hạn giải quyết yêu cầu cung cấp thông tin. Chậm nhất là 15 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin hoặc có văn bản thông báo từ chối cung cấp thông tin.
    Trường hợp cơ quan được yêu cầu cần thêm thời gian để xem xét, tìm kiếm, tập hợp, sao chép, giải quyết yêu cầu cung cấp thông tin thì có thể gia hạn nhưng tối đa không quá 15 ngày và phải có văn bản thông báo về việc gia hạn trong thời hạn cung cấp thông tin.”
    .cite = Điều 31 (cung cấp thông tin qua dịch vụ bưu chính, fax), Luật Tiếp cận thông tin năm 2016 (số { $law })
    .spoken = Điều 31 Luật Tiếp cận thông tin năm 2016 quy định về yêu cầu gửi qua bưu điện, fax. Thông tin đơn giản, có sẵn, có thể cung cấp ngay thì chậm nhất là 5 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin. Thông tin phức tạp thì chậm nhất là 3 ngày làm việc, cơ quan phải thông báo bằng văn bản về thời hạn giải quyết; chậm nhất là 15 ngày làm việc, cơ quan phải cung cấp thông tin hoặc có văn bản từ chối. Nếu cần thêm thời gian, cơ quan có thể gia hạn, nhưng tối đa không quá 15 ngày.

## Chương của sổ tay

ch-who = Ai được hỏi, và hỏi ai?
ch-how = Hỏi thế nào, bao lâu, có mất tiền không?
ch-what = Được xem những thông tin nào?

## Giải thích từ ngữ (lời = từ ngữ, .definition = nghĩa)

# Căn cứ: khoản 1 Điều 2 Luật năm 2016.
term-information = Thông tin
    .definition = Tin, dữ liệu có trong văn bản, hồ sơ, tài liệu có sẵn, do cơ quan nhà nước tạo ra. Thông tin có thể là bản viết, bản in, bản điện tử, tranh, ảnh, bản vẽ, băng, đĩa, bản ghi hình, ghi âm hoặc dạng khác (theo khoản 1 Điều 2 Luật Tiếp cận thông tin năm 2016).

# Căn cứ: khoản 3 Điều 2 Luật năm 2016.
term-access = Tiếp cận thông tin
    .definition = Đọc, xem, nghe, ghi chép, sao chép, chụp thông tin (theo khoản 3 Điều 2 Luật Tiếp cận thông tin năm 2016).

# Căn cứ: Luật năm 2016 (người dưới 18 tuổi yêu cầu thông qua người đại diện theo pháp luật).
term-representative = Người đại diện theo pháp luật
    .definition = Người được pháp luật cho phép thay mặt người khác. Theo Luật Tiếp cận thông tin năm 2016, người dưới 18 tuổi yêu cầu cung cấp thông tin thông qua người đại diện theo pháp luật.

term-commune-committee = Ủy ban nhân dân xã
    .definition = Cơ quan hành chính nhà nước ở xã. Đây là nơi gần dân nhất để hỏi thông tin.

# Căn cứ: Luật Tiếp cận thông tin (sửa đổi). Biến: $effective-from
term-public-service-unit = Đơn vị sự nghiệp công lập
    .definition = Tổ chức công lập cung cấp dịch vụ công cho người dân. Từ { $effective-from }, đơn vị cung cấp dịch vụ sự nghiệp công cơ bản, thiết yếu có trách nhiệm bảo đảm quyền tiếp cận thông tin của công dân (theo Luật Tiếp cận thông tin sửa đổi).
