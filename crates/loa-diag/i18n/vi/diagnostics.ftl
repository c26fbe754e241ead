E0013 = ngôn ngữ `{ $locale }` được liệt kê hai lần
E0013-hint = xoá lần thứ hai
