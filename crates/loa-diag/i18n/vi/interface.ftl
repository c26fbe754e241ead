# Giao diện của Loa bằng tiếng Việt: các từ quanh thông báo lỗi, thông báo và báo cáo của lệnh
# `loa`, và `--help`. Mỗi mục ở đây tương ứng với một mục của ../en/interface.ftl, dùng đúng các
# biến như bản tiếng Anh (bài kiểm thử kiểm tra cả hai chiều).

## Quanh thông báo lỗi

diag-error = lỗi
diag-warning = cảnh báo
diag-note = ghi chú
diag-hint = gợi ý
diag-summary = { $errors } lỗi, { $warnings } cảnh báo

## Dòng lệnh

internal-error = lỗi nội bộ: { $detail }
internal-error-bug = Đây là lỗi của Loa, không phải của chiến dịch. Xin báo lỗi kèm theo lệnh bạn đã chạy.
lang-unknown = lỗi: `{ $value }` không phải là ngôn ngữ giao diện của Loa
lang-unknown-hint = Loa dùng được `vi` (Tiếng Việt) và `en` (English): hãy ghi `--lang vi` hoặc `--lang en`.
lang-missing = lỗi: `--lang` cần một giá trị: `vi` hoặc `en`
cli-error = lỗi: { $detail }
cli-unknown-argument = lỗi: không có tùy chọn `{ $arg }`
cli-unknown-command = lỗi: không có lệnh `{ $command }`
cli-did-you-mean = có phải ý bạn là `{ $suggestion }`?
cli-invalid-value = lỗi: `{ $value }` không phải là giá trị hợp lệ của `{ $arg }`
cli-possible-values = các giá trị có thể dùng: { $values }
cli-missing-argument = lỗi: còn thiếu: { $args }
cli-see-help = Xem hướng dẫn: chạy `{ $command } --help`.

## loa check, verify, new, l10n …

check-fixed = đã sửa { $n } tệp: chuyển sang dạng NFC, xoá ký tự ẩn
verify-ok = { $pack }: mọi tệp đều khớp với manifest.json
skeleton-added = { $file }: { $n } thông điệp cần dịch
skeleton-nothing = { $lang } đã có đủ mọi thông điệp của { $reference }: không cần thêm gì
new-created = đã tạo chiến dịch `{ $id }` trong { $dir }
new-next = tiếp theo: sửa campaign.toml và locales/vi/campaign.ftl, rồi chạy `loa check { $dir }`
export-written = { $file }: { $units } đơn vị dịch, { $reference } → { $lang }
lock-recorded = { $file }: { $lang }: đã ghi nhận { $n } phần đã dịch
lock-nothing = { $file }: chưa có bản dịch nào để ghi nhận
lock-stale = { $n } bản dịch cũ đã được đánh dấu là cập nhật
import-written = { $file }: đã ghi { $n } đơn vị dịch
import-still-marked = { $id }: vẫn còn đánh dấu chưa dịch (một số thuộc tính của nó chưa có bản dịch { $lang })
import-summary = { $file }: { $written } đã ghi, { $unchanged } không đổi, { $untranslated } chưa dịch, { $refused } bị từ chối
import-summary-refused = { $file }: { $written } đã ghi, { $unchanged } không đổi, { $untranslated } chưa dịch, { $refused } bị từ chối (xem bên dưới; các đơn vị khác đã được ghi)
preview-serving = đang mở { $folder } tại { $url } (bấm Ctrl-C để dừng)

## loa l10n status

budget-message = thông điệp
budget-locale = ngôn ngữ
budget-seconds = giây đọc
budget-cps = ký tự/giây
status-locale = ngôn ngữ
status-falls-back = dùng tạm
status-translated = đã dịch
status-fallback = dùng tạm
status-missing = còn thiếu
status-stale = cũ
status-done = xong
status-words = { $n } ({ $words } từ)
status-legend = (số thông điệp, số từ trong ngoặc; cũ = dịch trước khi văn bản gốc thay đổi; xong = tỉ lệ số từ đã dịch)

## loa build

build-warnings-elsewhere = { $n } cảnh báo (xem bằng lệnh `loa check { $dir }`)
build-up-to-date = { $pack } đã mới nhất: { $jobs } việc không đổi, { $files } tệp ({ $time })
build-waiting = một lần tạo khác của { $pack } đang chạy (pid { $pid }); đang chờ…
build-col-job = việc
build-col-locale = ngôn ngữ
build-col-result = kết quả
build-col-time = thời gian
build-col-warnings = cảnh báo
build-built = đã tạo
build-unchanged = không đổi
build-draft-voice = giọng đọc NHÁP
build-more = (thêm { $n } việc)
build-done = đã tạo { $pack }: { $files } tệp, { $locales } ngôn ngữ ({ $list }); { $built } việc đã tạo, { $unchanged } không đổi, { $time }
build-drafts = NHÁP (giọng đọc máy, cần thay bằng bản ghi âm — kịch bản trong radio/<lang>/ ghi rõ những gì cần thu âm): { $jobs }
build-fallbacks = { $locale }: { $n } thông điệp lấy từ { $chain } (thư mục translators/ có sẵn khung để dịch)

## --help

help-usage = Cách dùng:
help-commands = Các lệnh
help-arguments = Tham số
help-options = Tùy chọn
help-options-placeholder = [TÙY-CHỌN]
help-command-value = LỆNH
help-flag = In hướng dẫn
help-version-flag = In số phiên bản

