"""CRM: customers."""
