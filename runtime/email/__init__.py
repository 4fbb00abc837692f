"""Email that really goes out: SMTP accounts (passwords in the keyring), stored templates,
safe rendering with merge fields, the SMTP channel and PDF reports.

Public API (used by the designer and the CLI):

    add_account(db, SmtpAccount(...), password) / list_accounts / get_account / remove_account
    test_account(db, name, timeout=10) -> TestResult(ok, message)
    save_template / list_templates / get_template / delete_template (EmailTemplate)
    render_email(conn_or_db, template_or_texts, contact_id, crm="local", lang="es") -> RenderedEmail
    render_report_pdf(text_or_html, contact, deals, tasks, title, lang) -> bytes
"""

from runtime.email.accounts import (
    DEFAULT_PORTS,
    SECURITY,
    AccountProblem,
    SmtpAccount,
    TestResult,
    add_account,
    get_account,
    list_accounts,
    remove_account,
    test_account,
)
from runtime.email.render import HeaderProblem, RenderedEmail
from runtime.email.templates_store import (
    EmailTemplate,
    TemplateNotFound,
    delete_template,
    get_template,
    list_templates,
    render_email,
    save_template,
)
from runtime.engine.templates import TemplateProblem

__all__ = [
    "DEFAULT_PORTS", "SECURITY", "AccountProblem", "EmailTemplate", "HeaderProblem", "RenderedEmail",
    "SmtpAccount", "TemplateNotFound", "TemplateProblem", "TestResult", "add_account", "delete_template",
    "get_account", "get_template", "list_accounts", "list_templates", "remove_account", "render_email",
    "render_report_pdf", "save_template", "test_account",
]


def __getattr__(name: str) -> object:
    """`render_report_pdf` on first use: fpdf2 (~170 ms of imports) loads only for a PDF."""
    if name == "render_report_pdf":
        from runtime.email.pdf_report import render_report_pdf

        return render_report_pdf
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
