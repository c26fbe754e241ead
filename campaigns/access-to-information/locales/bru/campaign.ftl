### bru translation of the campaign, started by `loa l10n skeleton`.
### Each message below still holds the vi text. Write the bru text after `=`,
### keep `{ $variables }` and ids as they are, then delete the `# TODO(loa): untranslated` line.

# vi: campaign-title = Quyền tiếp cận thông tin ở xã { $commune }, tỉnh { $province }
# TODO(loa): untranslated
campaign-title = Quyền tiếp cận thông tin ở xã { $commune }, tỉnh { $province }

# vi: headline = Bạn có quyền được biết
# TODO(loa): untranslated
headline = Bạn có quyền được biết

# vi: logo-alt = Biểu trưng chiến dịch: chiếc loa và chữ “i” chỉ thông tin
# TODO(loa): untranslated
logo-alt = Biểu trưng chiến dịch: chiếc loa và chữ “i” chỉ thông tin

# vi: point-right = Mọi công dân đều có quyền tiếp cận thông tin của cơ quan nhà nước.
# vi:     .easy = Bạn có quyền hỏi thông tin.
# TODO(loa): untranslated
point-right = Mọi công dân đều có quyền tiếp cận thông tin của cơ quan nhà nước.
    .easy = Bạn có quyền hỏi thông tin.

# vi: point-where = Bạn có thể yêu cầu cung cấp thông tin trực tiếp tại cơ quan, qua bưu điện hoặc qua mạng: thư điện tử, cổng thông tin điện tử, Cổng Dịch vụ công quốc gia, ứng dụng trên điện thoại.
# vi:     .easy = Bạn có thể hỏi trực tiếp. Bạn có thể gửi thư. Bạn có thể hỏi qua mạng.
# TODO(loa): untranslated
point-where = Bạn có thể yêu cầu cung cấp thông tin trực tiếp tại cơ quan, qua bưu điện hoặc qua mạng: thư điện tử, cổng thông tin điện tử, Cổng Dịch vụ công quốc gia, ứng dụng trên điện thoại.
    .easy = Bạn có thể hỏi trực tiếp. Bạn có thể gửi thư. Bạn có thể hỏi qua mạng.

# vi: point-free = Thông tin được cung cấp miễn phí.
# vi:     .easy = Bạn không phải trả phí để được cung cấp thông tin.
# TODO(loa): untranslated
point-free = Thông tin được cung cấp miễn phí.
    .easy = Bạn không phải trả phí để được cung cấp thông tin.

# vi: point-photo = Khi đến hỏi tại cơ quan, bạn được dùng điện thoại của mình để chụp tài liệu.
# vi:     .easy = Bạn được chụp tài liệu bằng điện thoại.
# TODO(loa): untranslated
point-photo = Khi đến hỏi tại cơ quan, bạn được dùng điện thoại của mình để chụp tài liệu.
    .easy = Bạn được chụp tài liệu bằng điện thoại.

# vi: point-providers = Từ { $effective-from }, các đơn vị sự nghiệp công lập cung cấp dịch vụ sự nghiệp công cơ bản, thiết yếu cũng có trách nhiệm bảo đảm quyền tiếp cận thông tin của công dân.
# vi:     .easy = Từ { $effective-from }, đơn vị công lập làm dịch vụ thiết yếu cũng phải cho bạn biết thông tin.
# TODO(loa): untranslated
point-providers = Từ { $effective-from }, các đơn vị sự nghiệp công lập cung cấp dịch vụ sự nghiệp công cơ bản, thiết yếu cũng có trách nhiệm bảo đảm quyền tiếp cận thông tin của công dân.
    .easy = Từ { $effective-from }, đơn vị công lập làm dịch vụ thiết yếu cũng phải cho bạn biết thông tin.