cmd-about = Biến một chiến dịch truyền thông pháp luật thành sản phẩm phát thanh, video, ấn phẩm in và trang web bằng mọi ngôn ngữ.
cmd-arg-format = Cách in các vấn đề: `human` (kèm dòng có lỗi, mặc định), `short` (mỗi vấn đề một dòng) hoặc `json`.
cmd-arg-ui-lang = Ngôn ngữ thông báo của Loa: `vi` hoặc `en` [mặc định: theo LC_ALL, LC_MESSAGES hoặc LANG; nếu không thì tiếng Anh].
cmd-new-about = Tạo thư mục chiến dịch mới, có sẵn ví dụ kèm chú thích để sửa.
cmd-new-arg-dir = Thư mục cần tạo, ví dụ `campaigns/land-law-2024`.
cmd-check-about = Kiểm tra chiến dịch và các bản dịch, không tạo sản phẩm nào.
cmd-check-arg-campaign = Thư mục chiến dịch (chứa campaign.toml).
cmd-check-arg-fix = Ghi lại các tệp .ftl ở dạng NFC và xoá ký tự ẩn, rồi kiểm tra.
cmd-check-arg-locale = Chỉ kiểm tra các ngôn ngữ này (cách nhau bằng dấu phẩy); ngôn ngữ giả qps-accent và qps-stress cho thấy trường hợp xấu nhất của từng sản phẩm.
cmd-check-arg-budgets = In số liệu độ dài theo từng thông điệp và ngôn ngữ: số giây đọc, tốc độ phụ đề.
cmd-build-about = Tạo bộ sản phẩm của chiến dịch. Những việc có dữ liệu đầu vào không đổi từ lần tạo trước được lấy lại từ bộ sản phẩm cũ; bộ mới chỉ thay bộ cũ khi mọi việc đều thành công.
cmd-build-arg-campaign = Thư mục chiến dịch (chứa campaign.toml).
cmd-build-arg-out = Nơi ghi bộ sản phẩm [mặc định: out/<campaign-id>].
cmd-build-arg-only = Chỉ tạo các loại sản phẩm này (cách nhau bằng dấu phẩy: poster, leaflet, handbook, radio, video, web; `print` = poster, leaflet và handbook). Khi đó bộ sản phẩm chỉ chứa các loại này.
cmd-build-arg-locale = Chỉ tạo cho các ngôn ngữ này (cách nhau bằng dấu phẩy, ví dụ `bru`). Khi đó bộ sản phẩm chỉ chứa các ngôn ngữ này.
cmd-build-arg-jobs = Số việc chạy cùng lúc [mặc định: số lõi của máy]. Video luôn chạy lần lượt từng cái.
cmd-build-arg-clean = Tạo lại tất cả, kể cả những gì bộ sản phẩm cũ đã có.
cmd-build-arg-no_wait = Khi một lần tạo khác của cùng bộ sản phẩm đang chạy, dừng lại và báo lỗi thay vì chờ nó xong.
cmd-preview-about = Tạo bộ sản phẩm, rồi mở trang web của nó trên máy này để xem duyệt.
cmd-preview-arg-campaign = Thư mục chiến dịch (chứa campaign.toml).
cmd-preview-arg-out = Nơi có bộ sản phẩm [mặc định: out/<campaign-id>].
cmd-preview-arg-port = Cổng để mở trang (chỉ trên máy này) [mặc định: 8080].
cmd-verify-about = Đối chiếu bộ sản phẩm với bảng kê của nó: tệp bị thiếu, bị thay đổi hoặc không có trong bảng kê.
cmd-verify-arg-pack = Thư mục bộ sản phẩm (chứa manifest.json).
cmd-l10n-about = Công cụ dịch.
cmd-l10n-status-about = Theo từng ngôn ngữ: số thông điệp và số từ đã dịch, đang dùng tạm và còn thiếu.
cmd-l10n-status-arg-campaign = Thư mục chiến dịch.
cmd-l10n-skeleton-about = Thêm các thông điệp một ngôn ngữ còn thiếu, mỗi thông điệp kèm văn bản gốc, để người dịch dịch.
cmd-l10n-skeleton-arg-campaign = Thư mục chiến dịch.
cmd-l10n-skeleton-arg-lang = Ngôn ngữ cần chuẩn bị, ví dụ `bru`.
cmd-l10n-export-about = Ghi tệp XLIFF 2.0 cho phần mềm hỗ trợ dịch (CAT): mỗi thông điệp và mỗi thuộc tính là một đơn vị dịch.
cmd-l10n-export-arg-campaign = Thư mục chiến dịch.
cmd-l10n-export-arg-lang = Ngôn ngữ cần dịch, ví dụ `bru`.
cmd-l10n-export-arg-out = Nơi ghi tệp [mặc định: <campaign-id>.<lang>.xlf trong thư mục hiện tại].
cmd-l10n-lock-about = Ghi vào locales/l10n.lock văn bản gốc mà mỗi bản dịch hiện dựa vào, để `loa check` cảnh báo khi văn bản đó thay đổi (bản dịch cũ).
cmd-l10n-lock-arg-campaign = Thư mục chiến dịch.
cmd-l10n-import-about = Ghi các bản dịch trong tệp XLIFF 2.0 trở lại các tệp .ftl của ngôn ngữ đó.
cmd-l10n-import-arg-campaign = Thư mục chiến dịch.
cmd-l10n-import-arg-file = Tệp XLIFF, do `loa l10n export` xuất ra và đã được dịch.

## Tên các giá trị trong --help (`<CHIẾN-DỊCH>`)

value-campaign = CHIẾN-DỊCH
value-dir = THƯ-MỤC
value-out = NƠI-GHI
value-only = LOẠI
value-locale = NGÔN-NGỮ
value-jobs = SỐ-VIỆC
value-port = CỔNG
value-pack = BỘ-SẢN-PHẨM
value-ui-lang = NGÔN-NGỮ
value-lang = NGÔN-NGỮ
value-file = TỆP
value-format = KIỂU
