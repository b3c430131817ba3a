print("nothing in the post's form")
