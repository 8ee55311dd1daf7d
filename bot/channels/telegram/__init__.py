"""The Telegram bot (python-telegram-bot): polling or webhook."""
