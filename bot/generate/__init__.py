"""Optional phrasing of answers by a language model, behind a guard (see `phrase`)."""
