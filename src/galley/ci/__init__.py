"""What a batch and a CI pipeline need: the project config, parallel batches, the cache,
reports, the collection index, the scaffold of a new journal repository, and checks."""
