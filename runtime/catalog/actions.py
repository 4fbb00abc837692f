"""Catalog entries: acciones (actions), the things a flow does to or for a contact."""

from __future__ import annotations

from runtime.catalog import summaries as s
from runtime.catalog.common_fields import (
    IN_PORTS,
    OUT_PORTS,
    T,
    pipeline_field,
    stage_field,
    tag_field,
)
from runtime.catalog.types import Choice, ConfigField, FieldKind, NodeKind, NodeType, Text
from runtime.i18n.languages import LANGUAGES

ACTION = NodeKind.ACTION
HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
_MERGE_HELP = T(
    "Admite campos como {{ contact.first_name }}.",
    "May use merge fields such as {{ contact.first_name }}.",
)


def _account_field() -> ConfigField:
    return _text(
        "account",
        FieldKind.EMAIL_ACCOUNT,
        T("Cuenta de envío", "Sending account"),
        T(
            "La cuenta SMTP. Vacío = la bandeja de salida local.",
            "The SMTP account. Empty = the local outbox.",
        ),
    )


RECIPIENT_CHOICES = (
    Choice("contact", T("El contacto", "The contact")),
    Choice("owner", T("El propietario del contacto", "The contact's owner")),
    Choice("deal_owner", T("El propietario del negocio", "The deal's owner")),
)
_RECIPIENT_HELP = T(
    "«contact» (el contacto), «owner» (su propietario), «deal_owner» (el propietario de su negocio), "
    "un usuario (su id o su correo), una dirección fija o un campo combinado como {{ contact.email_pareja }}.",
    "«contact», «owner» (its owner), «deal_owner» (its deal's owner), a user (id or email), "
    "a fixed address or a merge field such as {{ contact.partner_email }}.",
)


def _recipient_field(name: str, title: Text, default: str) -> ConfigField:
    return ConfigField(name, FieldKind.RECIPIENT, title, _RECIPIENT_HELP, default=default, required=True,
                       choices=RECIPIENT_CHOICES)


def _copies_fields() -> tuple[ConfigField, ConfigField]:
    """Optional CC and BCC: several recipients of the same kinds, separated by commas."""
    def copies(name: str, title: Text, extra: Text) -> ConfigField:
        return ConfigField(name, FieldKind.RECIPIENT_LIST, title, T(
            "Opcional. Varios destinatarios separados por comas, de los mismos tipos que «Para». {extra}",
            "Optional. Several recipients separated by commas, of the same kinds as «To». {extra}").format(
            extra=extra), default="")

    return (copies("cc", T("Copia (CC)", "Copy (CC)"),
                   T("Todos ven a quién se envió.", "Everyone sees who got it.")),
            copies("bcc", T("Copia oculta (CCO)", "Blind copy (BCC)"),
                   T("Nadie ve estas direcciones.", "Nobody sees these addresses.")))


def _action(id: str, title: Text, description: Text, icon: str, fields: tuple, summary) -> NodeType:
    return NodeType(
        id=id,
        version=1,
        kind=ACTION,
        title=title,
        description=description,
        icon=icon,
        fields=fields,
        inputs=IN_PORTS,
        outputs=OUT_PORTS,
        summary=summary,
    )


def _text(name: str, kind: FieldKind, title: Text, help_text: Text, *, default="", required=False):
    return ConfigField(name, kind, title, help_text, default=default, required=required)


