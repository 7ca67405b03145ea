# An event bus with decorators for subscription, priorities, and exception isolation.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.errors = []
    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            return fn
        return register
    def emit(self, event, **payload):
        results = []
        for prio, _, fn in sorted(self.handlers.get(event, []), key=lambda h: (-h[0], h[1])):
            try:
                results.append(fn(**payload))
            except Exception as e:
                self.errors.append(f"{fn.__name__}: {type(e).__name__}: {e}")
        return results

bus = EventBus()

@bus.on("signup")
def send_welcome(user, **_):
    return f"welcome mail to {user}"

@bus.on("signup", priority=10)
def audit(user, source="web"):
    return f"audit {user} via {source}"

@bus.on("signup", priority=5)
def buggy_stats(user, **kw):
    return 100 / len(kw)

@bus.on("purchase")
def receipt(user, amount):
    return f"receipt {user} ${amount:,.2f}"

@bus.on("purchase", priority=-1)
def loyalty(user, amount):
    return f"{user} earns {int(amount // 10)} points"

print(bus.emit("signup", user="ann"))
print(bus.emit("signup", user="bob", source="app"))
print(bus.emit("purchase", user="ann", amount=1234.5))
print(bus.emit("purchase", user="cyd"))
print(bus.emit("logout", user="ann"))
for err in bus.errors:
    print("error:", err)
print({k: [h[2].__name__ for h in v] for k, v in bus.handlers.items()})
