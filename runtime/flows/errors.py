"""`FlowFileError`: why a flow file (or stored document) could not be loaded.

Each issue says where (file, line, node id and title) and what, in every language.
`str()` is English; `text(lang)` gives `lang`. A load that raises this
returns nothing: no half-built flow.
"""

from __future__ import annotations

from dataclasses import dataclass

from runtime.catalog.types import Text
from runtime.i18n import tr


@dataclass(frozen=True)
class FileIssue:
    """One thing wrong with a flow file, and where it is."""

    code: str
    message: Text
    line: int | None = None
    node_id: str | None = None
    node_title: str | None = None

    def text(self, source: str, lang: str = "en") -> str:
        """`source:line: node ID («title»): message` in `lang`."""
        where = source + (f":{self.line}" if self.line else "")
        node = ""
        if self.node_id is not None:
            node = (tr(lang, "node {id} («{title}»): ", id=self.node_id, title=self.node_title) if self.node_title
                    else tr(lang, "node {id}: ", id=self.node_id))
        return f"{where}: {node}{self.message.get(lang)}"


class FlowFileError(Exception):
    """A flow file that cannot be loaded; `issues` lists every problem found."""

    def __init__(self, source: str, issues: list[FileIssue]) -> None:
        self.source = source
        self.issues = list(issues)
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        """Every issue, one per line, in `lang`."""
        return "\n".join(i.text(self.source, lang) for i in self.issues)

    @property
    def codes(self) -> list[str]:
        return [i.code for i in self.issues]
