"""Build a searchable index from the knowledge folder: load -> chunk -> embed -> build."""

import os

# OpenMP threads (the embedder's and faiss's) sleep while they wait instead of spinning:
# spinning threads starve each other on a small machine. It must be set before either
# library starts its thread pool, so it is set when the package is first imported.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