# vi: call-to-action =
# vi:     Cần thông tin? Hãy hỏi { $agency }.
# vi:     Địa chỉ: { $address }
# vi:     Điện thoại: { $hotline }
# vi:     Trên mạng: { $portal-url }
# vi:     .spoken = Cần thông tin, bà con hãy hỏi { $agency }, địa chỉ { $address }, hoặc gọi số điện thoại { $hotline }. Bà con cũng có thể vào chuyên mục Tiếp cận thông tin trên Cổng thông tin điện tử tỉnh { $province }.
# TODO(loa): untranslated
call-to-action =
    Cần thông tin? Hãy hỏi { $agency }.
    Địa chỉ: { $address }
    Điện thoại: { $hotline }
    Trên mạng: { $portal-url }
    .spoken = Cần thông tin, bà con hãy hỏi { $agency }, địa chỉ { $address }, hoặc gọi số điện thoại { $hotline }. Bà con cũng có thể vào chuyên mục Tiếp cận thông tin trên Cổng thông tin điện tử tỉnh { $province }.

# vi: radio-intro = Kính thưa bà con xã { $commune }! Sau đây là chuyên mục tìm hiểu Luật Tiếp cận thông tin.
# TODO(loa): untranslated
radio-intro = Kính thưa bà con xã { $commune }! Sau đây là chuyên mục tìm hiểu Luật Tiếp cận thông tin.

# vi: radio-outro = Bà con vừa nghe chuyên mục tìm hiểu Luật Tiếp cận thông tin. Xin cảm ơn bà con đã lắng nghe.
# TODO(loa): untranslated
radio-outro = Bà con vừa nghe chuyên mục tìm hiểu Luật Tiếp cận thông tin. Xin cảm ơn bà con đã lắng nghe.

# vi: qa-who = Theo Luật Tiếp cận thông tin năm 2016, mọi công dân đều có quyền yêu cầu cung cấp thông tin. Người dưới 18 tuổi yêu cầu thông qua người đại diện theo pháp luật. Người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi yêu cầu thông qua người đại diện hoặc người giám hộ. Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
# vi:     .question = Ai được yêu cầu cung cấp thông tin?
# TODO(loa): untranslated
qa-who = Theo Luật Tiếp cận thông tin năm 2016, mọi công dân đều có quyền yêu cầu cung cấp thông tin. Người dưới 18 tuổi yêu cầu thông qua người đại diện theo pháp luật. Người mất năng lực hành vi dân sự, người có khó khăn trong nhận thức, làm chủ hành vi yêu cầu thông qua người đại diện hoặc người giám hộ. Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
    .question = Ai được yêu cầu cung cấp thông tin?

# vi: qa-foreigners = Có. Theo Luật Tiếp cận thông tin năm 2016 (Điều 36), người nước ngoài cư trú tại Việt Nam có quyền yêu cầu cung cấp thông tin liên quan trực tiếp đến quyền và nghĩa vụ của họ. Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
# vi:     .question = Người nước ngoài sống ở Việt Nam có được yêu cầu cung cấp thông tin không?
# TODO(loa): untranslated
qa-foreigners = Có. Theo Luật Tiếp cận thông tin năm 2016 (Điều 36), người nước ngoài cư trú tại Việt Nam có quyền yêu cầu cung cấp thông tin liên quan trực tiếp đến quyền và nghĩa vụ của họ. Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
    .question = Người nước ngoài sống ở Việt Nam có được yêu cầu cung cấp thông tin không?

