"""The staff console: server-rendered pages under `/staff/` behind a login."""
