class Config:
    verbose = True

print(Config().verbos)
