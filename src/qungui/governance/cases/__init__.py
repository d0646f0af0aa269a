"""Cases (violations of a clause) and sanctions (actions to carry out on the platform)."""