# vi: qa-where =
# vi:     Theo Luật Tiếp cận thông tin (sửa đổi), có hiệu lực từ { $effective-from }, bạn có thể yêu cầu cung cấp thông tin theo một trong ba cách:
# vi:     - đến trực tiếp cơ quan, đơn vị;
# vi:     - gửi qua bưu điện;
# vi:     - gửi qua mạng: thư điện tử, cổng thông tin điện tử, Cổng Dịch vụ công quốc gia, ứng dụng trên điện thoại.
# vi:     Ở xã { $commune }, bạn đến { $agency }, hoặc xem trên mạng tại { $portal-url }.
# vi:     .question = Tôi hỏi thông tin ở đâu, bằng cách nào?
# vi:     .spoken = Theo Luật Tiếp cận thông tin sửa đổi, có hiệu lực từ { $effective-from }, bà con có thể yêu cầu cung cấp thông tin theo một trong ba cách: đến trực tiếp cơ quan, đơn vị; gửi qua bưu điện; hoặc gửi qua mạng, như thư điện tử, cổng thông tin điện tử, Cổng Dịch vụ công quốc gia, ứng dụng trên điện thoại. Ở xã { $commune }, bà con đến { $agency }, hoặc vào chuyên mục Tiếp cận thông tin trên Cổng thông tin điện tử tỉnh { $province }.
# TODO(loa): untranslated
qa-where =
    Theo Luật Tiếp cận thông tin (sửa đổi), có hiệu lực từ { $effective-from }, bạn có thể yêu cầu cung cấp thông tin theo một trong ba cách:
    - đến trực tiếp cơ quan, đơn vị;
    - gửi qua bưu điện;
    - gửi qua mạng: thư điện tử, cổng thông tin điện tử, Cổng Dịch vụ công quốc gia, ứng dụng trên điện thoại.
    Ở xã { $commune }, bạn đến { $agency }, hoặc xem trên mạng tại { $portal-url }.
    .question = Tôi hỏi thông tin ở đâu, bằng cách nào?
    .spoken = Theo Luật Tiếp cận thông tin sửa đổi, có hiệu lực từ { $effective-from }, bà con có thể yêu cầu cung cấp thông tin theo một trong ba cách: đến trực tiếp cơ quan, đơn vị; gửi qua bưu điện; hoặc gửi qua mạng, như thư điện tử, cổng thông tin điện tử, Cổng Dịch vụ công quốc gia, ứng dụng trên điện thoại. Ở xã { $commune }, bà con đến { $agency }, hoặc vào chuyên mục Tiếp cận thông tin trên Cổng thông tin điện tử tỉnh { $province }.

# vi: qa-photo = Được. Theo Luật Tiếp cận thông tin (sửa đổi), có hiệu lực từ { $effective-from }, khi đến yêu cầu tại cơ quan, đơn vị, bạn được dùng điện thoại của mình để chụp tài liệu, trừ khi luật khác có quy định khác.
# vi:     .question = Tôi có được chụp ảnh tài liệu không?
# TODO(loa): untranslated
qa-photo = Được. Theo Luật Tiếp cận thông tin (sửa đổi), có hiệu lực từ { $effective-from }, khi đến yêu cầu tại cơ quan, đơn vị, bạn được dùng điện thoại của mình để chụp tài liệu, trừ khi luật khác có quy định khác.
    .question = Tôi có được chụp ảnh tài liệu không?

# vi: qa-deadline =
# vi:     Luật Tiếp cận thông tin năm 2016 (Điều 31) quy định thời hạn khi bạn gửi yêu cầu qua bưu điện hoặc fax:
# vi:     - Thông tin đơn giản, có sẵn: cơ quan phải cung cấp chậm nhất 5 ngày làm việc, kể từ ngày nhận được yêu cầu hợp lệ.
# vi:     - Thông tin phức tạp: trong 3 ngày làm việc, cơ quan phải báo bằng văn bản thời hạn trả lời. Chậm nhất 15 ngày làm việc, cơ quan phải cung cấp thông tin hoặc báo từ chối bằng văn bản. Nếu cần thêm thời gian, cơ quan được gia hạn tối đa 15 ngày.
# vi:     Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; thời hạn mới có thể khác. Hãy hỏi cán bộ xã thời hạn đang áp dụng.
# vi:     .question = Bao lâu thì tôi nhận được thông tin?
# TODO(loa): untranslated
qa-deadline =
    Luật Tiếp cận thông tin năm 2016 (Điều 31) quy định thời hạn khi bạn gửi yêu cầu qua bưu điện hoặc fax:
    - Thông tin đơn giản, có sẵn: cơ quan phải cung cấp chậm nhất 5 ngày làm việc, kể từ ngày nhận được yêu cầu hợp lệ.
    - Thông tin phức tạp: trong 3 ngày làm việc, cơ quan phải báo bằng văn bản thời hạn trả lời. Chậm nhất 15 ngày làm việc, cơ quan phải cung cấp thông tin hoặc báo từ chối bằng văn bản. Nếu cần thêm thời gian, cơ quan được gia hạn tối đa 15 ngày.
    Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; thời hạn mới có thể khác. Hãy hỏi cán bộ xã thời hạn đang áp dụng.
    .question = Bao lâu thì tôi nhận được thông tin?

