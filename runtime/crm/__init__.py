"""CRM connectors: the interface and its implementations (local first)."""
