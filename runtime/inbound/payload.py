"""A submitted body to flat text fields: form-encoded or JSON, with refusals that say what is wrong.

Accepted: `application/x-www-form-urlencoded` (an HTML form's default) and `application/json`
(an object whose values are texts, numbers, booleans or null). Refused with a 4xx and a
sentence: another content type (415), bad UTF-8 or JSON, nested values, too many fields or
values too long (400). A field sent twice keeps its last value (HTML checkboxes).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

MAX_FIELDS = 100
MAX_VALUE = 2000  # characters per value


class InboundError(Exception):
    """A refused submission: the HTTP `status` and a message for the sender."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise InboundError(400, "the body is not UTF-8 text") from None


def parse_body(content_type: str, body: bytes) -> dict[str, str]:
    """{field: text} from the body; InboundError when it cannot be read."""
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        try:
            pairs = parse_qsl(_text(body), keep_blank_values=True, strict_parsing=False,
                              max_num_fields=MAX_FIELDS, errors="strict")
        except ValueError:
            raise InboundError(400, f"too many fields (at most {MAX_FIELDS})") from None
        fields = dict(pairs)
    elif kind == "application/json":
        try:
            data: Any = json.loads(_text(body))
        except ValueError as exc:
            raise InboundError(400, f"the body is not valid JSON ({exc})") from None
        if not isinstance(data, dict):
            raise InboundError(400, "the JSON body must be an object of fields, e.g. {\"email\": \"ana@example.es\"}")
        if len(data) > MAX_FIELDS:
            raise InboundError(400, f"too many fields (at most {MAX_FIELDS})")
        fields = {}
        for key, value in data.items():
            if isinstance(value, dict | list):
                raise InboundError(400, f"field {key!r} holds a list or an object; send texts or numbers")
            fields[str(key)] = "" if value is None else (str(value).lower() if isinstance(value, bool) else str(value))
    elif kind == "multipart/form-data":
        raise InboundError(415, "multipart forms (file uploads) are not accepted; use the form's default "
                                "encoding (application/x-www-form-urlencoded) or JSON")
    else:
        raise InboundError(415, f"content type {kind or '(none)'!r} is not accepted; send "
                                "application/x-www-form-urlencoded or application/json")
    for key, value in fields.items():
        if len(value) > MAX_VALUE:
            raise InboundError(400, f"field {key!r} is longer than {MAX_VALUE} characters")
    return fields
