"""The embedded local CRM: tables in Caudal's own database, a service API, CSV import, demo data.

    crm = LocalCrm(db)                 # convenience methods, one transaction each
    ops = crm.bind(conn)               # CrmOps on the caller's transaction (the engine)
"""

from runtime.crm.local.errors import InvalidInput, NotFound
from runtime.crm.local.events import add_listener, remove_listener
from runtime.crm.local.ops import LocalCrmOps
from runtime.crm.local.search import Page
from runtime.crm.local.service import LocalCrm

__all__ = ["InvalidInput", "LocalCrm", "LocalCrmOps", "NotFound", "Page", "add_listener", "remove_listener"]
