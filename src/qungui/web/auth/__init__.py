"""Console and API authentication: sessions, API tokens, CSRF, and the role checks routes depend on."""
