"""The WhatsApp bot (the Business Cloud API): a webhook inside the web app."""
