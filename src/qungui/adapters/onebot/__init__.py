"""OneBot v11 (QQ groups through NapCat, Lagrange, LLOneBot…): translate, platform, connector."""
