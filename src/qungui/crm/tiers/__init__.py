"""CRM: tiers."""
