"""Graph stage: build triples from extractions, reason with rules, validate, read and write."""
