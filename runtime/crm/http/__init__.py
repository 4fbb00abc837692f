"""Shared HTTP machinery of the remote CRM connectors: limiter, retries, redaction, status.

Each name loads its module on first use: `runtime.crm.connections` needs only the
redaction helpers, and the CLI and the designer import it at start without httpx.
"""

from runtime.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "runtime.crm.http.client": ("HttpClient",),
    "runtime.crm.http.limiter": ("TokenBucket",),
    "runtime.crm.http.redact": ("Redactor", "redact_webhook_url"),
    "runtime.crm.http.status": ("CallStatus",),
    "runtime.crm.http.vendor": ("VendorErrors",),
})
