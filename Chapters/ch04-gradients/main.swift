print("ch04")
