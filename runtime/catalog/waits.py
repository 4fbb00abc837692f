"""Catalog entries: esperas (waits), which hold a contact until a time comes."""

from __future__ import annotations

from runtime.catalog import summaries as s
from runtime.catalog.common_fields import (
    IN_PORTS,
    OUT_PORTS,
    WEEKDAY_CHOICES,
    T,
    at_time_field,
    date_field_field,
    duration_fields,
    offset_days_field,
    timezone_field,
    working_time_field,
)
from runtime.catalog.types import Choice, ConfigField, FieldKind, NodeKind, NodeType

WAIT = NodeKind.WAIT

TYPES: list[NodeType] = [
    NodeType(
        id="wait.duration",
        version=1,
        kind=WAIT,
        title=T("Esperar", "Wait"),
        description=T(
            "Espera un tiempo (minutos, horas, días o semanas) antes de seguir.",
            "Waits for a while (minutes, hours, days or weeks) before going on.",
        ),
        icon="hourglass",
        fields=(
            *duration_fields(
                "",
                T("Cuánto", "How long"),
                T(
                    "Cuántas unidades esperar; 0 = seguir enseguida.",
                    "How many units to wait; 0 = go on at once.",
                ),
                amount=1,
                minimum=0,
            ),
            ConfigField(
                "count",
                FieldKind.CHOICE,
                T("Cómo contar", "How to count"),
                T(
                    "Tiempo corrido, o solo tiempo laborable: días laborables (una semana = 5) u horas "
                    "dentro del horario, sin fines de semana ni festivos.",
                    "Calendar time, or working time only: business days (a week = 5) or hours within "
                    "business hours, skipping weekends and public holidays.",
                ),
                default="calendar",
                required=True,
                choices=(
                    Choice("calendar", T("Tiempo corrido", "Calendar time")),
                    Choice("business", T("Tiempo laborable", "Business time")),
                ),
            ),
            working_time_field(),
        ),
        inputs=IN_PORTS,
        outputs=OUT_PORTS,
        summary=s.wait_duration,
    ),
    NodeType(
        id="wait.until_date_field",
        version=1,
        kind=WAIT,
        title=T("Esperar hasta una fecha", "Wait until a date"),
        description=T(
            "Espera hasta unos días antes o después de la fecha de un campo "
            "(p. ej. 3 días antes del inicio de un evento).",
            "Waits until some days before or after the date in a field "
            "(e.g. 3 days before an event starts).",
        ),
        icon="calendar-clock",
        fields=(
            date_field_field(
                T(
                    "Un campo de fecha del contacto o del negocio. Si la fecha ya pasó, sigue enseguida.",
                    "A date field of the contact or the deal. If the date has passed, it goes on at once.",
                )
            ),
            offset_days_field(),
            at_time_field(),
            working_time_field(),
        ),
        inputs=IN_PORTS,
        outputs=OUT_PORTS,
        summary=s.wait_until_date_field,
    ),
    NodeType(
        id="wait.until_time",
        version=1,
        kind=WAIT,
        title=T("Esperar hasta día y hora", "Wait until day and time"),
        description=T(
            "Espera hasta el próximo día y hora elegidos (p. ej. un día laborable a las 9:00).",
            "Waits until the next chosen day and time (e.g. a weekday at 9:00).",
        ),
        icon="calendar-check",
        fields=(
            ConfigField(
                "weekdays",
                FieldKind.WEEKDAYS,
                T("Días", "Days"),
                T(
                    "Los días de la semana en que puede seguir.",
                    "The days of the week it may go on.",
                ),
                default=["mon", "tue", "wed", "thu", "fri"],
                required=True,
                choices=WEEKDAY_CHOICES,
            ),
            at_time_field(),
            timezone_field(),
            working_time_field(),
        ),
        inputs=IN_PORTS,
        outputs=OUT_PORTS,
        summary=s.wait_until_time,
    ),
]
