"""A small inventory module, to exercise ordinary code."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Iterable, Iterator

log = logging.getLogger(__name__)

DEFAULT_PRICE = 9.99
_registry: dict[str, "Item"] = {}


@dataclass(order=True)
class Item:
    name: str
    price: float = DEFAULT_PRICE
    tags: list[str] = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.name!r}: {self.price}")
        _registry[self.name] = self

    @property
    def label(self) -> str:
        return f"{self.name} ({', '.join(self.tags) or 'untagged'})"


class Inventory:
    def __init__(self, items: Iterable[Item] = ()):
        self._items = {item.name: item for item in items}
        self._log = []

    def __iter__(self) -> Iterator[Item]:
        yield from sorted(self._items.values())

    def __len__(self):
        return len(self._items)

    def add(self, item, *, replace=False):
        if item.name in self._items and not replace:
            raise KeyError(item.name)
        self._items[item.name] = item
        self._log.append(("add", item.name))

    def total(self, *, tag=None):
        return sum(i.price for i in self if tag is None or tag in i.tags)

    def dump(self, path):
        try:
            with open(path, "w", encoding="utf-8") as fh:
                json.dump([vars(i) for i in self], fh, indent=2)
        except OSError as exc:
            log.error("could not write %s: %s", path, exc)
            return False
        else:
            return True
        finally:
            self._log.append(("dump", path))


def cheapest(items, n=3):
    ranked = sorted(items, key=lambda i: (i.price, i.name))
    return ranked[:n] if n >= 0 else ranked[n:]


if __name__ == "__main__":
    inv = Inventory([Item("apple", 1.0, ["fruit"]), Item("pear", 1.5)])
    for it in cheapest(inv, n=1):
        print(it.label, f"{it.price:>8.2f}")
