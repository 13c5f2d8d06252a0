"""SMM Desk user interface: widgets, Qt models and the background task runner."""
