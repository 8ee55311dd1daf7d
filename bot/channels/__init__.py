"""The transports residents and portals reach the bot through; they see only the front desk (`bot.assistant`)."""
