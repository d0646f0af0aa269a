"""WeCom (企业微信): callback crypto, translate, API client, appchat and customer-group platforms, connector."""
