"""Rendering with Jinja2: alert and digest bodies, reports, site, feeds, exports."""
