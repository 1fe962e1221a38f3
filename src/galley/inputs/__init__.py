"""Reading what galley is given: the raw text (bytes -> lines with geometry), the sidecar
of metadata beside it, the corrections file, and TOML files in general."""
