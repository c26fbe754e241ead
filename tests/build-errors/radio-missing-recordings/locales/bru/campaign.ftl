# TODO(loa): untranslated
title = Tiếp cận thông tin ở tỉnh { $province }
