raise ValueError("übel: 日本")
