"""CRM: profiles."""
