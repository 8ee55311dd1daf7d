"""The transports residents and portals use; they see only the front desk (`bot.assistant`)."""
