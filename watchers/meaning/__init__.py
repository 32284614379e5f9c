"""What a change means: diffs, sentences, flags, dates, opt-out links, and the lexicon they use."""
