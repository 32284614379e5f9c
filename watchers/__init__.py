"""The watchers: everything between a fetched page and a person told what changed.

One sub-package per stage, in the order a page goes through them:

- ``page/``      is this page the policy, and what is its text (extract, Markdown, verdict, targets)
- ``meaning/``   what a change means: diff, sentences, flags, dates, opt-out links, the lexicon
- ``store/``     the archive in SQLite: schema, raw pages, versions, locks, shards, overview
- ``delivery/``  channels, alerts, digests, the opt-out links to act on
- ``catalogue/`` what to watch: the watchlist format, the bundled catalogue and its checks
- ``imports/``   watches and history from other tools (Open Terms Archive)

``record.py`` is the step that joins them for one check (read the page, store it,
classify the change, queue the alerts); ``terminal.py`` shows page text safely.
"""
