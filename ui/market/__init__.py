"""market: every panel at once, the same offer cheapest first (issue 15)."""