# vi: qa-cost = Thông tin được cung cấp miễn phí. Luật sửa đổi, có hiệu lực từ ngày 1 tháng 9 năm 2026, vẫn giữ quy định này. Theo Luật Tiếp cận thông tin năm 2016 (Điều 12), bạn không phải trả phí, lệ phí, trừ khi luật khác có quy định; người yêu cầu chỉ trả chi phí thực tế để in, sao, chụp, gửi thông tin. Đây là quy định của Luật năm 2016; quy định mới về chi phí có thể khác. Hãy hỏi cán bộ xã.
# vi:     .question = Hỏi thông tin có mất tiền không?
# TODO(loa): untranslated
qa-cost = Thông tin được cung cấp miễn phí. Luật sửa đổi, có hiệu lực từ ngày 1 tháng 9 năm 2026, vẫn giữ quy định này. Theo Luật Tiếp cận thông tin năm 2016 (Điều 12), bạn không phải trả phí, lệ phí, trừ khi luật khác có quy định; người yêu cầu chỉ trả chi phí thực tế để in, sao, chụp, gửi thông tin. Đây là quy định của Luật năm 2016; quy định mới về chi phí có thể khác. Hãy hỏi cán bộ xã.
    .question = Hỏi thông tin có mất tiền không?

# vi: qa-commune = Theo Luật Tiếp cận thông tin năm 2016 (Điều 9), Ủy ban nhân dân xã cung cấp thông tin do mình tạo ra, và thông tin do mình nhận được để trực tiếp thực hiện chức năng, nhiệm vụ, quyền hạn của mình. Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
# vi:     .question = Ủy ban nhân dân xã phải cung cấp những thông tin nào?
# TODO(loa): untranslated
qa-commune = Theo Luật Tiếp cận thông tin năm 2016 (Điều 9), Ủy ban nhân dân xã cung cấp thông tin do mình tạo ra, và thông tin do mình nhận được để trực tiếp thực hiện chức năng, nhiệm vụ, quyền hạn của mình. Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
    .question = Ủy ban nhân dân xã phải cung cấp những thông tin nào?

# vi: qa-providers = Có. Từ { $effective-from }, theo Luật Tiếp cận thông tin (sửa đổi), các đơn vị sự nghiệp công lập cung cấp dịch vụ sự nghiệp công cơ bản, thiết yếu cũng có trách nhiệm bảo đảm quyền tiếp cận thông tin của công dân.
# vi:     .question = Ngoài cơ quan nhà nước, còn nơi nào phải cung cấp thông tin không?
# TODO(loa): untranslated
qa-providers = Có. Từ { $effective-from }, theo Luật Tiếp cận thông tin (sửa đổi), các đơn vị sự nghiệp công lập cung cấp dịch vụ sự nghiệp công cơ bản, thiết yếu cũng có trách nhiệm bảo đảm quyền tiếp cận thông tin của công dân.
    .question = Ngoài cơ quan nhà nước, còn nơi nào phải cung cấp thông tin không?

