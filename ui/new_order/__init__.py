"""new_order."""
