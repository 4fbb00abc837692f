"""Shared HTTP machinery of the remote CRM connectors: limiter, retries, redaction, status."""

from runtime.crm.http.client import HttpClient
from runtime.crm.http.limiter import TokenBucket
from runtime.crm.http.redact import Redactor, redact_webhook_url
from runtime.crm.http.status import CallStatus
from runtime.crm.http.vendor import VendorErrors

__all__ = ["CallStatus", "HttpClient", "Redactor", "TokenBucket", "VendorErrors", "redact_webhook_url"]
