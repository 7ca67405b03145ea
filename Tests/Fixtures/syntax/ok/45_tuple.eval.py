1, 2, f"{three}"

