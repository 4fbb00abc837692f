"""How the email dialogs word a failure from the runtime (keyring missing, bad input, SMTP)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from designer.i18n import said
from runtime.secrets import SecretMissing, SecretsUnavailable


def tr(text: str) -> str:
    return QCoreApplication.translate("EmailMessages", text)


def describe(exc: BaseException) -> str:
    """One clear sentence for `exc`; the keyring's how-to is shown whole, never shortened."""
    if isinstance(exc, SecretsUnavailable):
        return tr("The password was not stored: %1").replace("%1", str(exc))
    if isinstance(exc, SecretMissing):
        return tr("The password is missing from the keyring: type it again and save.")
    text = said(exc) or type(exc).__name__
    return text[0].upper() + text[1:] if text else text
