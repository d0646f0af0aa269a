"""VIP customer management (the seed's vip客户管理制度): customers, profiles, purchases, tiers, metrics, follow-ups."""