TYPES: list[NodeType] = [
    _action(
        "action.update_fields",
        T("Actualizar campos", "Update fields"),
        T(
            "Cambia campos del contacto o de su negocio (valores fijos o con campos combinados).",
            "Sets fields of the contact or its deal (fixed values or with merge fields).",
        ),
        "pencil",
        (
            ConfigField(
                "values",
                FieldKind.FIELD_VALUES,
                T("Valores", "Values"),
                T("Campo → nuevo valor, p. ej. contact.lifecycle_stage → cliente. {merge_help}",
                  "Field → new value, e.g. contact.lifecycle_stage → customer. {merge_help}")
                .format(merge_help=_MERGE_HELP),
                default={},
                required=True,
            ),
        ),
        s.update_fields,
    ),
    _action(
        "action.add_tag",
        T("Añadir etiqueta", "Add tag"),
        T("Añade una etiqueta al contacto.", "Adds a tag to the contact."),
        "tag-plus",
        (tag_field(T("La etiqueta que se añade.", "The tag to add.")),),
        s.add_tag,
    ),
    _action(
        "action.remove_tag",
        T("Quitar etiqueta", "Remove tag"),
        T(
            "Quita una etiqueta del contacto, si la tiene.",
            "Removes a tag from the contact, if it has it.",
        ),
        "tag-minus",
        (tag_field(T("La etiqueta que se quita.", "The tag to remove.")),),
        s.remove_tag,
    ),
    _action(
        "action.create_task",
        T("Crear tarea", "Create task"),
        T(
            "Crea una tarea para el propietario del contacto o para un usuario.",
            "Creates a task for the contact's owner or for a user.",
        ),
        "check-square",
        (
            _text(
                "title",
                FieldKind.TEMPLATE,
                T("Título de la tarea", "Task title"),
                T("Qué hay que hacer. {merge_help}", "What to do. {merge_help}").format(merge_help=_MERGE_HELP),
                required=True,
            ),
            _text("notes", FieldKind.LONG_TEMPLATE, T("Notas", "Notes"), _MERGE_HELP),
            ConfigField(
                "due_in_days",
                FieldKind.INTEGER,
                T("Vence en (días)", "Due in (days)"),
                T("Días desde hoy; 0 = hoy.", "Days from today; 0 = today."),
                default=1,
                minimum=0,
                maximum=3650,
            ),
            _text(
                "assignee",
                FieldKind.USER,
                T("Asignada a", "Assigned to"),
                T(
                    "«owner» = el propietario del contacto; si no, un usuario (email).",
                    "«owner» = the contact's owner; otherwise a user (email).",
                ),
                default="owner",
                required=True,
            ),
            ConfigField(
                "fallback",
                FieldKind.USER,
                T("Si no tiene propietario", "If there is no owner"),
                T(
                    "Cuando la tarea es para el propietario y el contacto no tiene: se asigna a este "
                    "usuario (email); vacío = la tarea queda sin asignar. El contacto sigue en el flujo.",
                    "When the task is for the owner and the contact has none: it goes to this user "
                    "(email); empty = the task stays unassigned. The contact goes on in the flow.",
                ),
                default="",
            ),
        ),
        s.create_task,
    ),
    _action(
        "action.assign_owner",
        T("Asignar propietario", "Assign owner"),
        T(
            "Asigna el contacto, su negocio o ambos a un usuario fijo, por turnos (round robin) "
            "o por criterios (p. ej. provincia → instalador).",
            "Assigns the contact, its deal or both to one user, in turns (round robin) "
            "or by criteria (e.g. province → installer).",
        ),
        "user-check",
        (
            ConfigField(
                "target",
                FieldKind.CHOICE,
                T("Qué asignar", "What to assign"),
                T(
                    "El contacto, su negocio (el más reciente) o los dos al mismo usuario.",
                    "The contact, its deal (the latest one) or both to the same user.",
                ),
                default="contact",
                required=True,
                choices=(
                    Choice("contact", T("El contacto", "The contact")),
                    Choice("deal", T("El negocio", "The deal")),
                    Choice("both", T("Contacto y negocio", "Contact and deal")),
                ),
            ),
            ConfigField(
                "strategy",
                FieldKind.CHOICE,
                T("Cómo asignar", "How to assign"),
                T(
                    "Siempre la misma persona, por turnos entre varias, o según el valor de un campo.",
                    "Always the same person, in turns among several, or by the value of a field.",
                ),
                default="fixed",
                required=True,
                choices=(
                    Choice("fixed", T("Un usuario fijo", "One fixed user")),
                    Choice("round_robin", T("Por turnos (round robin)", "Round robin")),
                    Choice("rules", T("Por criterios (tabla de reglas)", "By criteria (rule table)")),
                ),
            ),
            ConfigField(
                "user",
                FieldKind.USER,
                T("Usuario", "User"),
                T("El nuevo propietario.", "The new owner."),
                default="",
                required=True,
                visible_when={"strategy": ("fixed",)},
            ),
            ConfigField(
                "users",
                FieldKind.USER_LIST,
                T("Usuarios", "Users"),
                T(
                    "Los contactos se reparten por turnos entre estos usuarios.",
                    "Contacts are shared out in turns among these users.",
                ),
                default=[],
                required=True,
                visible_when={"strategy": ("round_robin",)},
            ),
            ConfigField(
                "rule_field",
                FieldKind.FIELD,
                T("Campo del criterio", "Criterion field"),
                T(
                    "El campo cuyo valor decide, p. ej. contact.provincia o deal.tipo.",
                    "The field whose value decides, e.g. contact.province or deal.type.",
                ),
                default="",
                required=True,
                visible_when={"strategy": ("rules",)},
            ),
            ConfigField(
                "rules",
                FieldKind.USER_RULES,
                T("Reglas", "Rules"),
                T(
                    "Valor → usuario, p. ej. Madrid → eva@empresa.es. Varios valores en una fila, separados "
                    "por comas. Sin distinguir mayúsculas ni acentos.",
                    "Value → user, e.g. Madrid → eva@company.com. Several values in one row, separated "
                    "by commas. Case and accents are ignored.",
                ),
                default=[],
                required=True,
                visible_when={"strategy": ("rules",)},
            ),
            ConfigField(
                "default_user",
                FieldKind.USER,
                T("Si ninguna regla encaja", "When no rule fits"),
                T(
                    "El usuario por defecto. Vacío = el paso falla y dice qué valor no tenía regla.",
                    "The default user. Empty = the step fails saying which value had no rule.",
                ),
                default="",
                visible_when={"strategy": ("rules",)},
            ),
        ),
        s.assign_owner,
    ),
    _action(
        "action.move_deal_stage",
        T("Mover negocio de etapa", "Move deal to stage"),
        T(
            "Pasa el negocio del contacto en ese embudo a otra etapa.",
            "Moves the contact's deal in that pipeline to another stage.",
        ),
        "arrow-right-circle",
        (
            pipeline_field(T("El embudo del negocio.", "The deal's pipeline.")),
            stage_field(
                "stage", T("Etapa", "Stage"), T("La etapa a la que pasa.", "The stage it moves to.")
            ),
        ),
        s.move_deal_stage,
    ),
    _action(
        "action.send_email",
        T("Enviar correo", "Send email"),
        T(
            "Envía un correo al contacto, a su propietario, al del negocio, a un usuario o a otra dirección "
            "(con copias CC/CCO si hace falta).",
            "Sends an email to the contact, to its owner, to the deal's owner, to a user or to another "
            "address (with CC/BCC copies if needed).",
        ),
        "mail",
        (
            _account_field(),
            _recipient_field("to", T("Para", "To"), "contact"),
            *_copies_fields(),
            _text(
                "template",
                FieldKind.EMAIL_TEMPLATE,
                T("Plantilla", "Template"),
                T(
                    "Una plantilla guardada (asunto y mensaje). Vacío = el asunto y el mensaje de abajo.",
                    "A stored template (subject and body). Empty = the subject and body below.",
                ),
            ),
            ConfigField(
                "subject",
                FieldKind.TEMPLATE,
                T("Asunto", "Subject"),
                T("Obligatorio sin plantilla. {merge_help}", "Required without a template. {merge_help}")
                .format(merge_help=_MERGE_HELP),
                default="",
                required=True,
            ),
            ConfigField(
                "body",
                FieldKind.LONG_TEMPLATE,
                T("Mensaje", "Body"),
                T("Texto o HTML; obligatorio sin plantilla. {merge_help}",
                  "Text or HTML; required without a template. {merge_help}").format(merge_help=_MERGE_HELP),
                default="",
                required=True,
            ),
        ),
        s.send_email,
    ),
    _action(
        "action.notify_user",
        T("Avisar a un usuario", "Notify a user"),
        T(
            "Envía un aviso interno a un usuario del CRM (correo y aviso en el escritorio).",
            "Sends an internal notice to a CRM user (email and a desktop notification).",
        ),
        "bell",
        (
            _text(
                "user",
                FieldKind.USER,
                T("Usuario", "User"),
                T(
                    "«owner» = el propietario del contacto; si no, un usuario (email).",
                    "«owner» = the contact's owner; otherwise a user (email).",
                ),
                default="owner",
                required=True,
            ),
            _text(
                "message",
                FieldKind.LONG_TEMPLATE,
                T("Mensaje", "Message"),
                _MERGE_HELP,
                required=True,
            ),
            _account_field(),
        ),
        s.notify_user,
    ),
    _action(
        "action.webhook",
        T("Llamar a un webhook", "Call a webhook"),
        T(
            "Envía una petición HTTP a otra aplicación (Zapier, Make, tu web...).",
            "Sends an HTTP request to another app (Zapier, Make, your website...).",
        ),
        "webhook",
        (
            ConfigField(
                "method",
                FieldKind.CHOICE,
                T("Método", "Method"),
                T("POST envía datos; GET solo consulta.", "POST sends data; GET only asks."),
                default="POST",
                required=True,
                choices=tuple(Choice(m, T(m, m)) for m in HTTP_METHODS),
            ),
            _text(
                "url",
                FieldKind.URL,
                T("URL", "URL"),
                T("Dirección http(s)://. {merge_help}", "An http(s):// address. {merge_help}")
                .format(merge_help=_MERGE_HELP),
                required=True,
            ),
            ConfigField(
                "headers",
                FieldKind.KEY_VALUES,
                T("Cabeceras", "Headers"),
                T(
                    "Nombre → valor. Para un token use una referencia a un secreto, "
                    '{"secret": "nombre"}, nunca el token en claro.',
                    "Name → value. For a token use a secret reference, "
                    '{"secret": "name"}, never the token itself.',
                ),
                default={},
            ),
            ConfigField(
                "body",
                FieldKind.LONG_TEMPLATE,
                T("Cuerpo", "Body", context="webhook"),
                T("El contenido enviado (p. ej. JSON). {merge_help}", "The content sent (e.g. JSON). {merge_help}")
                .format(merge_help=_MERGE_HELP),
                default="",
                visible_when={"method": ("POST", "PUT", "PATCH", "DELETE")},
            ),
        ),
        s.webhook,
    ),
    _action(
        "action.generate_report",
        T("Generar informe", "Generate report"),
        T(
            "Genera un informe PDF (texto y tabla de negocios y tareas del contacto) y lo envía por correo.",
            "Builds a PDF report (text and a table of the contact's deals and tasks) and sends it by email.",
        ),
        "file-text",
        (
            _text(
                "template",
                FieldKind.LONG_TEMPLATE,
                T("Plantilla", "Template"),
                T("El contenido del informe (texto o HTML). {merge_help}",
                  "The report's content (text or HTML). {merge_help}").format(merge_help=_MERGE_HELP),
                required=True,
            ),
            _recipient_field("send_to", T("Enviar a", "Send to"), "owner"),
            *_copies_fields(),
            _text(
                "subject",
                FieldKind.TEMPLATE,
                T("Asunto", "Subject"),
                T(
                    "El asunto del correo. Vacío = «Informe: » y el título del nodo.",
                    "The email's subject. Empty = «Report: » and the node's title.",
                ),
            ),
            ConfigField(
                "language",
                FieldKind.CHOICE,
                T("Idioma del informe", "Report language"),
                T("El idioma de los títulos, fechas e importes del informe y de su correo.",
                  "The language of the report's headings, dates and amounts, and of its email."),
                default="es",
                choices=tuple(Choice(code, T(language.name, language.name)) for code, language in LANGUAGES.items()),
            ),
            _account_field(),
        ),
        s.generate_report,
    ),
    _action(
        "action.enroll_in_flow",
        T("Inscribir en otro flujo", "Enroll in another flow"),
        T(
            "Hace entrar al contacto en otro flujo activo.",
            "Enrolls the contact in another active flow.",
        ),
        "corner-down-right",
        (
            _text(
                "flow",
                FieldKind.FLOW,
                T("Flujo", "Flow"),
                T("El flujo (nombre o id) en el que entra.", "The flow (name or id) to enter."),
                required=True,
            ),
        ),
        s.enroll_in_flow,
    ),
]
