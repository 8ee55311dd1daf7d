"""Measuring the bot: evaluation on question sets, benchmarks, the staff report."""
