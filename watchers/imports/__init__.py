"""Bringing watches and history in from other tools (Open Terms Archive)."""
