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

from designer.panels.inspector.base import tr
from designer.panels.inspector.labels import field_picks, full_label
from designer.panels.inspector.picker import Pick

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
        self.new_tags: list[str] = []  # tags typed in a tag editor, not yet in the CRM

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

    def field_picks(self) -> list[Pick]:
        """Fields by their labels in the UI language, grouped by record."""
        return field_picks(self.fields())

    def field_choices(self, path: str) -> list[str]:
        """The values a choice field takes (lifecycle stages, pipelines...), when known."""
        for f in self.fields():
            if f.get("path") == path and isinstance(f.get("choices"), list):
                return [str(c) for c in f["choices"]]
        return self.tags() if path == "contact.tags" else []

    def field_label(self, path: str) -> str:
        title = next((str(f.get("title") or "") for f in self.fields() if f.get("path") == path), "")
        return full_label(path, title)

    def tags(self) -> list[str]:
        known = [str(t.get("name")) for t in self._ask("tags") if t.get("name")]
        folded = {t.casefold() for t in known}
        return known + [t for t in self.new_tags if t.casefold() not in folded]

    def remember_tag(self, tag: str) -> None:
        """A tag created in a tag editor: offered by every tag editor from now on."""
        tag = tag.strip()
        if tag and tag.casefold() not in {t.casefold() for t in self.tags()}:
            self.new_tags.append(tag)

    def tag_picks(self) -> list[Pick]:
        return [Pick(t, t) for t in self.tags()]

    def user_picks(self, owner: bool = False) -> list[Pick]:
        """CRM users by name (email as the hint); `owner` puts "The contact's owner" first."""
        out = [Pick("owner", tr("The contact's owner"))] if owner else []
        for u in self._ask("users"):
            value = str(u.get("email") or u.get("id") or "")
            if value:
                out.append(Pick(value, str(u.get("name") or value), tr("Users"), value))
        return out

    def pipeline_picks(self) -> list[Pick]:
        return [Pick(str(p.get("name")), str(p.get("name")), "", str(p.get("id") or ""))
                for p in self.pipelines() if p.get("name")]

    def stage_picks(self, pipeline: str) -> list[Pick]:
        return [Pick(s, s) for s in self.stages(pipeline)]

    def flow_picks(self) -> list[Pick]:
        """Every flow by name (value = its name, as `enroll_in_flow` accepts)."""
        db = self.db()
        if db is None:
            return []
        try:
            from runtime.flows import repository

            with db.begin() as conn:
                infos = repository.list_flows(conn)
        except Exception:  # a picker without flows beats a broken inspector
            return []
        return [Pick(i.name, i.name, "", tr("active") if i.is_active else tr("stopped")) for i in infos]

    def db(self) -> Any:
        """The database behind the field source (`source.db` or the local CRM's), or None."""
        from runtime.store.db import Database

        src = self.source
        for candidate in (getattr(src, "db", None), getattr(getattr(src, "crm", None), "db", None)):
            if isinstance(candidate, Database):
                return candidate
        return None

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
