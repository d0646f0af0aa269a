"""CRM: engage."""
