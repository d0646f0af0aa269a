"""The audit log: an append-only, hash-chained record of every decision and change."""