# vi: qa-disability =
# vi:     Nghị định số 13/2018/NĐ-CP (Điều 3), hướng dẫn Luật Tiếp cận thông tin năm 2016, quy định:
# vi:     - thông tin về đời sống, sinh hoạt, sản xuất, kinh doanh của người khuyết tật phải được công bố bằng hình thức thuận tiện cho người khuyết tật;
# vi:     - cổng thông tin điện tử có chức năng hỗ trợ người khuyết tật;
# vi:     - cán bộ giúp người khuyết tật điền phiếu yêu cầu cung cấp thông tin.
# vi:     Nghị định này hướng dẫn Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
# vi:     .question = Người khuyết tật được hỗ trợ như thế nào?
# vi:     .spoken = Nghị định số 13 năm 2018 của Chính phủ, Điều 3, hướng dẫn Luật Tiếp cận thông tin năm 2016, quy định: thông tin về đời sống, sinh hoạt, sản xuất, kinh doanh của người khuyết tật phải được công bố bằng hình thức thuận tiện cho người khuyết tật; cổng thông tin điện tử có chức năng hỗ trợ người khuyết tật; cán bộ giúp người khuyết tật điền phiếu yêu cầu cung cấp thông tin. Nghị định này hướng dẫn Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Bà con hãy hỏi cán bộ xã.
# TODO(loa): untranslated
qa-disability =
    Nghị định số 13/2018/NĐ-CP (Điều 3), hướng dẫn Luật Tiếp cận thông tin năm 2016, quy định:
    - thông tin về đời sống, sinh hoạt, sản xuất, kinh doanh của người khuyết tật phải được công bố bằng hình thức thuận tiện cho người khuyết tật;
    - cổng thông tin điện tử có chức năng hỗ trợ người khuyết tật;
    - cán bộ giúp người khuyết tật điền phiếu yêu cầu cung cấp thông tin.
    Nghị định này hướng dẫn Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
    .question = Người khuyết tật được hỗ trợ như thế nào?
    .spoken = Nghị định số 13 năm 2018 của Chính phủ, Điều 3, hướng dẫn Luật Tiếp cận thông tin năm 2016, quy định: thông tin về đời sống, sinh hoạt, sản xuất, kinh doanh của người khuyết tật phải được công bố bằng hình thức thuận tiện cho người khuyết tật; cổng thông tin điện tử có chức năng hỗ trợ người khuyết tật; cán bộ giúp người khuyết tật điền phiếu yêu cầu cung cấp thông tin. Nghị định này hướng dẫn Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Bà con hãy hỏi cán bộ xã.

# vi: qa-not-accessible = Có. Theo Luật Tiếp cận thông tin năm 2016, công dân không được tiếp cận thông tin thuộc bí mật nhà nước và một số loại thông tin khác do Điều 6 quy định. Một số thông tin chỉ được tiếp cận khi có điều kiện (Điều 7): thông tin về bí mật kinh doanh, bí mật đời sống riêng tư, bí mật cá nhân, bí mật gia đình chỉ được tiếp cận khi người có liên quan đồng ý. Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
# vi:     .question = Có thông tin nào không được tiếp cận không?
# TODO(loa): untranslated
qa-not-accessible = Có. Theo Luật Tiếp cận thông tin năm 2016, công dân không được tiếp cận thông tin thuộc bí mật nhà nước và một số loại thông tin khác do Điều 6 quy định. Một số thông tin chỉ được tiếp cận khi có điều kiện (Điều 7): thông tin về bí mật kinh doanh, bí mật đời sống riêng tư, bí mật cá nhân, bí mật gia đình chỉ được tiếp cận khi người có liên quan đồng ý. Đây là quy định của Luật năm 2016. Luật sửa đổi có hiệu lực từ ngày 1 tháng 9 năm 2026; quy định mới có thể khác. Hãy hỏi cán bộ xã.
    .question = Có thông tin nào không được tiếp cận không?

# vi: excerpt-art2 = “Tiếp cận thông tin là việc đọc, xem, nghe, ghi chép, sao chép, chụp thông tin.”
# vi:     .cite = Khoản 3 Điều 2, Luật Tiếp cận thông tin năm 2016 (số { $law })
# vi:     .spoken = Khoản 3 Điều 2 Luật Tiếp cận thông tin năm 2016 quy định: Tiếp cận thông tin là việc đọc, xem, nghe, ghi chép, sao chép, chụp thông tin.
# TODO(loa): untranslated
excerpt-art2 = “Tiếp cận thông tin là việc đọc, xem, nghe, ghi chép, sao chép, chụp thông tin.”
    .cite = Khoản 3 Điều 2, Luật Tiếp cận thông tin năm 2016 (số { $law })
    .spoken = Khoản 3 Điều 2 Luật Tiếp cận thông tin năm 2016 quy định: Tiếp cận thông tin là việc đọc, xem, nghe, ghi chép, sao chép, chụp thông tin.

