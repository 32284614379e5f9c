"""Reading watched pages: fetch results, extraction, verdicts and storage."""
