"""Console accounts: people who log in to the web console and REST API, with a role per group."""
