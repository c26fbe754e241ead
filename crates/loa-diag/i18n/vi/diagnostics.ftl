# Thông báo lỗi của Loa bằng tiếng Việt. Mỗi mục dịch mục cùng tên trong ../en/diagnostics.ftl
# và dùng đúng các biến của mục đó (giá trị của biến được đọc lại từ câu tiếng Anh). Giữ nguyên
# tên tệp, tên khoá, mã thông điệp và mọi thứ trong dấu `…`.

## Dùng chung cho nhiều mã

any-did-you-mean = có phải ý bạn là `{ $name }`?
any-did-you-mean-variable = có phải ý bạn là `${ $name }`?
any-use-one-of = hãy dùng một trong các giá trị: { $list }
any-cannot-read = không đọc được { $file }: { $error }
any-cannot-write = không ghi được { $file }: { $error }
any-not-utf8 = tệp này không phải là văn bản UTF-8
any-not-utf8-file = { $file } không phải là văn bản UTF-8
any-permissions = kiểm tra quyền truy cập của tệp
any-writable = kiểm tra xem thư mục có cho phép ghi không
any-writable-space = kiểm tra xem thư mục có cho phép ghi không và ổ đĩa còn chỗ trống không
any-writable-space-untouched = kiểm tra xem thư mục có cho phép ghi không và ổ đĩa còn chỗ trống không; bộ sản phẩm cũ vẫn giữ nguyên
any-bug = đây là lỗi của Loa; xin báo lỗi kèm theo chiến dịch
any-utf8-notepad = lưu tệp ở dạng UTF-8 (trong Notepad: Save as → Encoding: UTF-8)
any-keep-one = giữ lại một
any-made = không tạo được { $what } ({ $details }): { $detail }
any-written = không ghi được { $file }: { $detail }

## campaign.toml

