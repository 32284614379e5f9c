"""The `vigie` subcommands, by what they are for (registered in vigie/cli.py)."""
