"""Governance domains, one folder each: models.py (tables) and service.py (functions that never commit)."""
