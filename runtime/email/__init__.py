"""Email that really goes out: SMTP accounts (passwords in the keyring), stored templates,
safe rendering with merge fields, the SMTP channel and PDF reports.

Public API (used by the designer and the CLI):

    add_account(db, SmtpAccount(...), password) / list_accounts / get_account / remove_account
    test_account(db, name, timeout=10) -> TestResult(ok, message)
    save_template / list_templates / get_template / delete_template (EmailTemplate)
    render_email(conn_or_db, template_or_texts, contact_id, crm="local", lang="es") -> RenderedEmail
    render_report_pdf(text_or_html, contact, deals, tasks, title, lang) -> bytes

Each name loads its module on first use, so `runtime.email.accounts` (what the CLI's
`accounts` commands need) does not bring in templates (Jinja2 and the engine) or PDF
reports (fpdf2: ~170 ms of imports).
"""

from runtime.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "runtime.email.accounts": ("DEFAULT_PORTS", "SECURITY", "AccountProblem", "SmtpAccount", "TestResult",
                               "add_account", "get_account", "list_accounts", "remove_account", "test_account"),
    "runtime.email.pdf_report": ("render_report_pdf",),
    "runtime.email.render": ("HeaderProblem", "RenderedEmail"),
    "runtime.email.templates_store": ("EmailTemplate", "TemplateNotFound", "delete_template", "get_template",
                                      "list_templates", "render_email", "save_template"),
    "runtime.kernel.templates": ("TemplateProblem",),
})
