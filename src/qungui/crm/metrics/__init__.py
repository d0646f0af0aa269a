"""CRM: metrics."""
