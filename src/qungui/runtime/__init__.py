"""The live service: the recording pipeline now; platform calls, retries and the scheduler next."""