E0001 = lỗi cú pháp TOML: { $detail }
E0001-hint = xem docs/campaign-format.md; chuỗi chữ phải nằm trong dấu ngoặc kép, bảng có dạng `[campaign]`
E0002-table = không có bảng `{ $name }`
E0002-tables = các bảng hợp lệ: { $list }
E0002-key = không có khoá `{ $key }` trong { $table }
E0002-no-keys = { $table } không nhận khoá nào ở đây
E0002-keys = các khoá của { $table }: { $list }
E0003-table = { $table } phải là một bảng, nhưng lại là { $found }
E0003-table-hint = hãy viết thành tiêu đề bảng, ví dụ `{ $example }`
E0003-variable = biến phải là chữ, số hoặc ngày tháng, nhưng lại là { $found }
E0003-variable-hint = ví dụ `hotline = "0232 000 000"`
E0003-type = sai kiểu dữ liệu trong { $table }: cần { $expected }, nhưng lại là { $found }
E0003-type-hint = xem kiểu của từng khoá trong docs/campaign-format.md
E0003-value = giá trị không hợp lệ trong { $table }: { $detail }
E0003-value-hint = xem các giá trị được phép trong docs/campaign-format.md
E0003-date = biến `{ $name }` phải là ngày tháng, không kèm giờ
E0003-date-hint = viết theo dạng `2026-09-01`
E0004-campaign = campaign.toml chưa có bảng [campaign]
E0004-campaign-hint = bắt đầu tệp bằng [campaign] cùng id, title, reference-locale và locales
E0004-key = { $table } còn thiếu khoá `{ $key }`
E0004-key-hint = thêm `{ $key } = …` vào { $table }; xem docs/campaign-format.md
E0004-law = thông tin pháp lý `{ $fact }` chưa ghi tên văn bản luật nào
E0004-law-hint = thêm `law = "104/2016/QH13"` (số hiệu văn bản) hoặc, khi chưa xác minh được số hiệu, `name = "<mã thông điệp chứa tên luật>"`
E0004-messages = thông tin pháp lý `{ $fact }` chưa gắn với thông điệp nào
E0004-messages-hint = thêm `messages = ["…"]` với mã các thông điệp nêu thông tin này
E0005-folder = `{ $dir }` không phải là thư mục chiến dịch
E0005-folder-hint = hãy chỉ ra thư mục chứa campaign.toml, ví dụ `campaigns/access-to-information`; lệnh `loa new <dir>` tạo được một thư mục như vậy
E0005-read-hint = mỗi thư mục chiến dịch cần có tệp campaign.toml; lệnh `loa new <dir>` tạo được một thư mục như vậy
E0010 = mã chiến dịch `{ $id }` không hợp lệ
E0010-hint = chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối đơn, ví dụ `access-to-information`
E0011 = `{ $locale }` không phải là mã ngôn ngữ
E0011-hint = dùng mã BCP 47 như `vi`, `en`, `bru`, `km`
E0012 = ngôn ngữ gốc `{ $locale }` không có trong `locales`
E0012-hint = thêm "{ $locale }" vào `locales`
E0013 = ngôn ngữ `{ $locale }` được liệt kê hai lần
E0013-hint = xoá lần thứ hai
E0014-not-listed = có ngôn ngữ dùng tạm cho `{ $locale }`, nhưng `{ $locale }` không có trong `locales`
E0014-not-listed-hint = thêm "{ $locale }" vào `locales` hoặc xoá dòng dùng tạm này
E0014-reference = ngôn ngữ gốc `{ $locale }` không được dùng tạm ngôn ngữ khác
E0014-reference-hint = xoá dòng này: ngôn ngữ gốc phải có đủ mọi thông điệp
E0014-itself = `{ $locale }` dùng tạm chính nó
E0014-itself-hint = xoá nó khỏi chuỗi dùng tạm của chính nó
E0014-to-unlisted = `{ $locale }` dùng tạm `{ $to }`, nhưng `{ $to }` không có trong `locales`
E0014-to-unlisted-hint = thêm "{ $to }" vào `locales` hoặc dùng tạm ngôn ngữ gốc `{ $reference }`
E0014-english = `{ $locale }` dùng tạm tiếng Anh
E0014-english-hint = người đọc `{ $locale }` có thể không đọc được tiếng Anh: hãy dùng tạm `{ $reference }`
E0015 = không dùng được `{ $name }` làm tên biến
E0015-hint = bắt đầu bằng một chữ cái; chỉ dùng chữ cái, chữ số, `-` và `_`
E0020-not-url = nguồn của thông tin pháp lý `{ $fact }` không phải là địa chỉ web
E0020-not-url-hint = ghi địa chỉ (URL) của văn bản chính thức, bắt đầu bằng https://
E0020-none = thông tin pháp lý `{ $fact }` chưa có nguồn
E0020-none-hint = thêm `source = "https://…"` dẫn tới văn bản chính thức; thông tin pháp lý không có nguồn sẽ không bao giờ được in
W0021 = thông tin pháp lý `{ $fact }` đã hết hạn hiệu lực ghi ở valid-until ({ $date })
W0021-hint = đối chiếu với văn bản luật đang có hiệu lực; rồi sửa valid-until và các thông điệp liên quan, hoặc bỏ thông tin này
E0022-order = thông tin pháp lý `{ $fact }` hết hiệu lực trước khi có hiệu lực
E0022-order-hint = valid-until phải bằng hoặc sau effective-from
E0022-time = `{ $key }` của thông tin pháp lý `{ $fact }` phải là ngày tháng, không kèm giờ
E0022-time-hint = viết theo dạng `{ $key } = 2018-07-01`
E0030 = { $path } không tồn tại
E0030-hint = kiểm tra chính tả (phân biệt chữ hoa, chữ thường) hoặc thêm tệp đó vào
E0031-absolute = { $path } là đường dẫn tuyệt đối
E0031-absolute-hint = ghi đường dẫn tính từ thư mục chiến dịch, ví dụ `images/logo.svg`
E0031-link = { $path } là liên kết trỏ ra ngoài thư mục chiến dịch
E0031-shared-link = { $path } là liên kết trỏ ra ngoài thư mục ngôn ngữ dùng chung
E0031-link-hint = thay liên kết bằng một bản sao của tệp
E0031-parent = { $path } đi ra ngoài thư mục chiến dịch (`..`)
E0031-parent-hint = chép tệp vào thư mục chiến dịch và ghi đường dẫn tính từ đó
E0032-srgb = màu `{ $name }`: `{ $value }` không phải là mã màu sRGB dạng hex
E0032-srgb-hint = viết theo dạng `#0b4f9c`
E0032-cmyk = màu `{ $name }`: các giá trị CMYK là phần trăm, từ 0 đến 100
E0032-cmyk-hint = ví dụ `cmyk = [100, 60, 0, 10]`
E0040 = `{ $value }` không phải là { $what } hợp lệ
E0040-targets = chỉ tiêu của `{ $profile }` nằm ngoài giới hạn cho phép
E0040-targets-hint = lufs từ -40 đến -5, true-peak từ -12 đến 0 dBTP, bits là 16 hoặc 24 (chỉ cho broadcast), channels là 1 hoặc 2, bitrate-kbps là một trong 32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 (chỉ cho loudspeaker)
E0040-segment = mỗi đoạn trong rundown cần đúng một trong `jingle`, `voice`, `bed`, `pause`
E0040-segment-hint = tách thành mỗi mục một đoạn, ví dụ `{ "{" } voice = "right-to-ask" { "}" }, { "{" } pause = 0.8 { "}" }`
E0040-under = `under` chỉ dùng trong đoạn `bed`
E0040-under-hint = viết `{ "{" } bed = "audio/bed.ogg", under = ["…"] { "}" }`
E0040-pause = khoảng lặng phải dài hơn 0 và không quá 60 giây
E0040-pause-hint = ví dụ `{ "{" } pause = 0.8 { "}" }`
E0041-resolution = `resolution` là 720 hoặc 1080
E0041-resolution-hint = ghi `resolution = 1080` cho chất lượng full HD
E0041-quality = `quality` là hệ số lượng tử hoá H.264, từ 0 đến 51
E0041-quality-hint = 23 là giá trị mặc định tốt; số càng nhỏ thì hình càng đẹp và tệp càng lớn
E0041-chars = `chars-per-line` từ 16 đến 60
E0041-chars-hint = 42 hợp với khung 16:9, 32 hợp với khung 9:16
E0041-lufs = `lufs` từ -40 đến -5
E0041-lufs-hint = -16 cho mạng xã hội, -23 cho truyền hình
E0041-anchor = `anchor` là hai số thập phân từ 0 đến 1
E0041-anchor-hint = `anchor = [0.5, 0.5]` giữ phần giữa hình trong khung
E0041-in-out = `out` phải sau `in` (tính bằng giây, cả hai từ 0 trở lên)
E0041-in-out-hint = ví dụ `in = 2.0`, `out = 7.0`
E0041-footage = video loại `cut` cần có `footage`
E0041-footage-hint = thêm `footage = "footage/interview.mp4"` (một tệp trong thư mục chiến dịch)
E0041-cut-only = `footage`, `in`, `out`, `anchor` và `voice-over` chỉ dùng cho video loại `cut`
E0041-cut-only-hint = thêm `kind = "cut"`, hoặc xoá các khoá đó
E0041-still = `still` chỉ dùng cho video loại `motion-poster`
E0041-still-hint = xoá nó, hoặc đặt `kind = "motion-poster"`
E0041-messages = video cần có `messages` (nội dung được đọc hoặc hiển thị)
E0041-messages-hint = ví dụ `messages = ["headline", "call-to-action"]`

