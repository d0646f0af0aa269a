"""Adapters: they only translate. Platform payloads and exported chat logs become core events;
core actions become platform calls. No rule logic lives here."""
