"""CRM: suggest."""
