"""HubSpot (CRM v3, private-app token) behind the CrmConnector interface."""

from runtime.crm.hubspot.api import HubSpotApi
from runtime.crm.hubspot.ops import HubSpotConnector, HubSpotOps

__all__ = ["HubSpotApi", "HubSpotConnector", "HubSpotOps"]
