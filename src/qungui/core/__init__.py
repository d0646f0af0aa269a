"""Value types with no I/O: events, references, findings, actions, clock, errors."""
