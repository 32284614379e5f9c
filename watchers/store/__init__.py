"""The archive in SQLite: checks, versions, raw pages, changes, outbox; its schema, locks and shards."""
