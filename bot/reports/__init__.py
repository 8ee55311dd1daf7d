"""Reports to the city: a resident's problem written up, stored and forwarded once."""
