E0013 = locale `{ $locale }` is listed twice
E0013-hint = remove the second one
