"""Events as received, stored once under their idempotency key."""
