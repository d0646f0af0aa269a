"""Rulebooks as data, the detectors that read events, the ladder, and the pure engine."""
