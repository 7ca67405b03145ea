# A traffic-light / turnstile state machine driven by a table of transitions and events.
class Machine:
    def __init__(self, name, start, table):
        self.name, self.state, self.table = name, start, table
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in self.table:
            self.log.append(f"{self.state}: ignored {event}")
            return False
        new, action = self.table[key]
        self.log.append(f"{self.state} --{event}--> {new}" + (f" [{action}]" if action else ""))
        self.state = new
        return True

turnstile = Machine("turnstile", "locked", {
    ("locked", "coin"): ("unlocked", "unlock"),
    ("locked", "push"): ("locked", "alarm"),
    ("unlocked", "push"): ("locked", "lock"),
    ("unlocked", "coin"): ("unlocked", "refund"),
})
events = ["push", "coin", "coin", "push", "push", "kick", "coin"]
results = [turnstile.fire(e) for e in events]
print("\n".join(turnstile.log))
print(results, turnstile.state)
light = Machine("light", "red", {
    ("red", "tick"): ("green", None),
    ("green", "tick"): ("yellow", None),
    ("yellow", "tick"): ("red", None),
    ("green", "emergency"): ("red", "siren"),
    ("yellow", "emergency"): ("red", "siren"),
})
timeline = []
for t in range(8):
    light.fire("emergency" if t == 4 else "tick")
    timeline.append(light.state[0].upper())
print("".join(timeline))
print(light.log[-4:])
counts = {}
for entry in turnstile.log + light.log:
    kind = "ignored" if "ignored" in entry else "moved"
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
