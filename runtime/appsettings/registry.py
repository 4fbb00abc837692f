"""The settings users may change, each with its kind, default, texts (es/en) and checks.

Values are parsed from command-line words (`parse_setting`) or checked as Python values
from the designer (`check_value`); a bad value raises `SettingError` naming the setting
and saying what is wrong.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from runtime.business_time import parse_hours
from runtime.catalog.types import Text

T = Text
TRUE_WORDS = ("true", "yes", "on", "1", "si", "sí")
FALSE_WORDS = ("false", "no", "off", "0")
_HOST_RE = re.compile(r"^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?"
                      r"(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)*\.?$")
# The widest networks an allowlist may name: an office network, never "everything".
MIN_PREFIX = {4: 8, 6: 7}


class SettingError(ValueError):
    """A refused setting or value; `message` is Spanish and English, str() English."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.en)
        self.message = message


@dataclass(frozen=True)
class Setting:
    """One known key of `app_settings`.

    kind: "bool", "int", "text" (one word) or "list" (several words). `item` checks
    and normalises one text or list item; `minimum`/`maximum` bound an int (`minimum`:
    the fewest items of a list).
    """

    key: str
    kind: str
    title: Text
    help: Text
    default: Any
    item: Callable[[str], str] | None = None
    minimum: int | None = None
    maximum: int | None = None
    example: str = ""  # what a value looks like (placeholder of the designer's editor)


def allowlist_entry(text: str) -> str:
    """A host name, an address or a network (CIDR) -> its normal form; refuses URLs and blanket networks."""
    entry = text.strip()
    if not entry:
        raise SettingError(T("hay una entrada vacía.", "an entry is empty."))
    if "://" in entry:
        raise SettingError(T("«{entry}»: escriba solo el nombre del servidor o la red, sin «http://» ni ruta.",
                             "«{entry}»: give only the host name or the network, without «http://» or a path.")
                           .format(entry=entry))
    if "*" in entry:
        raise SettingError(T("«{entry}»: no se admiten comodines; nombre cada servidor o red.",
                             "«{entry}»: wildcards are not allowed; name each host or network.").format(entry=entry))
    try:
        net = ipaddress.ip_network(entry, strict=False)
    except ValueError:
        net = None
    if net is not None:
        if net.prefixlen < MIN_PREFIX[net.version]:
            raise SettingError(T("«{entry}» abarca demasiado: nombre los servidores o la red de la oficina "
                                 "(p. ej. 192.168.1.0/24).",
                                 "«{entry}» is too wide: name the office's hosts or network (e.g. 192.168.1.0/24).")
                               .format(entry=entry))
        return str(net.network_address) if net.num_addresses == 1 else str(net)
    host = entry.casefold().rstrip(".")
    if ":" in host or not _HOST_RE.match(host):
        raise SettingError(T("«{entry}» no es un nombre de servidor, una dirección IP ni una red (sin puerto).",
                             "«{entry}» is not a host name, an IP address or a network (give no port).")
                           .format(entry=entry))
    return host


def listen_host(text: str) -> str:
    """An address to listen on: 127.0.0.1 (this computer), an office address, or 0.0.0.0."""
    entry = text.strip()
    try:
        return str(ipaddress.ip_address(entry))
    except ValueError:
        raise SettingError(T("«{entry}» no es una dirección IP (p. ej. 127.0.0.1 o 192.168.1.20).",
                             "«{entry}» is not an IP address (e.g. 127.0.0.1 or 192.168.1.20).")
                           .format(entry=entry)) from None


def country_code(text: str) -> str:
    """"" (no holidays) or a country code the `holidays` package knows (ES, FR, ID, MX...)."""
    import holidays  # here: ~190 ms to import, for the holiday settings only

    code = text.strip().upper()
    if code and code not in holidays.list_supported_countries():
        raise SettingError(T("«{text}» no es un código de país conocido (p. ej. ES, FR, MX, ID).",
                             "«{text}» is not a known country code (e.g. ES, FR, MX, ID).").format(text=text))
    return code


def region_code(text: str) -> str:
    """"" (the whole country) or a region code of some country (MD, CT, AN...); checked again in use."""
    import holidays  # here: ~190 ms to import, for the holiday settings only

    code = text.strip().upper()
    known = {s for subs in holidays.list_supported_countries().values() for s in subs}
    if code and code not in known:
        raise SettingError(T("«{text}» no es un código de región conocido (p. ej. MD, CT, AN).",
                             "«{text}» is not a known region code (e.g. MD, CT, AN).").format(text=text))
    return code


