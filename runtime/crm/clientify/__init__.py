"""Clientify (REST API v1, `Authorization: Token <key>`) behind the CrmConnector interface."""

from runtime.crm.clientify.api import ClientifyApi
from runtime.crm.clientify.ops import ClientifyConnector, ClientifyOps

__all__ = ["ClientifyApi", "ClientifyConnector", "ClientifyOps"]
