"""Pipedrive (API v2 where it exists, `x-api-token` header) behind the CrmConnector interface."""

from runtime.crm.pipedrive.api import PipedriveApi
from runtime.crm.pipedrive.ops import PipedriveConnector, PipedriveOps

__all__ = ["PipedriveApi", "PipedriveConnector", "PipedriveOps"]
