# A note store persisted to a text file; commands come from stdin; uses context managers.
import m_textutil as text
from m_counter import bump, history

PATH = "/tmp/jitbook_corpus_app_note_store.txt"
notes: dict = {}


class Store:
    path: str

    def __init__(self, path):
        self.path = path
        self.opened = 0

    def __enter__(self):
        self.opened = bump()
        return self

    def __exit__(self, exc_type, exc, tb):
        with open(self.path, "w") as f:
            for key, body in notes.items():
                f.write("{}\t{}\n".format(key, body))
        print("saved {n} notes ({err})".format(n=len(notes), err=exc_type.__name__ if exc_type else "clean"))
        return exc_type is KeyError


def command(line):
    verb, _, rest = line.partition(" ")
    if verb == "add":
        notes[text.slug(rest)] = rest
    elif verb == "del":
        del notes[rest]
    elif verb == "calc":
        notes["calc-" + str(len(notes))] = f"{rest} = {eval(rest)}"
    elif verb == "run":
        exec(rest, {"notes": notes})
    else:
        print("unknown verb", repr(verb))


with Store(PATH) as store:
    while True:
        try:
            line = input()
        except EOFError:
            break
        command(line.strip())
with open(PATH) as f:
    saved = [l.rstrip("\n").split("\t") for l in f]
print(saved)
print(__annotations__, Store.__annotations__, store.opened, history, id(store) == id(store))
with Store(PATH):
    command("del no-such-note")
print("after suppressed KeyError:", sorted(notes))
