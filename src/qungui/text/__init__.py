"""Chinese text normalization and matching."""
