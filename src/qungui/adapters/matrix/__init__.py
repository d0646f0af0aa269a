"""Matrix adapter: translate (pure), platform (outbound calls through matrix-nio), connector (the /sync loop)."""
