"""Shared building blocks of catalog entries: ports, units and field builders.

Every field that appears on more than one node type (the `filter` condition,
`tag`, `at_time`, durations, ...) is built here, so its titles and help are
written once.
"""

from __future__ import annotations

from typing import Any

from runtime.catalog.types import Choice, ConfigField, FieldKind, Port, Text

T = Text

IN_PORTS: tuple[Port, ...] = (Port("in", T("Entrada", "In")),)
OUT_PORTS: tuple[Port, ...] = (Port("out", T("Salida", "Out")),)

EMPTY_CONDITION: dict[str, Any] = {"match": "all", "rules": []}

UNITS: tuple[Choice, ...] = (
    Choice("minutes", T("Minutos", "Minutes")),
    Choice("hours", T("Horas", "Hours")),
    Choice("days", T("Días", "Days")),
    Choice("weeks", T("Semanas", "Weeks")),
)

WEEKDAY_CHOICES: tuple[Choice, ...] = (
    Choice("mon", T("Lunes", "Monday")),
    Choice("tue", T("Martes", "Tuesday")),
    Choice("wed", T("Miércoles", "Wednesday")),
    Choice("thu", T("Jueves", "Thursday")),
    Choice("fri", T("Viernes", "Friday")),
    Choice("sat", T("Sábado", "Saturday")),
    Choice("sun", T("Domingo", "Sunday")),
)


def filter_field(help_text: Text | None = None) -> ConfigField:
    """The optional `filter` condition of triggers: which contacts may enter."""
    return ConfigField(
        "filter",
        FieldKind.CONDITION,
        T("Filtro", "Filter"),
        help_text
        or T(
            "Solo entran los contactos que cumplen estas condiciones. Sin reglas, entran todos.",
            "Only contacts that meet these conditions enter. With no rules, everyone enters.",
        ),
        default=dict(EMPTY_CONDITION),
    )


def condition_field(name: str, title: Text, help_text: Text) -> ConfigField:
    """A required condition (decisions): at least one rule must be set."""
    return ConfigField(
        name, FieldKind.CONDITION, title, help_text, default=dict(EMPTY_CONDITION), required=True
    )


def tag_field(help_text: Text) -> ConfigField:
    """The required `tag` of tag triggers and actions."""
    return ConfigField(
        "tag", FieldKind.TAG, T("Etiqueta", "Tag"), help_text, default="", required=True
    )


def date_field_field(help_text: Text) -> ConfigField:
    """The required `field` holding a date (a contact or deal date field)."""
    return ConfigField(
        "field",
        FieldKind.FIELD,
        T("Campo de fecha", "Date field"),
        help_text,
        default="",
        required=True,
    )


def offset_days_field() -> ConfigField:
    """Days before (negative) or after (positive) a date."""
    return ConfigField(
        "offset_days",
        FieldKind.INTEGER,
        T("Días antes o después", "Days before or after"),
        T(
            "Negativo = días antes de la fecha; positivo = días después; 0 = el mismo día.",
            "Negative = days before the date; positive = days after; 0 = the same day.",
        ),
        default=0,
        minimum=-3650,
        maximum=3650,
    )


def at_time_field() -> ConfigField:
    """The time of day ("HH:MM") something happens."""
    return ConfigField(
        "at_time",
        FieldKind.TIME,
        T("A la hora", "At time"),
        T("Hora del día, HH:MM (24 h).", "Time of day, HH:MM (24 h)."),
        default="09:00",
        required=True,
    )


def timezone_field() -> ConfigField:
    """An IANA timezone; empty means the flow's timezone."""
    return ConfigField(
        "timezone",
        FieldKind.TIMEZONE,
        T("Zona horaria", "Time zone"),
        T(
            "Por ejemplo Europe/Madrid. Vacío = la zona horaria del flujo.",
            "For example Europe/Madrid. Empty = the flow's time zone.",
        ),
        default="",
    )


def duration_fields(
    prefix: str, title: Text, help_text: Text, amount: int, minimum: int
) -> tuple[ConfigField, ConfigField]:
    """An `<prefix>amount` integer and its `<prefix>unit` (minutes..weeks)."""
    return (
        ConfigField(
            f"{prefix}amount",
            FieldKind.INTEGER,
            title,
            help_text,
            default=amount,
            required=True,
            minimum=minimum,
            maximum=100_000,
        ),
        ConfigField(
            f"{prefix}unit",
            FieldKind.CHOICE,
            T("Unidad", "Unit"),
            T("Minutos, horas, días o semanas.", "Minutes, hours, days or weeks."),
            default="days",
            required=True,
            choices=UNITS,
        ),
    )


def pipeline_field(help_text: Text, required: bool = True) -> ConfigField:
    """The deals pipeline a trigger or action refers to."""
    return ConfigField(
        "pipeline",
        FieldKind.PIPELINE,
        T("Embudo", "Pipeline"),
        help_text,
        default="",
        required=required,
    )


def stage_field(name: str, title: Text, help_text: Text, required: bool = True) -> ConfigField:
    """A stage of the pipeline chosen in the `pipeline` field."""
    return ConfigField(name, FieldKind.STAGE, title, help_text, default="", required=required)


def working_time_field() -> ConfigField:
    """Keep a moment to working time: outside it (nights, days off, holidays) it moves on."""
    return ConfigField(
        "working_time",
        FieldKind.BOOLEAN,
        T("Solo en horario laboral", "Only in working time"),
        T(
            "Si el momento cae fuera del horario, en día no laborable o en festivo (Ajustes de ejecución), "
            "pasa a la siguiente mañana laborable; el historial dice por qué.",
            "When the moment falls outside business hours, on a day off or on a public holiday (Runtime "
            "settings), it moves to the next working morning; the history says why.",
        ),
        default=False,
    )
