"""Storage: every SQL statement dateline runs lives in this package."""

from dateline.store.sqlite import EXPORT_TABLES, Store

DEFAULT_DB = "dateline.db"

__all__ = ["DEFAULT_DB", "EXPORT_TABLES", "Store"]
