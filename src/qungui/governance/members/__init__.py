"""Members of a group: role, status and the engine's state for each."""
