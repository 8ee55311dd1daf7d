"""The HTTP API, the widget and the webhooks (FastAPI)."""
