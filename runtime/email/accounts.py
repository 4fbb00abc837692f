"""SMTP accounts: settings in the `email_accounts` table, the password only in the keyring.

The password of account NAME is stored under the keyring reference "smtp:NAME"
(service "caudal"); no row, file or log ever holds it. `test_account` connects,
secures the connection, logs in, sends NOOP and quits, and says in one sentence what
went wrong.
"""

from __future__ import annotations

import re
import smtplib
from dataclasses import asdict, dataclass
from email.utils import parseaddr
from typing import Any

from sqlalchemy import delete, insert, select, update

from runtime import secrets
from runtime.email.connect import SmtpProblem, open_smtp
from runtime.store.db import Database
from runtime.store.schema_email import email_accounts
from runtime.store.types import now

SECURITY = ("none", "starttls", "ssl")
DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$")


class AccountProblem(ValueError):
    """Bad account input or an unknown account (the message names which and why)."""


@dataclass
class SmtpAccount:
    """One SMTP account. Holds no password: that is in the keyring under `secret_ref`."""

    name: str
    host: str
    port: int = 587
    security: str = "starttls"  # none | starttls | ssl
    username: str = ""
    sender: str = ""  # "Name <address>" or a bare address

    @property
    def secret_ref(self) -> str:
        return secret_ref(self.name)

    @property
    def sender_address(self) -> str:
        """The bare address of `sender` ("ana@example.com")."""
        return parseaddr(self.sender)[1]

    def public(self) -> dict[str, Any]:
        """What `accounts list --json` prints (never a password)."""
        return asdict(self)


@dataclass(frozen=True)
class TestResult:
    """The outcome of `test_account`: ok, and one sentence for the user."""

    __test__ = False  # not a pytest class

    ok: bool
    message: str


def secret_ref(name: str) -> str:
    """The keyring reference of account `name`'s password."""
    return f"smtp:{name}"


def check_account(account: SmtpAccount) -> SmtpAccount:
    """Validate and normalise `account`; raises AccountProblem naming the bad field."""
    name = (account.name or "").strip()
    if not _NAME.match(name):
        raise AccountProblem(f"invalid account name {account.name!r}: use 1-60 letters, digits, '.', '_' or '-'")
    host = (account.host or "").strip()
    if not host or any(c.isspace() for c in host) or "/" in host:
        raise AccountProblem(f"account {name!r}: invalid host {account.host!r}")
    security = str(account.security or "").strip().lower()
    if security not in SECURITY:
        raise AccountProblem(
            f"account {name!r}: security must be one of none, starttls, ssl (got {account.security!r})")
    try:
        port = int(account.port)
    except (TypeError, ValueError):
        raise AccountProblem(f"account {name!r}: the port must be a number (got {account.port!r})") from None
    if not 0 < port < 65536:
        raise AccountProblem(f"account {name!r}: the port must be 1-65535 (got {port})")
    sender = (account.sender or "").strip()
    for label, value in (("host", host), ("username", account.username or ""), ("from", sender)):
        if "\r" in value or "\n" in value:
            raise AccountProblem(f"account {name!r}: the {label} must not contain a line break")
    address = parseaddr(sender)[1]
    if not sender or "@" not in address:
        raise AccountProblem(f"account {name!r}: 'from' must be an address, e.g. \"Ana <ana@example.com>\" "
                             f"(got {account.sender!r})")
    return SmtpAccount(name, host, port, security, (account.username or "").strip(), sender)


def _row_to_account(row: Any) -> SmtpAccount:
    return SmtpAccount(row.name, row.host, int(row.port), row.security, row.username or "", row.sender)


def add_account(db: Database, account: SmtpAccount, password: str | None) -> SmtpAccount:
    """Add or update `account`; `password` goes to the keyring (None = keep the stored one).

    Raises:
        AccountProblem: invalid input, or a username with no password stored or given.
        SecretsUnavailable: no usable keyring (nothing is written then).
    """
    account = check_account(account)
    ref = account.secret_ref
    if password:
        if "\r" in password or "\n" in password:
            raise AccountProblem(f"account {account.name!r}: the password must not contain a line break")
        secrets.set_secret(ref, password)  # first: no row is written if the keyring refuses
    elif account.username and not secrets.has_secret(ref):
        raise AccountProblem(f"account {account.name!r}: a password is needed for the username {account.username!r}")
    t = now()
    values = {"host": account.host, "port": account.port, "security": account.security,
              "username": account.username, "sender": account.sender, "updated_at": t}
    with db.begin() as conn:
        exists = conn.scalar(select(email_accounts.c.name).where(email_accounts.c.name == account.name))
        if exists:
            conn.execute(update(email_accounts).where(email_accounts.c.name == account.name).values(**values))
        else:
            conn.execute(insert(email_accounts).values(name=account.name, created_at=t, **values))
    return account


def list_accounts(db: Database) -> list[SmtpAccount]:
    """Every account, by name."""
    with db.begin() as conn:
        rows = conn.execute(select(email_accounts).order_by(email_accounts.c.name)).all()
    return [_row_to_account(r) for r in rows]


def get_account(db: Database, name: str) -> SmtpAccount | None:
    """The account `name`, or None."""
    with db.begin() as conn:
        return account_on(conn, name)


def account_on(conn: Any, name: str) -> SmtpAccount | None:
    """The account `name` read on an open connection (the engine's step transaction)."""
    row = conn.execute(select(email_accounts).where(email_accounts.c.name == name)).first()
    return _row_to_account(row) if row is not None else None


def remove_account(db: Database, name: str) -> bool:
    """Remove the account and its password; False when there was no such account.

    The password goes first: with no usable keyring (SecretsUnavailable) nothing is removed.
    """
    account = get_account(db, name)
    if account is None:
        return False
    if account.username:
        secrets.delete_secret(account.secret_ref)
    with db.begin() as conn:
        return bool(conn.execute(delete(email_accounts).where(email_accounts.c.name == name)).rowcount)


def password_for(account: SmtpAccount) -> str | None:
    """The account's password from the keyring; None when it logs in with no username."""
    if not account.username:
        return None
    return secrets.get_secret(account.secret_ref)


def test_account(db: Database, name: str, timeout: float = 10, ssl_context: Any = None) -> TestResult:
    """Connect, secure (STARTTLS/SSL), log in, NOOP and quit; never raises.

    `ssl_context` (tests, private CAs) replaces the default verifying context.
    """
    account = get_account(db, name)
    if account is None:
        return TestResult(False, f"there is no email account named {name!r}")
    try:
        password = password_for(account)
        smtp = open_smtp(account, password, timeout, ssl_context)
        try:
            code, reply = smtp.noop()
            if code != 250:
                return TestResult(False, f"{account.host}:{account.port} answered NOOP with {code} "
                                         f"{reply.decode(errors='replace')}")
        finally:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()
    except SmtpProblem as exc:
        return TestResult(False, str(exc))
    except (secrets.SecretsUnavailable, secrets.SecretMissing) as exc:
        return TestResult(False, str(exc))
    except (smtplib.SMTPException, OSError) as exc:
        return TestResult(False, f"{account.host}:{account.port}: {exc.__class__.__name__}: {exc}")
    login = f" and logged in as {account.username}" if account.username else ""
    return TestResult(True, f"connected to {account.host}:{account.port} ({account.security}){login}")