# vi: excerpt-art9 = “Ủy ban nhân dân cấp xã có trách nhiệm cung cấp thông tin do mình tạo ra và thông tin do mình nhận được để trực tiếp thực hiện chức năng, nhiệm vụ, quyền hạn của mình, trừ trường hợp quy định tại […]”
# vi:     .cite = Khoản 1 Điều 9, Luật Tiếp cận thông tin năm 2016 (số { $law })
# vi:     .spoken = Khoản 1 Điều 9 Luật Tiếp cận thông tin năm 2016 quy định: Ủy ban nhân dân cấp xã có trách nhiệm cung cấp thông tin do mình tạo ra và thông tin do mình nhận được để trực tiếp thực hiện chức năng, nhiệm vụ, quyền hạn của mình, trừ một số trường hợp luật quy định.
# TODO(loa): untranslated
excerpt-art9 = “Ủy ban nhân dân cấp xã có trách nhiệm cung cấp thông tin do mình tạo ra và thông tin do mình nhận được để trực tiếp thực hiện chức năng, nhiệm vụ, quyền hạn của mình, trừ trường hợp quy định tại […]”
    .cite = Khoản 1 Điều 9, Luật Tiếp cận thông tin năm 2016 (số { $law })
    .spoken = Khoản 1 Điều 9 Luật Tiếp cận thông tin năm 2016 quy định: Ủy ban nhân dân cấp xã có trách nhiệm cung cấp thông tin do mình tạo ra và thông tin do mình nhận được để trực tiếp thực hiện chức năng, nhiệm vụ, quyền hạn của mình, trừ một số trường hợp luật quy định.

# vi: excerpt-art31 =
# vi:     “1. Đối với thông tin đơn giản, có sẵn có thể cung cấp ngay thì chậm nhất là 05 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin.
# vi:     2. Đối với thông tin phức tạp, không có sẵn mà cần tập hợp từ các bộ phận của cơ quan đó hoặc thông tin cần thiết phải có ý kiến của cơ quan, tổ chức, đơn vị khác thì chậm nhất là 03 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải thông báo bằng văn bản về thời hạn giải quyết yêu cầu cung cấp thông tin. Chậm nhất là 15 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin hoặc có văn bản thông báo từ chối cung cấp thông tin.
# vi:     Trường hợp cơ quan được yêu cầu cần thêm thời gian để xem xét, tìm kiếm, tập hợp, sao chép, giải quyết yêu cầu cung cấp thông tin thì có thể gia hạn nhưng tối đa không quá 15 ngày và phải có văn bản thông báo về việc gia hạn trong thời hạn cung cấp thông tin.”
# vi:     .cite = Điều 31 (cung cấp thông tin qua dịch vụ bưu chính, fax), Luật Tiếp cận thông tin năm 2016 (số { $law })
# vi:     .spoken = Điều 31 Luật Tiếp cận thông tin năm 2016 quy định về yêu cầu gửi qua bưu điện, fax. Thông tin đơn giản, có sẵn, có thể cung cấp ngay thì chậm nhất là 5 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin. Thông tin phức tạp thì chậm nhất là 3 ngày làm việc, cơ quan phải thông báo bằng văn bản về thời hạn giải quyết; chậm nhất là 15 ngày làm việc, cơ quan phải cung cấp thông tin hoặc có văn bản từ chối. Nếu cần thêm thời gian, cơ quan có thể gia hạn, nhưng tối đa không quá 15 ngày.
# TODO(loa): untranslated
excerpt-art31 =
    “1. Đối với thông tin đơn giản, có sẵn có thể cung cấp ngay thì chậm nhất là 05 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin.
    2. Đối với thông tin phức tạp, không có sẵn mà cần tập hợp từ các bộ phận của cơ quan đó hoặc thông tin cần thiết phải có ý kiến của cơ quan, tổ chức, đơn vị khác thì chậm nhất là 03 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải thông báo bằng văn bản về thời hạn giải quyết yêu cầu cung cấp thông tin. Chậm nhất là 15 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin hoặc có văn bản thông báo từ chối cung cấp thông tin.
    Trường hợp cơ quan được yêu cầu cần thêm thời gian để xem xét, tìm kiếm, tập hợp, sao chép, giải quyết yêu cầu cung cấp thông tin thì có thể gia hạn nhưng tối đa không quá 15 ngày và phải có văn bản thông báo về việc gia hạn trong thời hạn cung cấp thông tin.”
    .cite = Điều 31 (cung cấp thông tin qua dịch vụ bưu chính, fax), Luật Tiếp cận thông tin năm 2016 (số { $law })
    .spoken = Điều 31 Luật Tiếp cận thông tin năm 2016 quy định về yêu cầu gửi qua bưu điện, fax. Thông tin đơn giản, có sẵn, có thể cung cấp ngay thì chậm nhất là 5 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin. Thông tin phức tạp thì chậm nhất là 3 ngày làm việc, cơ quan phải thông báo bằng văn bản về thời hạn giải quyết; chậm nhất là 15 ngày làm việc, cơ quan phải cung cấp thông tin hoặc có văn bản từ chối. Nếu cần thêm thời gian, cơ quan có thể gia hạn, nhưng tối đa không quá 15 ngày.

