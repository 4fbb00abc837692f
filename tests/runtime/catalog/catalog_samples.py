"""A complete, valid config for every node type (shared by the catalog tests)."""

SAMPLES: dict[str, dict] = {
    "trigger.contact_created": {
        "filter": {
            "match": "all",
            "rules": [{"field": "contact.city", "op": "equals", "value": "Madrid"}],
        }
    },
    "trigger.contact_updated": {"fields": ["contact.email", "contact.phone"]},
    "trigger.tag_added": {"tag": "cliente"},
    "trigger.deal_stage_changed": {
        "pipeline": "Ventas",
        "to_stage": "Ganado",
        "from_stage": "Propuesta",
    },
    "trigger.date_field": {"field": "contact.birthday", "offset_days": -3, "at_time": "10:30"},
    "trigger.schedule": {"cron": "0 9 * * 1-5", "timezone": "Europe/Madrid"},
    "trigger.manual": {"label": "Enviar bienvenida"},
    "trigger.form_submitted": {"email_field": "correo", "tag": "web",
                               "fields": {"contact.first_name": "nombre", "contact.city": "ciudad"}},
    "action.update_fields": {"values": {"contact.city": "Madrid", "contact.source": "web"}},
    "action.add_tag": {"tag": "cliente"},
    "action.remove_tag": {"tag": "lead"},
    "action.create_task": {
        "title": "Llamar a {{ contact.first_name }}",
        "due_in_days": 2,
        "assignee": "eva@acme.es",
    },
    "action.assign_owner": {"strategy": "round_robin", "users": ["eva@acme.es", "luis@acme.es"]},
    "action.move_deal_stage": {"pipeline": "Ventas", "stage": "Ganado"},
    "action.send_email": {"subject": "Bienvenida", "body": "Hola {{ contact.first_name }}"},
    "action.notify_user": {"message": "Nuevo cliente: {{ contact.email }}"},
    "action.webhook": {
        "url": "https://hooks.example.com/caudal",
        "headers": {"Authorization": {"secret": "hook:token"}, "X-Source": "caudal"},
        "body": '{"email": "{{ contact.email }}"}',
    },
    "action.generate_report": {
        "template": "Informe de {{ contact.first_name }}",
        "send_to": "owner",
    },
    "action.enroll_in_flow": {"flow": "Bienvenida"},
    "wait.duration": {"amount": 2, "unit": "days"},
    "wait.until_date_field": {"field": "deal.close_date", "offset_days": 1, "at_time": "08:00"},
    "wait.until_time": {"weekdays": ["mon", "wed", "fri"], "at_time": "09:30"},
    "decision.if": {
        "condition": {
            "match": "all",
            "rules": [{"field": "contact.city", "op": "equals", "value": "Madrid"}],
        }
    },
    "decision.switch": {
        "field": "contact.city",
        "cases": [
            {"port": "case_1", "label": "Madrid", "value": "Madrid"},
            {"port": "case_2", "label": "", "value": "Sevilla"},
        ],
    },
    "decision.split": {
        "branches": [
            {"port": "branch_1", "name": "A", "percent": 70},
            {"port": "branch_2", "name": "B", "percent": 30},
        ]
    },
    "decision.wait_until": {
        "condition": {"match": "any", "rules": [{"op": "has_tag", "value": "cliente"}]},
        "timeout_amount": 5,
        "timeout_unit": "days",
    },
}
