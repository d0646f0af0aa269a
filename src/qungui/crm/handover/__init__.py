"""CRM: handover."""
