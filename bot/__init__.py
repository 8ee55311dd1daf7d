"""Answer residents' questions from an index: retrieve -> answer -> channels."""
