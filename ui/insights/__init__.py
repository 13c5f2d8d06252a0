"""insights: the charts of what the order history teaches."""
