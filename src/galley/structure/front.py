"""Front matter: what the paper says about itself before its first section.

Detection fills only what the sidecar leaves out (the sidecar always wins).
"""

from __future__ import annotations

from galley.model import Metadata, Unit


def extract(units: list[Unit]) -> tuple[Metadata, list[Unit]]:
    """Return detected metadata and the units that remain body text."""
    return Metadata(), list(units)
