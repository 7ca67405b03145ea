"""Helper module: small text utilities, imports another helper module."""
import m_geometry

VOWELS = "aeiou"


def slug(text):
    return "-".join(w.lower() for w in text.split() if w)


def count_vowels(text):
    return sum(1 for c in text.lower() if c in VOWELS)


def shout(text, times=1):
    return (text.upper() + "!") * times


def area_label(r):
    return f"{m_geometry.circle_area(r):.2f}{m_geometry.UNIT}^2"


__all__ = ["slug", "count_vowels"]
