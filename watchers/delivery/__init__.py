"""Telling people: channels, alerts, digests and the opt-out links to act on."""