# vi: ch-who = Ai được hỏi, và hỏi ai?
# TODO(loa): untranslated
ch-who = Ai được hỏi, và hỏi ai?

# vi: ch-how = Hỏi thế nào, bao lâu, có mất tiền không?
# TODO(loa): untranslated
ch-how = Hỏi thế nào, bao lâu, có mất tiền không?

# vi: ch-what = Được xem những thông tin nào?
# TODO(loa): untranslated
ch-what = Được xem những thông tin nào?

# vi: term-information = Thông tin
# vi:     .definition = Tin, dữ liệu có trong văn bản, hồ sơ, tài liệu có sẵn, do cơ quan nhà nước tạo ra. Thông tin có thể là bản viết, bản in, bản điện tử, tranh, ảnh, bản vẽ, băng, đĩa, bản ghi hình, ghi âm hoặc dạng khác (theo khoản 1 Điều 2 Luật Tiếp cận thông tin năm 2016).
# TODO(loa): untranslated
term-information = Thông tin
    .definition = Tin, dữ liệu có trong văn bản, hồ sơ, tài liệu có sẵn, do cơ quan nhà nước tạo ra. Thông tin có thể là bản viết, bản in, bản điện tử, tranh, ảnh, bản vẽ, băng, đĩa, bản ghi hình, ghi âm hoặc dạng khác (theo khoản 1 Điều 2 Luật Tiếp cận thông tin năm 2016).

# vi: term-access = Tiếp cận thông tin
# vi:     .definition = Đọc, xem, nghe, ghi chép, sao chép, chụp thông tin (theo khoản 3 Điều 2 Luật Tiếp cận thông tin năm 2016).
# TODO(loa): untranslated
term-access = Tiếp cận thông tin
    .definition = Đọc, xem, nghe, ghi chép, sao chép, chụp thông tin (theo khoản 3 Điều 2 Luật Tiếp cận thông tin năm 2016).

# vi: term-representative = Người đại diện theo pháp luật
# vi:     .definition = Người được pháp luật cho phép thay mặt người khác. Theo Luật Tiếp cận thông tin năm 2016, người dưới 18 tuổi yêu cầu cung cấp thông tin thông qua người đại diện theo pháp luật.
# TODO(loa): untranslated
term-representative = Người đại diện theo pháp luật
    .definition = Người được pháp luật cho phép thay mặt người khác. Theo Luật Tiếp cận thông tin năm 2016, người dưới 18 tuổi yêu cầu cung cấp thông tin thông qua người đại diện theo pháp luật.

