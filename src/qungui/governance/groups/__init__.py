"""Groups: one row per chat group on a platform, with the rulebook it runs."""
