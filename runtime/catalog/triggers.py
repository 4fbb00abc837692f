"""Catalog entries: lanzadores (triggers), the events that enroll a contact in a flow."""

from __future__ import annotations

from runtime.catalog import summaries as s
from runtime.catalog.common_fields import (
    OUT_PORTS,
    T,
    at_time_field,
    date_field_field,
    filter_field,
    offset_days_field,
    pipeline_field,
    stage_field,
    tag_field,
    timezone_field,
    working_time_field,
)
from runtime.catalog.types import ConfigField, FieldKind, NodeKind, NodeType

TRIGGER = NodeKind.TRIGGER

TYPES: list[NodeType] = [
    NodeType(
        id="trigger.contact_created",
        version=1,
        kind=TRIGGER,
        title=T("Contacto creado", "Contact created"),
        description=T(
            "Se lanza cuando se crea un contacto en el CRM (a mano, por importación o desde otro flujo).",
            "Starts when a contact is created in the CRM (by hand, by import or by another flow).",
        ),
        icon="user-plus",
        fields=(filter_field(),),
        outputs=OUT_PORTS,
        summary=s.contact_created,
    ),
    NodeType(
        id="trigger.contact_updated",
        version=1,
        kind=TRIGGER,
        title=T("Contacto actualizado", "Contact updated"),
        description=T(
            "Se lanza cuando cambia alguno de los campos elegidos de un contacto.",
            "Starts when any of the chosen fields of a contact changes.",
        ),
        icon="user-pen",
        fields=(
            ConfigField(
                "fields",
                FieldKind.FIELD_LIST,
                T("Campos", "Fields"),
                T(
                    "Se lanza si cambia cualquiera de estos campos. Vacío = cualquier campo.",
                    "Starts if any of these fields changes. Empty = any field.",
                ),
                default=[],
            ),
            filter_field(),
        ),
        outputs=OUT_PORTS,
        summary=s.contact_updated,
    ),
    NodeType(
        id="trigger.tag_added",
        version=1,
        kind=TRIGGER,
        title=T("Etiqueta añadida", "Tag added"),
        description=T(
            "Se lanza cuando un contacto recibe una etiqueta.",
            "Starts when a contact gets a tag.",
        ),
        icon="tag",
        fields=(
            tag_field(T("La etiqueta que lanza el flujo.", "The tag that starts the flow.")),
            filter_field(),
        ),
        outputs=OUT_PORTS,
        summary=s.tag_added,
    ),
    NodeType(
        id="trigger.deal_stage_changed",
        version=1,
        kind=TRIGGER,
        title=T("Negocio cambia de etapa", "Deal stage changed"),
        description=T(
            "Se lanza cuando un negocio llega a una etapa del embudo, o cuando sale de una; entra su contacto.",
            "Starts when a deal enters a stage of the pipeline, or when it leaves one; its contact enters.",
        ),
        icon="kanban",
        fields=(
            pipeline_field(T("El embudo de ventas del negocio.", "The deal's sales pipeline.")),
            stage_field(
                "to_stage",
                T("Pasa a la etapa", "Moves to stage"),
                T(
                    "La etapa a la que llega el negocio. Vacío (con «Desde la etapa») = cuando sale "
                    "de esa etapa, vaya a donde vaya.",
                    "The stage the deal moves to. Empty (with «From stage») = when it leaves that "
                    "stage, wherever it goes.",
                ),
            ),
            stage_field(
                "from_stage",
                T("Desde la etapa", "From stage"),
                T(
                    "Opcional: solo si viene de esta etapa. Vacío = desde cualquiera.",
                    "Optional: only when it comes from this stage. Empty = from any stage.",
                ),
                required=False,
            ),
        ),
        outputs=OUT_PORTS,
        summary=s.deal_stage_changed,
    ),
    NodeType(
        id="trigger.date_field",
        version=1,
        kind=TRIGGER,
        title=T("Fecha de un campo", "Date in a field"),
        description=T(
            "Se lanza unos días antes o después de la fecha guardada en un campo "
            "(cumpleaños, renovación, inicio de un evento).",
            "Starts some days before or after the date stored in a field "
            "(birthday, renewal, an event's start).",
        ),
        icon="calendar",
        fields=(
            date_field_field(
                T(
                    "Un campo de fecha del contacto o del negocio, p. ej. contact.birthday.",
                    "A date field of the contact or the deal, e.g. contact.birthday.",
                )
            ),
            offset_days_field(),
            at_time_field(),
            working_time_field(),
        ),
        outputs=OUT_PORTS,
        summary=s.date_field,
    ),
    NodeType(
        id="trigger.schedule",
        version=1,
        kind=TRIGGER,
        title=T("Programado", "On a schedule"),
        description=T(
            "Se lanza en las fechas y horas fijadas (cada lunes a las 9, cada día...) "
            "para los contactos que cumplen el filtro.",
            "Starts at set times (every Monday at 9, every day...) for the contacts "
            "that meet the filter.",
        ),
        icon="clock",
        fields=(
            ConfigField(
                "cron",
                FieldKind.CRON,
                T("Cuándo (cron)", "When (cron)"),
                T(
                    "Cinco partes: minuto hora día mes día-de-la-semana. "
                    "«0 9 * * 1» = cada lunes a las 09:00.",
                    "Five parts: minute hour day month weekday. "
                    "«0 9 * * 1» = every Monday at 09:00.",
                ),
                default="0 9 * * 1",
                required=True,
            ),
            timezone_field(),
            filter_field(
                T(
                    "Qué contactos entran en cada ejecución. Sin reglas, entran todos.",
                    "Which contacts enter at each run. With no rules, everyone enters.",
                )
            ),
        ),
        outputs=OUT_PORTS,
        summary=s.schedule,
    ),
    NodeType(
        id="trigger.form_submitted",
        version=1,
        kind=TRIGGER,
        title=T("Formulario web o webhook entrante", "Web form or incoming webhook"),
        description=T(
            "Se lanza cuando llega un envío a la dirección del flujo (un formulario de su web, una visita "
            "o un pedido que otra aplicación avisa): crea o actualiza el contacto por su correo y entra.",
            "Starts when a submission reaches the flow's address (a form on your website, a page visit or "
            "an order another app reports): the contact is created or updated by email and enters.",
        ),
        icon="globe",
        fields=(
            ConfigField(
                "email_field",
                FieldKind.TEXT,
                T("Campo del correo", "Email field"),
                T(
                    "El nombre del campo del envío que trae el correo del contacto.",
                    "The name of the submitted field that holds the contact's email.",
                ),
                default="email",
                required=True,
            ),
            ConfigField(
                "fields",
                FieldKind.FIELD_VALUES,
                T("Campos del contacto", "Contact fields"),
                T(
                    "Campo del contacto → nombre del campo del envío, p. ej. contact.first_name → nombre. "
                    "Vacío = los nombres habituales (first_name/nombre, last_name/apellidos, phone/telefono, "
                    "company/empresa).",
                    "Contact field → name of the submitted field, e.g. contact.first_name → name. "
                    "Empty = the usual names (first_name/nombre, last_name/apellidos, phone/telefono, "
                    "company/empresa).",
                ),
                default={},
            ),
            ConfigField(
                "update_existing",
                FieldKind.BOOLEAN,
                T("Actualizar contactos existentes", "Update existing contacts"),
                T(
                    "Si el correo ya existe, se actualizan sus campos con lo enviado (si no, se dejan como están).",
                    "When the email exists, its fields are updated with what was sent (else left as they are).",
                ),
                default=True,
            ),
            ConfigField(
                "tag",
                FieldKind.TAG,
                T("Etiqueta", "Tag"),
                T("Opcional: una etiqueta que recibe el contacto.", "Optional: a tag the contact gets."),
                default="",
            ),
            filter_field(),
        ),
        outputs=OUT_PORTS,
        summary=s.form_submitted,
    ),
    NodeType(
        id="trigger.manual",
        version=1,
        kind=TRIGGER,
        title=T("Manual", "Manual"),
        description=T(
            "Se lanza a mano: desde un botón en los contactos o con «enroll» en la línea de comandos.",
            "Started by hand: from a button on contacts or with «enroll» on the command line.",
        ),
        icon="hand-pointer",
        fields=(
            ConfigField(
                "label",
                FieldKind.TEXT,
                T("Texto del botón", "Button label"),
                T(
                    "Lo que dice el botón. Vacío = «Ejecutar flujo».",
                    "What the button says. Empty = «Run flow».",
                ),
                default="",
            ),
        ),
        outputs=OUT_PORTS,
        summary=s.manual,
    ),
]
