"""Build a searchable index from the knowledge folder: load -> chunk -> embed -> build."""
