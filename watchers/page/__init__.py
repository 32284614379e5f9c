"""Judging one fetched page: is it the policy, and what does it say (extraction, Markdown, verdict)."""
