"""Vigie: watch privacy policies, AI-training notices and opt-out pages."""
