"""Caudal's languages for everything the runtime says: gettext catalogs (Babel), texts, local formats.

- `Text(es, en)` / `Msg(en)`: texts translated when shown (`.get(lang)`), see text.py;
- `tr(lang, msgid, **fields)`, `trn(...)`: translate now; `_`, `_n`: into the process language;
- `N_`: mark an English text that is stored and translated when shown (`translate_rendered`);
- formats.py: dates, times, numbers, amounts, first weekday, date parsing per locale.
`python -m runtime.i18n.build` (`make translations`) extracts, updates and compiles the catalogs.
"""

from runtime.i18n.languages import CODES, DEFAULT, LANGUAGES, SOURCE, from_environment, normalize
from runtime.i18n.rendered import translate_rendered
from runtime.i18n.text import Msg, Text
from runtime.i18n.translate import N_, _, _n, language, set_language, tr, trn

__all__ = ["CODES", "DEFAULT", "LANGUAGES", "SOURCE", "Msg", "N_", "Text", "_", "_n", "from_environment",
           "language", "normalize", "set_language", "tr", "translate_rendered", "trn"]
