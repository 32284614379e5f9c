"""What to watch: the watchlist format, the bundled catalogue and its checks."""
