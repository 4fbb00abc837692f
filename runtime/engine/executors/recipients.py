"""Who an email goes to: the receivers users know from their CRMs, resolved to addresses.

A receiver is "contact" (the contact), "owner" (the contact's owner), "deal_owner" (the owner
of the contact's deal: the one a deal trigger concerns is the contact's latest deal), a user
(its id, or its email), a fixed address, or a merge field (`{{ contact.partner_email }}`).
CC and BCC hold several receivers separated by commas or semicolons. A receiver that names
nobody (no owner, an empty merge field, an unknown user) fails the step and says why:
an email never goes out to fewer people than the flow says, silently.
"""

from __future__ import annotations

from typing import Any

from runtime.catalog.field_checks import split_recipients
from runtime.email.message import check_address
from runtime.email.render import HeaderProblem
from runtime.i18n import N_
from runtime.kernel.context import StepContext
from runtime.kernel.outcome import StepError


def _user_email(ctx: StepContext, user_id: Any, what: str, whose: str) -> str:
    user = ctx.ops.get_user(str(user_id)) if user_id not in (None, "") else None
    if not user or not user.get("email"):
        raise StepError(f"{what}: " + N_('{whose} has no owner with an email address').format(whose=whose))
    return str(user["email"])


def _one(ctx: StepContext, target: str, what: str) -> list[str]:
    if target in ("", "contact"):
        email = ctx.contact().get("email")
        if not email:
            raise StepError(f"{what}: " + N_('the contact has no email address'))
        return [str(email)]
    if target == "owner":
        owner = ctx.owner()
        if not owner or not owner.get("email"):
            raise StepError(f"{what}: " + N_('the contact has no owner with an email address'))
        return [str(owner["email"])]
    if target == "deal_owner":
        deal = ctx.deal()
        if deal is None:
            raise StepError(f"{what}: " + N_('the contact has no deal, so there is no deal owner to write to'))
        return [_user_email(ctx, deal.get("owner_id"), what, "the contact's deal")]
    rendered = ctx.render(target).strip()
    if not rendered:
        raise StepError(f"{what}: " + N_('{target!r} is empty for this contact').format(target=target))
    out = []
    for address in split_recipients(rendered) if "{{" in target else [rendered]:
        if "@" not in address:
            user = ctx.ops.get_user(address)
            if user is None or not user.get("email"):
                raise StepError(f"{what}: " + N_('{address!r} is neither an email address nor a user').format(
                    address=address))
            address = str(user["email"])
        out.append(address)
    return out


def _checked(address: str, what: str) -> str:
    try:
        return check_address(f"{what}: recipient", address)
    except HeaderProblem as exc:
        raise StepError(str(exc)) from None


def recipient(ctx: StepContext, to: Any, what: str) -> str:
    """The one address `to` names (see the module docstring)."""
    found = _one(ctx, str(to or "").strip(), what)
    if len(found) != 1:
        raise StepError(f"{what}: " + N_('{to!r} gives {found} addresses; put the others in CC').format(
            to=to, found=len(found)))
    return _checked(found[0], what)


def recipients(ctx: StepContext, spec: Any, what: str, skip: tuple[str, ...] = ()) -> list[str]:
    """The addresses of a CC/BCC list, without repeats and without those in `skip`."""
    out: list[str] = []
    if not spec:  # no CC/BCC: most emails
        return out
    seen = {s.casefold() for s in skip}
    for part in split_recipients(str(spec or "")):
        for address in _one(ctx, part, what):
            address = _checked(address, what)
            if address.casefold() not in seen:
                seen.add(address.casefold())
                out.append(address)
    return out