def weekday(text: str) -> str:
    day = text.strip().lower()[:3]
    if day not in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        raise SettingError(T("«{text}» no es un día (mon, tue, wed, thu, fri, sat, sun).",
                             "«{text}» is not a day (mon, tue, wed, thu, fri, sat, sun).").format(text=text))
    return day


def hours_span(text: str) -> str:
    try:
        start, end = parse_hours(text)
    except ValueError:
        raise SettingError(T("«{text}» no es un horario HH:MM-HH:MM (p. ej. 09:00-18:00).",
                             "«{text}» is not a span HH:MM-HH:MM (e.g. 09:00-18:00).").format(text=text)) from None
    return f"{start:%H:%M}-{end:%H:%M}"


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "webhooks.allow_private", "bool",
        T("Webhooks a cualquier dirección privada", "Webhooks to any private address"),
        T("Permite que los webhooks lleguen a TODAS las direcciones locales y privadas (127.0.0.1, 10.x, "
          "192.168.x...). Desaconsejado: mejor nombre sus servidores en la lista de permitidos.",
          "Lets webhooks reach EVERY loopback and private address (127.0.0.1, 10.x, 192.168.x...). "
          "Not recommended: name your servers in the allowlist instead."),
        False,
    ),
    Setting(
        "webhooks.allowlist", "list",
        T("Servidores de la oficina permitidos", "Office servers allowed"),
        T("Servidores (erp.oficina.lan), direcciones (192.168.1.20) o redes (192.168.1.0/24) de la oficina "
          "a los que los webhooks pueden llamar aunque sean privados. El resto de direcciones privadas "
          "sigue bloqueado (protección SSRF).",
          "Hosts (erp.office.lan), addresses (192.168.1.20) or networks (192.168.1.0/24) of the office "
          "that webhooks may call although they are private. Every other private address stays "
          "blocked (SSRF protection)."),
        (), item=allowlist_entry, example="192.168.1.0/24, erp.oficina.lan",
    ),
    Setting(
        "history.keep_days", "int",
        T("Días de historial", "Days of history"),
        T("Se borran los pasos más antiguos que estos días (el estado de cada contacto se conserva). "
          "0 = guardar todo.",
          "Steps older than this many days are deleted (each contact's state is kept). 0 = keep everything."),
        0, minimum=0, maximum=36500,
    ),
    Setting(
        "history.not_started_keep_days", "int",
        T("Días de «no empezó»", "Days of «not started»"),
        T("Cuánto tiempo se guarda por qué un contacto no empezó un flujo (filtro no cumplido, "
          "reinscripción no permitida).",
          "How long the reason why a contact did not start a flow (filter not met, re-enrollment "
          "not allowed) is kept."),
        30, minimum=1, maximum=3650,
    ),
    Setting(
        "business.country", "text",
        T("País de los festivos", "Country of the public holidays"),
        T("Código de país (ES, FR, MX, ID...) cuyos festivos no son días laborables. Vacío = sin festivos.",
          "Country code (ES, FR, MX, ID...) whose public holidays are not working days. Empty = no holidays."),
        "", item=country_code,
    ),
    Setting(
        "business.subdivision", "text",
        T("Región de los festivos", "Region of the public holidays"),
        T("Código de la región para sus festivos propios (MD = Madrid, CT = Cataluña...). Vacío = solo los "
          "del país.",
          "Region code for its own holidays (MD = Madrid, CT = Catalonia...). Empty = the country's only."),
        "", item=region_code,
    ),
    Setting(
        "business.days", "list",
        T("Días laborables", "Working days"),
        T("Los días de la semana en que se trabaja (mon tue wed thu fri sat sun).",
          "The days of the week the office works (mon tue wed thu fri sat sun)."),
        ("mon", "tue", "wed", "thu", "fri"), item=weekday, minimum=1, example="mon, tue, wed, thu, fri",
    ),
    Setting(
        "business.hours", "text",
        T("Horario laboral", "Business hours"),
        T("HH:MM-HH:MM en la zona horaria de cada flujo, p. ej. 09:00-18:00.",
          "HH:MM-HH:MM in each flow's time zone, e.g. 09:00-18:00."),
        "09:00-18:00", item=hours_span,
    ),
    Setting(
        "inbound.enabled", "bool",
        T("Recibir formularios web", "Receive web forms"),
        T("El servicio (y el diseñador) escuchan formularios web y webhooks entrantes que inician flujos.",
          "The service (and the designer) listen for web forms and incoming webhooks that start flows."),
        True,
    ),
    Setting(
        "inbound.host", "text",
        T("Dirección de escucha", "Listening address"),
        T("127.0.0.1 = solo este equipo (por defecto). La dirección de este equipo en la red de la oficina "
          "(p. ej. 192.168.1.20) o 0.0.0.0 para recibir desde otros equipos. Se aplica al reiniciar.",
          "127.0.0.1 = this computer only (the default). This computer's address on the office network "
          "(e.g. 192.168.1.20) or 0.0.0.0 to receive from other computers. Applies at the next start."),
        "127.0.0.1", item=listen_host,
    ),
    Setting(
        "inbound.port", "int",
        T("Puerto", "Port"),
        T("El puerto TCP de los formularios. Se aplica al reiniciar.",
          "The web forms' TCP port. Applies at the next start."),
        8765, minimum=1, maximum=65535,
    ),
    Setting(
        "inbound.max_bytes", "int",
        T("Tamaño máximo de un envío (bytes)", "Largest submission (bytes)"),
        T("Un envío más grande se rechaza (413) sin leerlo.", "A larger submission is refused (413) unread."),
        65536, minimum=1024, maximum=10_485_760,
    ),
    Setting(
        "inbound.rate_per_minute", "int",
        T("Envíos por minuto", "Submissions per minute"),
        T("Cuántos envíos por minuto acepta cada flujo desde una misma dirección; el resto recibe 429.",
          "How many submissions a minute each flow accepts from one address; the rest get 429."),
        60, minimum=1, maximum=100_000,
    ),
)


