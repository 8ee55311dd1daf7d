"""Answer residents' questions from an index: retrieve -> answer -> channels."""

import indexer  # noqa: F401  (sets the OpenMP wait policy before faiss is imported)
