# full-stderr
# A three-exception chain mixing a direct cause and an implicit context.
class StorageError(Exception):
    pass


def read_block(index):
    blocks = [b"header", b"data"]
    return blocks[index]


def read_record(index):
    try:
        return read_block(index)
    except IndexError as exc:
        raise StorageError(f"block {index} missing") from exc


def report(indexes):
    found = []
    for i in indexes:
        try:
            found.append(read_record(i))
        except StorageError as err:
            found.append(None)
            print("recovering from:", err)
            summary = ", ".join(str(x) for x in found)
            raise RuntimeError("report incomplete: " + summary.upper())
    return found


print(report([0, 1]))
print(report([1, 5]))
