"""`decode_csv`: BOMs, UTF-16 without BOM, and files mixing UTF-8 and Windows-1252 lines."""

from __future__ import annotations

import pytest

from runtime.crm.local import InvalidInput
from runtime.crm.local.csv_decode import decode_csv, line_ranges

TEXT = "email\tnombre\r\nana@x.es\tMaría José\r\nkenji@x.jp\t東京 🎉\r\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-16"), "UTF-16"),  # Excel's "Unicode text": BOM, little endian
    (TEXT.encode("utf-16-be"), "UTF-16"),
    (TEXT.encode("utf-16-le"), "UTF-16"),
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), "UTF-16"),
    (TEXT.encode("utf-32"), "UTF-32"),
    (TEXT.encode("utf-8-sig"), "UTF-8"),
    (TEXT.encode("utf-8"), "UTF-8"),
])
def test_unicode_encodings_are_recognised(data: bytes, encoding: str) -> None:
    decoded = decode_csv(data)
    assert (decoded.text, decoded.encoding, decoded.legacy_lines) == (TEXT, encoding, [])


def test_windows_1252_file_is_read_whole() -> None:
    text = "email;nombre\nana@x.es;María €\njose@x.es;José\n"
    decoded = decode_csv(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding, decoded.legacy_lines) == (text, "Windows-1252", [])


def test_two_exports_pasted_together_are_read_line_by_line() -> None:
    utf8 = "email,nombre\r\nana@x.es,María\r\n".encode()
    ansi = "jose@x.es,José\r\nluis@x.es,Luís\r\n".encode("cp1252")
    decoded = decode_csv(b"\xef\xbb\xbf" + utf8 + ansi + "eva@x.es,Eva Núñez\n".encode())
    assert decoded.text == "email,nombre\r\nana@x.es,María\r\njose@x.es,José\r\nluis@x.es,Luís\r\neva@x.es,Eva Núñez\n"
    assert (decoded.encoding, decoded.legacy_lines) == ("UTF-8 + Windows-1252", [3, 4])
    assert decoded.note() == "lines 3-4 are not UTF-8 like the rest of the file: read as Windows-1252"


def test_bytes_unused_in_windows_1252_fall_back_to_latin_1() -> None:
    assert decode_csv("ñ\n".encode() + b"\x81\n").text == "ñ\n\x81\n"


def test_broken_utf16_names_its_line() -> None:
    data = "email\nana@x.es\n".encode("utf-16-le") + b"\x00\xd8" + "x\n".encode("utf-16-le")
    with pytest.raises(InvalidInput, match=r"^line 3: the file starts as UTF-16 but is not valid UTF-16 here"):
        decode_csv(b"\xff\xfe" + data)
    assert decode_csv(b"\xff\xfe" + data, partial=True).text.startswith("email\nana@x.es\n")


def test_cut_utf16_file_is_refused() -> None:
    with pytest.raises(InvalidInput, match="cut short"):
        decode_csv(TEXT.encode("utf-16")[:-1])


def test_line_ranges() -> None:
    assert line_ranges([3, 4, 5, 9, 11, 12]) == "3-5, 9, 11-12" and line_ranges([]) == ""
