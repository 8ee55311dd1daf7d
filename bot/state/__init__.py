"""Shared state: the database (SQLAlchemy), masking, rate limits."""