def find_setting(key: str) -> Setting:
    """The setting called `key`; SettingError listing the known keys otherwise."""
    for s in SETTINGS:
        if s.key == key.strip():
            return s
    known = ", ".join(s.key for s in SETTINGS)
    raise SettingError(T("No existe el ajuste «{key}». Ajustes: {known}.",
                         "There is no setting «{key}». Settings: {known}.").format(key=key, known=known))


def _bad(s: Setting, es: str, en: str) -> SettingError:
    return _bad_text(s, T(es, en))


def _bad_text(s: Setting, message: Text) -> SettingError:
    return SettingError(T("{key}: {problem}", "{key}: {problem}").format(key=s.key, problem=message))


def parse_setting(s: Setting, words: list[str]) -> Any:
    """Command-line words -> the setting's value (a list setting takes any number, even none)."""
    if s.kind == "list":
        return check_value(s, [w for word in words for w in word.split(",") if w.strip()])
    if len(words) != 1:
        raise _bad(s, "escriba un solo valor.", "give exactly one value.")
    word = words[0].strip()
    if s.kind == "bool":
        if word.casefold() in TRUE_WORDS:
            return True
        if word.casefold() in FALSE_WORDS:
            return False
        raise _bad_text(s, T("«{word}» no es sí/no (true/false).", "«{word}» is not true/false (yes/no).")
                           .format(word=word))
    if s.kind == "int":
        try:
            number = int(word)
        except ValueError:
            raise _bad_text(s, T("«{word}» no es un número entero.", "«{word}» is not a whole number.")
                               .format(word=word)) from None
        return check_value(s, number)
    return check_value(s, word)


def check_value(s: Setting, value: Any) -> Any:
    """A Python value checked (and normalised) for `s`; SettingError when it does not fit."""
    if s.kind == "bool":
        if not isinstance(value, bool):
            raise _bad(s, "debe ser sí o no.", "must be true or false.")
        return value
    if s.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise _bad(s, "debe ser un número entero.", "must be a whole number.")
        if (s.minimum is not None and value < s.minimum) or (s.maximum is not None and value > s.maximum):
            raise _bad_text(s, T("debe estar entre {minimum} y {maximum}.", "must be between {minimum} and {maximum}.")
                               .format(minimum=s.minimum, maximum=s.maximum))
        return value
    if s.kind == "list":
        if not isinstance(value, list | tuple):
            raise _bad(s, "debe ser una lista.", "must be a list.")
        out: list[str] = []
        for item in value:
            norm = _item(s, str(item))
            if norm not in out:
                out.append(norm)
        if s.minimum is not None and len(out) < s.minimum:
            raise _bad_text(s, T("escriba al menos {minimum} valor(es).", "give at least {minimum} value(s).")
                               .format(minimum=s.minimum))
        return out
    return _item(s, str(value))


def _item(s: Setting, text: str) -> str:
    if s.item is None:
        return text.strip()
    try:
        return s.item(text)
    except SettingError as exc:
        raise SettingError(T("{key}: {problem}", "{key}: {problem}").format(key=s.key, problem=exc.message)) from None
