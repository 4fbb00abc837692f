"""Where pickers get CRM choices: the tiny `FieldSource` protocol and a safe adapter.

A field source has `fields()`, `tags()`, `users()` and `pipelines()`, each returning
a list of dicts shaped like the local CRM's answers:
fields [{"path", "title"}], tags [{"name"}], users [{"id", "name", "email"}],
pipelines [{"id", "name", "stages": [{"id", "name"}]}]. Objects with the local
CRM's `list_fields` / `list_tags` / `list_users` / `list_pipelines` work too, and so
does a callable taking the kind ("fields", ...). None gives standard fields only.
"""

from __future__ import annotations

from typing import Any, Protocol

STANDARD_FIELDS = [
    {"path": f"contact.{k}", "title": k}
    for k in ("first_name", "last_name", "email", "phone", "company", "city", "country",
              "lifecycle_stage", "source", "birthday", "owner_id", "created_at")
] + [{"path": f"deal.{k}", "title": k} for k in ("title", "amount", "stage", "close_date")]


class FieldSource(Protocol):
    def fields(self) -> list[dict[str, Any]]: ...
    def tags(self) -> list[dict[str, Any]]: ...
    def users(self) -> list[dict[str, Any]]: ...
    def pipelines(self) -> list[dict[str, Any]]: ...


class Choices:
    """Reads a field source defensively: a failing or missing source gives empty lists."""

    def __init__(self, source: Any = None) -> None:
        self.source = source

    def _ask(self, kind: str) -> list[dict[str, Any]]:
        src = self.source
        if src is None:
            return []
        try:
            if hasattr(src, kind):
                result = getattr(src, kind)()
            elif hasattr(src, f"list_{kind}"):
                result = getattr(src, f"list_{kind}")()
            elif callable(src):
                result = src(kind)
            else:
                return []
        except Exception:  # a broken CRM must not break the inspector
            return []
        return [r for r in result or [] if isinstance(r, dict)]

    def fields(self) -> list[dict[str, Any]]:
        got = self._ask("fields")
        return got or list(STANDARD_FIELDS)

    def field_paths(self) -> list[str]:
        return [str(f.get("path")) for f in self.fields() if f.get("path")]

    def tags(self) -> list[str]:
        return [str(t.get("name")) for t in self._ask("tags") if t.get("name")]

    def users(self) -> list[tuple[str, str]]:
        """(value stored, label shown): the email when there is one, else the id."""
        out = []
        for u in self._ask("users"):
            value = str(u.get("email") or u.get("id") or "")
            if value:
                out.append((value, f"{u.get('name') or value} <{value}>" if u.get("name") else value))
        return out

    def pipelines(self) -> list[dict[str, Any]]:
        return self._ask("pipelines")

    def stages(self, pipeline: str) -> list[str]:
        for p in self.pipelines():
            if pipeline in (str(p.get("name")), str(p.get("id"))):
                return [str(s.get("name")) for s in p.get("stages") or [] if s.get("name")]
        return []
