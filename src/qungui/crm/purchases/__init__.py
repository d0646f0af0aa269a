"""CRM: purchases."""
