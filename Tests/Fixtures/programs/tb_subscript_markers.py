# full-stderr
# KeyError deep in nested subscripts shows the ~~~~^^^^^ subscript marker.
config = {
    "server": {"host": "localhost", "ports": [8080, 8081]},
    "database": {"primary": {"host": "db1", "port": 5432}},
}


def get_port(cfg, section, index):
    return cfg[section]["ports"][index]


def db_host(cfg, which):
    return cfg["database"][which]["host"]


print(get_port(config, "server", 1))
print(db_host(config, "primary"))
for name in ("primary", "replica"):
    print("host for", name, "=", db_host(config, name))
