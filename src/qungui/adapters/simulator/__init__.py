"""The built-in simulator: a chat platform that lives in memory, the embedded default."""