## Tệp .ftl

W0042 = `{ $name }` chưa có hình trong bản dễ đọc của { $kind } `{ $output }`
W0042-hint = bản dễ đọc đặt một hình bên cạnh mỗi ý: thêm `{ $id } = { "{" } file = "images/easy/….svg", alt = "<mã thông điệp>" { "}" }` vào [pictures]
E0101 = lỗi cú pháp FTL: { $detail }
E0101-skipped = mục này bị bỏ qua
E0101-hint = xem docs/translators.md: `id = văn bản`, các dòng tiếp theo phải thụt lề, thuộc tính viết `.tên = văn bản`
E0102-hint = lưu tệp ở dạng UTF-8; chữ gõ bằng phông cũ (.VnTime, VNI) phải được chuyển sang Unicode trước
E0103 = văn bản không ở dạng Unicode NFC (dấu bị tách rời khỏi chữ)
E0103-hint = chạy `loa check --fix` để chuyển tệp sang dạng NFC
E0104 = văn bản có vẻ là chữ mã { $encoding } dán từ tệp Word cũ
E0104-hint-text = văn bản đúng có lẽ là “{ $text }”; hãy chuyển văn bản sang Unicode (ví dụ bằng công cụ chuyển mã của UniKey) rồi dán lại
E0104-hint = hãy chuyển văn bản sang Unicode (ví dụ bằng công cụ chuyển mã của UniKey) rồi dán lại
E0105 = ký tự ẩn { $char }
E0105-hint = ký tự này sẽ lọt vào bản in, phụ đề và giọng đọc: hãy xoá nó, hoặc chạy `loa check --fix`
E0110 = `{ $id }` được định nghĩa hai lần trong { $locale }
E0110-first = định nghĩa lần đầu ở đây
E0110-hint = giữ một định nghĩa và xoá định nghĩa còn lại
E0111 = thuộc tính `.{ $name }` của `{ $id }` được định nghĩa hai lần
E0111-hint = giữ lại một
E0112 = lựa chọn `[{ $key }]` của `{ $id }` xuất hiện hai lần trong cùng một phép chọn
E0112-hint = mỗi khoá lựa chọn chỉ được xuất hiện một lần; hãy xoá hoặc đổi tên một cái
E0113 = dạng số nhiều `[{ $category }]` không có trong { $locale }
E0113-hint = số nhiều của { $locale } chỉ có: { $categories }; hãy viết một lựa chọn duy nhất `*[other]`
E0114-message = `{ $id }` nhắc tới thông điệp `{ $target }`, nhưng { $locale } không có thông điệp này
E0114-attribute = `{ $id }` nhắc tới `{ $target }.{ $attribute }`, nhưng `{ $target }` không có thuộc tính `.{ $attribute }`
E0114-attribute-hint = thêm `.{ $attribute } = …` vào `{ $target }` hoặc sửa chỗ nhắc tới
E0114-define-hint = định nghĩa `{ $id }` trong locales/{ $locale }/, hoặc sửa chỗ nhắc tới
E0115 = `{ $id }` nhắc tới thuật ngữ `{ $target }`, nhưng { $locale } không có thuật ngữ này
E0115-define-hint = định nghĩa `{ $id }` trong locales/{ $locale }/, hoặc sửa chỗ nhắc tới
E0116-fact = `${ $variable }` trong `{ $id }` ({ $locale }): thông tin pháp lý `{ $fact }` không có `{ $variable }`
E0116-fact-hint = thêm `{ $variable } = …` vào [facts.{ $fact }], hoặc viết văn bản không dùng `${ $variable }`
E0116 = không có biến `${ $variable }` dùng trong `{ $id }` ({ $locale })
E0116-only-facts = `${ $variable }` chỉ có trong thông điệp gắn với một thông tin pháp lý: hãy thêm `{ $id }` vào `messages` của thông tin đó
E0116-define = định nghĩa biến này trong [variables] của campaign.toml, ví dụ `{ $variable } = "…"`
W0117 = không thông điệp nào dùng biến `{ $name }`
W0117-hint = dùng nó trong thông điệp dưới dạng `{ "{" } ${ $name } { "}" }`, hoặc xoá nó
E0118 = `${ $variable }` trong `{ $id }` ({ $locale }) không rõ nghĩa: thông điệp nêu { $n } thông tin pháp lý ({ $facts })
E0118-hint = ghi thẳng con số vào văn bản, hoặc tách thông điệp để mỗi thông điệp chỉ nêu một thông tin
E0120-missing = `{ $id }` còn thiếu trong { $locale } ({ $n } từ)
E0120-missing-one = `{ $id }` còn thiếu trong { $locale } ({ $n } từ)
E0120-untranslated = `{ $id }` chưa được dịch sang { $locale } ({ $n } từ)
E0120-untranslated-one = `{ $id }` chưa được dịch sang { $locale } ({ $n } từ)
E0120-no-text = { $what } không có văn bản trong { $locale } (đã tìm trong { $chain })
E0120-no-text-hint = hãy dịch nó trong locales/{ $locale }/, hoặc cho { $locale } một ngôn ngữ dùng tạm ở mục fallback của [campaign]
E0120-translate-hint = hãy dịch nó trong locales/{ $locale }/ (lệnh `loa l10n skeleton` thêm sẵn cho người dịch)
E0120-mark-hint = viết văn bản { $locale } sau dấu `=` và xoá dòng `# { $mark }`
W0121 = `{ $id }` còn thiếu trong { $locale } ({ $n } từ); tạm dùng bản { $fallback }
W0121-one = `{ $id }` còn thiếu trong { $locale } ({ $n } từ); tạm dùng bản { $fallback }
W0121-hint = hãy dịch nó trong locales/{ $locale }/ (lệnh `loa l10n skeleton` thêm sẵn cho người dịch)
W0122 = `{ $id }` chưa được dịch sang { $locale } ({ $n } từ); tạm dùng bản { $fallback }
W0122-one = `{ $id }` chưa được dịch sang { $locale } ({ $n } từ); tạm dùng bản { $fallback }
W0122-hint = viết văn bản { $locale } sau dấu `=` và xoá dòng `# { $mark }`
W0123 = `{ $id }` có trong { $locale } nhưng không có trong ngôn ngữ gốc { $reference }: nó không bao giờ được dùng
W0123-hint = xoá nó, hoặc đối chiếu mã với locales/{ $reference }/
W0124 = `{ $id }` không có `.{ $name }` trong { $locale }; tạm dùng bản { $fallback }
W0124-hint = thêm `    .{ $name } = …` bên dưới `{ $id }`
E0124 = `{ $id }` không có `.{ $name }` trong { $locale }
E0124-hint = thêm `    .{ $name } = …` bên dưới `{ $id }`
W0125 = `{ $id }.{ $name }` không có trong ngôn ngữ gốc { $reference }: nó không bao giờ được dùng
W0125-hint = xoá nó, hoặc kiểm tra lại tên
W0126 = chưa có bản dịch nào của chiến dịch cho `{ $locale }` ({ $n } thông điệp); tạm dùng bản { $fallback }
W0126-hint = chạy `loa l10n skeleton <campaign> { $locale }` để tạo locales/{ $locale }/ cho người dịch
E0126 = chưa có bản dịch nào của chiến dịch cho `{ $locale }` ({ $n } thông điệp)
E0126-hint = chạy `loa l10n skeleton <campaign> { $locale }` để tạo locales/{ $locale }/ cho người dịch
W0128 = `{ $id }` trong { $locale } giống hệt văn bản { $reference }: đã dịch chưa?
W0128-hint = hãy dịch nó, hoặc đánh dấu bằng `# { $mark }` để nó được báo là đang dùng tạm
E0130 = không định dạng được `{ $id }` trong { $locale }: { $errors }
E0130-hint = kiểm tra các biến và các chỗ nhắc tới thông điệp khác trong thông điệp này

