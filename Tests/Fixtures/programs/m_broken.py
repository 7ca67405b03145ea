"""Helper module whose functions fail, for traceback programs."""


def parse_record(line):
    name, value = line.split("=")
    return name.strip(), int(value)


def load(lines):
    return dict(parse_record(l) for l in lines)


def divide_all(values, by):
    return [v / by for v in values]
