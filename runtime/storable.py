"""Strings that cannot be stored or printed: lone surrogates and NUL characters.

A `str` can hold lone surrogates (a JSON `"\\ud800"` escape, or a command-line byte
that is not UTF-8, which Python keeps as `\\udcXX`) and NUL; UTF-8 encoders refuse the
first and PostgreSQL text the second. The readers of user input call `flaw` to refuse
them with a message, and `shown` to quote them in that message.
"""

from __future__ import annotations


def flaw(text: str) -> str | None:
    """The first character of `text` that cannot be stored, as an escape (`\\ud800`, `\\u0000`), or None."""
    if "\x00" in text:
        return "\\u0000"
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"\\u{ord(text[exc.start]):04x}"
    return None


def shown(text: str) -> str:
    """`text` printable anywhere: lone surrogates and NUL as `\\udXXX` / `\\x00` escapes."""
    if text.isascii() and "\x00" not in text:
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")