# vi: term-commune-committee = Ủy ban nhân dân xã
# vi:     .definition = Cơ quan hành chính nhà nước ở xã. Đây là nơi gần dân nhất để hỏi thông tin.
# TODO(loa): untranslated
term-commune-committee = Ủy ban nhân dân xã
    .definition = Cơ quan hành chính nhà nước ở xã. Đây là nơi gần dân nhất để hỏi thông tin.

# vi: term-public-service-unit = Đơn vị sự nghiệp công lập
# vi:     .definition = Tổ chức công lập cung cấp dịch vụ công cho người dân. Từ { $effective-from }, đơn vị cung cấp dịch vụ sự nghiệp công cơ bản, thiết yếu có trách nhiệm bảo đảm quyền tiếp cận thông tin của công dân (theo Luật Tiếp cận thông tin sửa đổi).
# TODO(loa): untranslated
term-public-service-unit = Đơn vị sự nghiệp công lập
    .definition = Tổ chức công lập cung cấp dịch vụ công cho người dân. Từ { $effective-from }, đơn vị cung cấp dịch vụ sự nghiệp công cơ bản, thiết yếu có trách nhiệm bảo đảm quyền tiếp cận thông tin của công dân (theo Luật Tiếp cận thông tin sửa đổi).

# vi: picture-right-alt = Hình vẽ: một người cầm tờ giấy
# TODO(loa): untranslated
picture-right-alt = Hình vẽ: một người cầm tờ giấy

# vi: picture-office-alt = Hình vẽ: trụ sở Ủy ban nhân dân xã
# TODO(loa): untranslated
picture-office-alt = Hình vẽ: trụ sở Ủy ban nhân dân xã

# vi: picture-ways-alt = Hình vẽ: một lá thư và một điện thoại
# TODO(loa): untranslated
picture-ways-alt = Hình vẽ: một lá thư và một điện thoại

# vi: picture-free-alt = Hình vẽ: đồng tiền trong biển cấm màu đỏ
# TODO(loa): untranslated
picture-free-alt = Hình vẽ: đồng tiền trong biển cấm màu đỏ

# vi: picture-photo-alt = Hình vẽ: điện thoại chụp ảnh tờ giấy
# TODO(loa): untranslated
picture-photo-alt = Hình vẽ: điện thoại chụp ảnh tờ giấy

# vi: picture-providers-alt = Hình vẽ: một tòa nhà công có hình trái tim
# TODO(loa): untranslated
picture-providers-alt = Hình vẽ: một tòa nhà công có hình trái tim

# vi: picture-people-alt = Hình vẽ: một người lớn và một trẻ em
# TODO(loa): untranslated
picture-people-alt = Hình vẽ: một người lớn và một trẻ em

# vi: picture-foreigner-alt = Hình vẽ: một người đứng cạnh quả địa cầu
# TODO(loa): untranslated
picture-foreigner-alt = Hình vẽ: một người đứng cạnh quả địa cầu

# vi: picture-deadline-alt = Hình vẽ: tờ lịch và đồng hồ
# TODO(loa): untranslated
picture-deadline-alt = Hình vẽ: tờ lịch và đồng hồ

# vi: picture-disability-alt = Hình vẽ: người ngồi xe lăn và người giúp đỡ
# TODO(loa): untranslated
picture-disability-alt = Hình vẽ: người ngồi xe lăn và người giúp đỡ

# vi: picture-secret-alt = Hình vẽ: tờ giấy có ổ khóa
# TODO(loa): untranslated
picture-secret-alt = Hình vẽ: tờ giấy có ổ khóa

# vi: picture-ask-alt = Hình vẽ: khung lời nói có dấu hỏi
# TODO(loa): untranslated
picture-ask-alt = Hình vẽ: khung lời nói có dấu hỏi
