"""Statistical models that qungui trains itself and ships as package data (pure-Python inference)."""