## Nhập tệp XLIFF

E0140 = XML không đúng cấu trúc: { $detail }
E0140-hint = tệp đã bị hỏng; hãy xuất lại hoặc sửa nó trong phần mềm hỗ trợ dịch
E0141-root = không phải tài liệu XLIFF 2.0 (phần tử gốc phải là <xliff xmlns="{ $namespace }">)
E0141-root-hint = xuất tệp bằng `loa l10n export`; không nhập được tệp XLIFF 1.2
E0141-version = XLIFF phiên bản { $version }: chỉ nhập được phiên bản 2.0
E0141-version-hint = lưu tệp ở dạng XLIFF 2.0 trong phần mềm hỗ trợ dịch
E0141-source = srcLang là `{ $found }`, nhưng ngôn ngữ gốc của chiến dịch là `{ $reference }`
E0141-source-hint = xuất lại tệp từ chiến dịch này
E0141-target = trgLang `{ $locale }` không phải là ngôn ngữ đích của chiến dịch (chiến dịch có { $list })
E0141-target-hint = nhập một tệp đã xuất cho một trong các ngôn ngữ của chiến dịch
E0142-twice = đơn vị `{ $unit }` xuất hiện hai lần
E0142-unknown = đơn vị `{ $unit }` không phải là thông điệp hay thuộc tính của ngôn ngữ gốc `{ $reference }`
E0142-unknown-hint = có lẽ nó đã bị xoá hoặc đổi tên sau khi xuất: hãy xuất lại
E0143 = đơn vị `{ $unit }` đã cũ: văn bản { $reference } đã thay đổi từ khi xuất tệp này; bản dịch của nó không được nhập
E0143-related = đơn vị này trong tệp XLIFF
E0143-hint = xuất lại { $locale } và dịch văn bản mới
E0144-no-id = một đơn vị không có id
E0144-no-hash = đơn vị `{ $unit }` không có siêu dữ liệu { $meta }: không biết văn bản gốc của nó có còn mới không
E0144-no-hash-hint = xuất lại tệp bằng `loa l10n export`
E0144-braces = đơn vị `{ $unit }`: gõ `{ "{" }` hoặc `{ "}" }` như chữ thường
E0144-braces-hint = dấu ngoặc nhọn là cú pháp của Fluent: hãy xoá chúng, hoặc viết trong tệp .ftl dưới dạng { "{" } "{ "{" }" { "}" }
E0144-not-fluent = đơn vị `{ $unit }`: không ghi được bản dịch ở dạng Fluent như hiện tại (lỗi cú pháp, dấu cách ở đầu hoặc cuối, hoặc dòng bắt đầu bằng `[`, `*` hay `.`)
E0144-not-surviving = đơn vị `{ $unit }`: bản dịch bị thay đổi khi ghi ở dạng Fluent (dấu cách ở đầu hoặc cuối, hoặc dòng bắt đầu bằng `[`, `*` hay `.`)
E0144-edit-hint = sửa văn bản, hoặc viết thẳng bản dịch này vào tệp .ftl
E0144 = đơn vị `{ $unit }`: { $detail }
W0145 = `{ $id }`: { $locale } chưa có thông điệp này và nội dung chính của nó chưa được dịch, nên các thuộc tính của nó không được nhập
W0145-hint = hãy dịch cả nội dung chính của thông điệp

## Bảng thuật ngữ và tệp khoá bản dịch

E0150-header = glossary.csv: dòng tiêu đề phải có các cột `locale`, `term` và `forbidden`
E0150-fields = glossary.csv: dòng này có { $found } trường, dòng tiêu đề có { $expected }
E0150-fields-hint = mọi dòng phải có số trường bằng dòng tiêu đề; trường có dấu phẩy phải đặt trong ngoặc kép
E0150-empty-locale = glossary.csv: ô ngôn ngữ bị trống
E0150-locale = glossary.csv: `{ $locale }` không phải là ngôn ngữ của chiến dịch
E0150-empty-term = glossary.csv: ô thuật ngữ chuẩn bị trống
E0150-empty-term-hint = viết thuật ngữ chuẩn; liệt kê các cách viết không được dùng ở cột `forbidden`, cách nhau bằng `|`
E0150-both = glossary.csv: `{ $variant }` vừa là thuật ngữ chuẩn vừa bị cấm
E0150-both-hint = xoá nó khỏi cột `forbidden`
E0150-unclosed = glossary.csv: trường trong ngoặc kép này không được đóng (thiếu một dấu `"`)
E0150-after-quote = glossary.csv: có chữ sau dấu ngoặc kép đóng của một trường
E0150-quote-inside = glossary.csv: có dấu ngoặc kép trong một trường không bắt đầu bằng ngoặc kép
E0150-opened = trường trong ngoặc kép bắt đầu ở đây: có phải thiếu dấu ngoặc kép đóng?
E0150-quote-hint = trường có dấu phẩy, dấu ngoặc kép hoặc xuống dòng phải đặt trong ngoặc kép, dấu ngoặc kép bên trong viết hai lần: "say ""hi"""
E0150-csv-hint = lưu tệp ở dạng UTF-8 (trong LibreOffice: Save As… → Text CSV → Character set: Unicode (UTF-8))
E0150 = glossary.csv: { $detail }
W0151 = “{ $found }” trong `{ $id }` không phải là thuật ngữ { $locale } chuẩn: bảng thuật ngữ ghi “{ $term }”
W0151-related = bị cấm trong bảng thuật ngữ ở đây
W0151-hint = hãy viết “{ $term }”
W0152 = `{ $unit }` trong { $locale } có thể đã cũ: văn bản { $reference } đã thay đổi từ khi được dịch
W0152-related = văn bản { $reference }, đã thay đổi từ đó
W0152-hint = sửa bản dịch { $locale } theo văn bản { $reference } mới, rồi chạy `loa l10n lock <campaign>` để ghi nhận
E0153-table = l10n.lock: bảng ngôn ngữ phải có dạng `[lang]`
E0153-before = l10n.lock: có mục nằm trước mọi bảng `[lang]`
E0153 = l10n.lock: { $detail }
E0153-hint = ghi lại tệp bằng `loa l10n lock <campaign>` (đừng sửa tay)

## Chiến dịch và các ngôn ngữ

E0201-nowhere = thông điệp `{ $id }` không được định nghĩa trong ngôn ngữ nào
E0201-add-hint = thêm `{ $id } = …` vào locales/{ $reference }/campaign.ftl
E0201-elsewhere = thông điệp `{ $id }` không có trong ngôn ngữ gốc { $reference } (chỉ có trong { $list })
E0201-elsewhere-hint = mọi thông điệp đều được viết bằng { $reference } trước: hãy thêm nó vào locales/{ $reference }/
E0202 = `{ $id }` cần có thuộc tính `.{ $attribute }`
E0202-related = được nêu ở đây
E0202-hint = thêm dòng `    .{ $attribute } = …` bên dưới `{ $id } = …`

## Ấn phẩm in

E0203 = `{ $id }` chưa có cách viết dễ đọc `.easy` cho bản dễ đọc của { $kind } `{ $output }`
E0203-related = bản dễ đọc dùng thông điệp này ở đây
E0203-hint = thêm dòng `    .easy = …` dưới `{ $id } = …`: câu ngắn, mỗi dòng một ý, không nói thêm điều gì ngoài thông điệp
E0301 = thông điệp `{ $id }` ({ $locale }) không vừa { $slot } của { $product }: cần { $needed } mm ở cỡ chữ { $size } pt, ô chỉ có { $available } mm
E0301-hint = rút ngắn văn bản (cách viết `.easy` thường ngắn hơn), hoặc tách thành hai thông điệp
E0302 = `{ $file }` không phải là ảnh SVG mà Loa vẽ được: { $detail }
E0302-hint = xuất lại hình ở dạng SVG thường (Inkscape: Save as → Plain SVG)
E0303-value = thông điệp `{ $id }` không có văn bản trong { $locale } cho { $product }
E0303-value-hint = ghi nội dung cho thông điệp trong tệp .ftl
E0303-attribute = thông điệp `{ $id }` không có `.{ $attribute }` trong { $locale } cho { $product }
E0303-attribute-hint = thêm dòng `    .{ $attribute } = …` bên dưới thông điệp trong tệp .ftl
E0304 = thông điệp `{ $id }` ({ $locale }) có ký tự mà không phông chữ nào của Loa in được: { $list }
E0304-hint = kiểm tra văn bản xem có ký hiệu lạ không; Loa in được chữ Latinh (tiếng Việt, Bru), Khmer, Chăm, Thái Việt
E0305-hint = kiểm tra biến portal-url
E0306 = không tải được phông chữ của Loa: { $detail }
E0306-hint = cài lại Loa: phông chữ nằm trong assets/fonts
E0306-missing = không tìm thấy phông chữ của Loa (assets/fonts), nên không kiểm tra được bố cục bản in
E0306-missing-hint = cài lại Loa, hoặc đặt LOA_ASSETS là thư mục chứa fonts/
E0307 = mẫu poster có ô `loa-{ $name }` mà Loa không biết
E0307-hint = dùng loa-headline, loa-point-1 … loa-point-5, loa-call-to-action, loa-legal-basis, loa-qr hoặc loa-msg-<mã-thông-điệp>
E0308 = không dùng được mẫu poster `{ $file }`: { $detail }
E0308-hint = xem docs/campaign-format.md: một tệp SVG có các hình chữ nhật tên loa-headline, loa-point-1 …
W0309 = thông điệp `{ $id }` ({ $locale }) không vừa { $slot } của { $product }: cần { $needed } mm ở cỡ chữ { $size } pt, ô chỉ có { $available } mm
W0309-hint = rút ngắn văn bản (cách viết `.easy` thường ngắn hơn), hoặc tách thành hai thông điệp
E0390-pdf = không ghi được { $kind } `{ $name }` ({ $locale }) thành PDF: { $detail }
E0390-preview = không tạo được ảnh xem trước của { $kind } `{ $name }` ({ $locale }): { $detail }
E0390-script = không ghi được kịch bản phát thanh { $file }: { $detail }

## Phát thanh

E0401 = { $what } ({ $locale }) cần những bản ghi âm chưa có, và { $locale } không có giọng đọc nháp: { $files }
E0401-hint = đặt các bản ghi âm vào thư mục chiến dịch với đúng các tên này, hoặc cho phép dùng âm thanh của ngôn ngữ khác: `audio-fallback = { "{" } { $locale } = "vi" { "}" }` trong bảng [radio.*]
E0402 = giọng đọc nháp cho `{ $id }` ({ $locale }) bị lỗi: { $detail }
E0402-hint = cài espeak-ng (apt-get install espeak-ng), hoặc thu âm thông điệp, hoặc đặt draft-voice trong [radio.*]
E0403 = không dùng được `{ $file }`: { $detail }
E0403-hint = xuất lại bản ghi âm ở dạng WAV hoặc FLAC
E0490-bulletin = không tạo được bản tin phát thanh `{ $name }` ({ $locale })
E0490-folder = không tạo được thư mục cho { $name }: { $detail }
E0490-work = không tạo được thư mục làm việc trong { $folder }: { $detail }
E0490-voice-over = không ghi được lời đọc của { $what } ({ $locale }): { $detail }

## Video

E0501-not-video = `{ $file }` không phải là video (không có hình động)
E0501-not-video-hint = hãy dùng một tệp video (MP4, MOV, MKV, WebM)
E0501 = không dùng được `{ $file }`: { $detail }
E0501-hint = xuất lại đoạn phim ở dạng MP4 (H.264)
E0501-probe-hint = hãy dùng ảnh tĩnh PNG, hoặc xuất lại đoạn phim ở dạng MP4 (H.264)
E0502-past-end = `{ $setting }` vượt quá cuối `{ $file }`, đoạn phim chỉ dài { $length } giây
E0502-past-end-hint = hãy ghi thời điểm từ 0 đến { $length } giây
E0502-empty = đoạn cắt của `{ $file }` bị rỗng ({ $from }–{ $to } giây)
E0502-empty-hint = `out` phải sau `in`
E0502-settings-hint = kiểm tra các thiết lập của video
E0503-no-picture = poster động `{ $name }` ({ $locale }) không có hình
E0503-no-picture-hint = thêm `still = "images/spot.png"`, hoặc một bảng [poster.*] để lấy ảnh xem trước của nó
E0503-still = không dùng được ảnh tĩnh của { $what } ({ $locale }): { $detail }
E0503-still-hint = hãy dùng ảnh PNG
E0504-start = không khởi động được bộ xử lý video: { $detail }
E0504-start-hint = cài GStreamer: chạy ./dev demo, hoặc apt-get install các gói ghi trong ./dev
E0504-install-hint = cài các gói: apt-get install { $packages }
W0501 = { $warning } — { $what }, { $locale }, { $aspect }
W0601-fast = phụ đề của `{ $id }` chạy { $cps } ký tự mỗi giây (người xem chỉ đọc kịp { $max }): rút ngắn câu hoặc cho giọng đọc thêm thời gian — video `{ $name }`, { $locale }, { $aspect } (ước tính)
W0601-long = phụ đề của `{ $id }` có một dòng { $n } ký tự không ngắt được (tối đa { $max }): "{ $line }" — video `{ $name }`, { $locale }, { $aspect } (ước tính)
W0601-overlap = phụ đề của `{ $id }` bắt đầu trước khi phụ đề trước kết thúc: các đoạn giọng đọc chồng lên nhau — video `{ $name }`, { $locale }, { $aspect } (ước tính)
W0601-note = tính theo thời lượng ước tính của giọng đọc; khi tạo sản phẩm, Loa đo giọng đọc thật và báo lại
W0602 = bản tin phát thanh `{ $name }` bằng { $locale } ước tính dài { $total } giây (giọng đọc và khoảng lặng), vượt thời lượng mục tiêu { $target } giây
W0602-longest = các đoạn dài nhất: { $list }
W0602-rate = ước tính theo { $syllables } âm tiết mỗi giây (tiếng Việt, tiếng Bru) hoặc { $words } từ mỗi phút; khi tạo sản phẩm, Loa đo bản ghi thật
W0602-hint = rút ngắn các thông điệp dài nhất (lời đọc `.spoken` có thể ngắn hơn bản in), hoặc tăng `target-duration`
E0590-folders = không tạo được các thư mục cho { $name }: { $detail }
E0590-report-hint = nếu các tệp đầu vào phát được bằng trình phát media, xin báo lỗi này kèm theo chiến dịch

## Bộ sản phẩm và hệ thống tệp

E0900-not-locale = `{ $locale }` không phải là ngôn ngữ của chiến dịch `{ $campaign }` (chiến dịch có { $list })
E0900-not-locale-hint = trước hết hãy thêm nó vào `locales` trong [campaign] (kèm ngôn ngữ dùng tạm, ví dụ `fallback = { "{" } bru = ["vi"] { "}" }`)
E0900-only-locale-hint = hãy ghi cho --locale một ngôn ngữ của chiến dịch hoặc một ngôn ngữ giả (qps-accent, qps-stress), hoặc thêm nó vào `locales` trong [campaign]
E0900-reference = `{ $locale }` là ngôn ngữ gốc
E0900-reference-hint = ngôn ngữ gốc do người soạn viết; hãy chọn một ngôn ngữ đích
E0900-exists = { $dir } đã tồn tại và không trống
E0900-exists-hint = hãy chọn một tên thư mục mới
E0900-xliff-utf8-hint = lưu tệp XLIFF ở dạng UTF-8
E0900-xliff-hint = hãy dùng tệp .xlf do `loa l10n export` ghi ra
E0900-fonts = không tìm thấy phông chữ của Loa (assets/fonts)
E0900-fonts-hint = chạy Loa từ thư mục của nó, hoặc đặt LOA_ASSETS là thư mục chứa fonts/
E0900-tidy = không dọn được { $dir } sau lần tạo bị gián đoạn: { $detail }
E0900-pack = không ghi được bộ sản phẩm vào { $dir }: { $detail }
E0900-reuse = không lấy được { $job } từ bộ sản phẩm cũ: { $detail }
E0900-reuse-hint = xoá thư mục bộ sản phẩm rồi tạo lại
E0900-port = không mở được cổng { $port }: { $detail }
E0900-port-hint = một chương trình khác đang dùng cổng này: hãy chọn cổng khác bằng --port
E0901 = { $pack } không có tệp manifest.json đọc được: { $detail }
E0901-hint = hãy chỉ ra thư mục bộ sản phẩm do `loa build` ghi ra
E0902 = { $file } có trong bảng kê nhưng bị thiếu
E0902-hint = chép lại toàn bộ bộ sản phẩm, hoặc tạo lại
E0903 = { $file } khác với bảng kê (kích thước hoặc sha256)
E0903-hint = tệp đã bị sửa hoặc hỏng sau khi tạo: hãy chép lại, hoặc tạo lại
E0904 = { $file } không có trong bảng kê
E0904-hint = xoá nó, hoặc tạo lại bộ sản phẩm
E0905 = một lần tạo khác của { $dir } đang chạy (pid { $pid })
E0905-hint = hãy đợi nó xong, hoặc tạo lại mà không có --no-wait để chờ nó

## Giới hạn tài nguyên (docs/campaign-format.md, "Limits")

E0101-nested-hint = đóng mỗi `{ "{" }` bằng `{ "}" }`; phần còn lại của tệp không được đọc
E0106 = { $what } dài { $chars } ký tự; một thông điệp chỉ được dài tối đa { $limit } ký tự
E0106-hint = tách thành nhiều thông điệp; văn bản dài như vậy thường là hai tệp bị dán vào nhau
E0040-target = `target-duration` phải lớn hơn 0 và không quá { $limit } giây
E0040-target-hint = độ dài bản tin tính bằng giây, ví dụ `target-duration = 90.0`
E0310-logo = `{ $file }` quá lớn để vẽ: một ảnh { $format } trong đó có { $width } × { $height } điểm ảnh ({ $mp } megapixel); Loa chỉ nhận tối đa { $limit } megapixel
E0310-logo-hint = thu nhỏ ảnh (ví dụ 300 dpi ở kích thước in) rồi lưu lại logo
E0310-template = mẫu áp phích `{ $file }` quá lớn để vẽ: một ảnh { $format } trong đó có { $width } × { $height } điểm ảnh ({ $mp } megapixel); Loa chỉ nhận tối đa { $limit } megapixel
E0310-template-hint = thu nhỏ ảnh (ví dụ 300 dpi ở kích thước in) rồi lưu lại mẫu
E0311-logo-elements = `{ $file }` quá phức tạp để vẽ: có hơn { $limit } phần tử
E0311-logo-depth = `{ $file }` quá phức tạp để vẽ: các phần tử lồng nhau sâu hơn { $limit } cấp
E0311-logo-hint = đơn giản hóa logo trong trình chỉnh sửa (ít nhóm hơn, phẳng hơn), hoặc xuất lại ở dạng SVG thường
E0311-template-elements = mẫu áp phích `{ $file }` quá phức tạp để vẽ: có hơn { $limit } phần tử
E0311-template-depth = mẫu áp phích `{ $file }` quá phức tạp để vẽ: các phần tử lồng nhau sâu hơn { $limit } cấp
E0311-template-hint = đơn giản hóa mẫu trong trình chỉnh sửa (ít nhóm hơn, phẳng hơn), hoặc xuất lại ở dạng SVG thường
E0312 = sổ tay `{ $name }` ({ $locale }) có { $pages } trang; một sổ tay chỉ được có tối đa { $limit } trang
E0312-hint = tách thành nhiều sổ tay, hoặc chuyển các văn bản dài sang gói web
E0403-read-hint = hãy đưa một tệp âm thanh (WAV, FLAC, MP3), không phải một thư mục
E0404 = `{ $file }` dài { $minutes } phút; một { $what } chỉ được dài tối đa { $limit } phút
E0404-hint = cắt lấy phần bản tin cần, hoặc kiểm tra xem có đúng tệp không
E0405 = bản tin phát thanh `{ $name }` ({ $locale }) vượt quá { $limit } phút ở đoạn { $segment }; một bản tin chỉ được dài tối đa { $max } phút
E0405-hint = tách thành nhiều bản tin, hoặc kiểm tra các đoạn nhạc hiệu và nhạc nền có tệp quá dài
E0505 = ảnh tĩnh của { $what } ({ $locale }) có { $width } × { $height } điểm ảnh ({ $mp } megapixel); Loa chỉ nhận tối đa { $limit } megapixel
E0505-hint = thu nhỏ ảnh: video 1080p chỉ cần 1920 × 1080 điểm ảnh
