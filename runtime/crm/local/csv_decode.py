"""Bytes of a contacts CSV to text: byte-order marks, UTF-16 without one, and per-line encodings.

- A BOM decides UTF-16 (Excel's "Unicode text", tab-separated) or UTF-32; a UTF-8 BOM
  (Excel's "CSV UTF-8") is dropped and the lines are read as below.
- No BOM but NUL bytes in every other position: UTF-16 (little or big endian).
- Otherwise UTF-8 if the whole file is; else each line on its own: UTF-8 when it is,
  else Windows-1252 (Excel's "ANSI" in Spain and France; Latin-1 for its five unused
  bytes). Two exports pasted together (one UTF-8, one Windows-1252) so read right,
  and the lines read as Windows-1252 are listed (`Decoded.legacy_lines`) when the
  file also has UTF-8 lines, so the report can say which lines were read so.

A file in a BOM's encoding that does not decode raises `InvalidInput` naming the line.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from runtime.crm.local.errors import InvalidInput
from runtime.i18n import N_

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_SAMPLE = 4096


@dataclass
class Decoded:
    """The text, what it was read as, and the lines read as Windows-1252 in a mostly UTF-8 file."""

    text: str
    encoding: str  # "UTF-8", "UTF-16", "UTF-32", "Windows-1252", or "UTF-8 + Windows-1252"
    legacy_lines: list[int] = field(default_factory=list)

    def note(self) -> str:
        """What the report says, at the first of `legacy_lines`, about them."""
        which = "" if len(self.legacy_lines) == 1 else f"lines {line_ranges(self.legacy_lines)} are "
        return f"{which}not UTF-8 like the rest of the file: read as Windows-1252"


def _strict(data: bytes, codec: str, name: str, partial: bool) -> str:
    if partial:  # the start of a file: its last character may be cut
        return data.decode(codec, "replace")
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(codec, "replace").count("\n") + 1
        raise InvalidInput(N_('line {line}: the file starts as {name} but is not valid {name} here'
                              ' (is it cut short, or two files joined?)').format(line=line, name=name)) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes fill every other position of the start, else None."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _legacy(line: bytes) -> str:
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are unused in Windows-1252
        return line.decode("latin-1")


def decode_csv(data: bytes, partial: bool = False) -> Decoded:
    """Decode a CSV file's bytes (see the module docstring); `partial`: only its start (a preview)."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return Decoded(_strict(data, codec, name, partial).removeprefix("\ufeff"), name)
    data = data.removeprefix(codecs.BOM_UTF8)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return Decoded(_strict(data, utf16, "UTF-16", partial), "UTF-16")
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        pass
    parts: list[str] = []
    legacy: list[int] = []
    utf8_seen = False
    for number, line in enumerate(data.splitlines(keepends=True), 1):
        try:
            parts.append(line.decode("utf-8"))
            utf8_seen = utf8_seen or not line.isascii()
        except UnicodeDecodeError:
            parts.append(_legacy(line))
            legacy.append(number)
    if not utf8_seen:
        return Decoded("".join(parts), "Windows-1252")
    return Decoded("".join(parts), "UTF-8 + Windows-1252", legacy)


def line_ranges(lines: list[int]) -> str:
    """[3, 4, 5, 9] -> "3-5, 9"."""
    out: list[str] = []
    start: int | None = None
    prev: int | None = None
    for n in [*lines, None]:
        if start is not None and (n is None or prev is None or n != prev + 1):
            out.append(str(start) if start == prev else f"{start}-{prev}")
            start = None
        if n is not None and start is None:
            start = n
        prev = n
    return ", ".join(out)
