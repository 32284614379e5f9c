"""Vigie's Scrapy project: fetching only. Everything it fetches is judged and recorded by `watchers`."""
