"""Bitrix24 (REST through an inbound webhook URL, itself the secret) behind CrmConnector."""

from runtime.crm.bitrix24.api import Bitrix24Api
from runtime.crm.bitrix24.ops import Bitrix24Connector, Bitrix24Ops

__all__ = ["Bitrix24Api", "Bitrix24Connector", "Bitrix24Ops"]
