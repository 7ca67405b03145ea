from typing import List, Dict, Optional

count: int
name: str = "jitbook"
values: List[int] = []
mapping: Dict[str, Optional[int]] = {}
self_attr: "Forward"
obj.field: int = 3
items[0]: float = 1.5
(parenthesised): bool = True
coords: tuple = 1, 2
gen: object = yield_value if False else None


class Point:
    x: float
    y: float = 0.0
    label: str = "origin"
