"""User actions that talk to the panel or the journal, as plain functions: no Qt, typed results.

Each module is one workflow. `ui/` calls them through its task runner and turns their result
codes into words; tests call them directly against the local panel.
"""
