"""Rulebook templates shipped with qungui, one per rulebook in the seed document."""
