"""Offline audit of exported chat logs: replay a log through the pure engine, report what the rules say."""
