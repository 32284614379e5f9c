"""The clauses of a sentence about training, and what each one says (pure).

A sentence about AI training often says several things: "We do not sell your data or use your code
to train models" denies a sale of the data and a training on the code; "Zum Training verwenden wir
ausschließlich synthetische Daten; Ihre personenbezogenen Daten werden dafür nicht verwendet"
affirms a training on other data and denies it on the members'. Which data a use or a denial is
about, and whether a "not" reaches the training, is read clause by clause:

- `clauses` cuts a sentence where its clauses join ("; ", ", and ", ", but ") and reads each one:
  does it deny, does it say the training, does it name members' data, does it point back to a
  use said in another clause ("for this", « à cette fin », „dafür“, «para ello»);
- `verb_phrases` cuts a clause where coordinated verbs part ("do not sell your data or use your
  code to train"): each verb phrase keeps its own object, so the training's object is the one of
  the phrase that says the training, not every noun of the sentence;
- `denied_by_pointer` is the reading of the second example: the only affirming training clause
  names no members' data, and another clause denies that use of the members' data.

The wording is the lexicon's (`clauses.*`, `training`, `members-data*`), in the page's language
and English; `words.denies` reads each clause's negation.
"""

from __future__ import annotations

from dataclasses import dataclass

from watchers.meaning.stance.words import Words

# Members' data as a sentence names it: theirs ("your posts"), all of it ("your personal data"), what they grant
# ("you grant us a licence to use…"), or theirs in another form ("de-identified data", « sous une forme
# pseudonymisée », „anonymisierte, aggregierte Daten“, «datos seudonimizados»): call 10 of tests/eval/README.md.
MEMBERS = ("members-data", "members-data.whole", "members-data.granted", "members-data.derived")


@dataclass(frozen=True)
class Clause:
    text: str
    negated: bool  # its verb is denied ("… werden dafür nicht verwendet", "we never use …")
    trains: bool  # it says the training itself ("to train our models")
    members: bool  # it names members' data ("your personal data", "vos contenus")
    back: bool  # it points back to a use another clause says ("for this", « à cette fin », „dafür“)


def names_members(text: str, words: Words, derived: bool = True) -> bool:
    return any(words.has(name, text) for name in MEMBERS if derived or name != "members-data.derived")


def says_training(text: str, words: Words) -> bool:
    return words.has("training", text) or words.has("training.verb", text)


def clauses(plain: str, words: Words) -> list[Clause]:
    """The sentence's clauses, each read on its own."""
    parts = [c for c in words.split("clauses.joined", plain) if c and c.strip()]
    return [Clause(c, words.denies(c), says_training(c, words), names_members(c, words),
                   words.has("clauses.back", c)) for c in parts]


def verb_phrases(clause: str, words: Words) -> list[str]:
    """A clause cut where coordinated verbs part: "We do not sell your data or use your code to train
    models" -> ["We do not sell your data", "use your code to train models"]. Only a piece that opens
    with a verb starts a phrase; a list of nouns ("your photos, videos and messages") stays whole."""
    # Each phrase is a slice of the clause as written (its commas and "and"s kept for the patterns).
    starts, at = [0], 0
    for number, piece in enumerate(words.split("clauses.verbs", clause)):
        at = clause.find(piece, at) if piece else at
        if number and piece and words.has("clauses.verb-start", piece):
            starts.append(at)
        at += len(piece)
    return [clause[a:b] for a, b in zip(starts, starts[1:] + [len(clause)])]


def training_object(said: str, words: Words) -> str:
    """The part of a (denied) training clause that says the training, with its own object: the verb
    phrase that says the training when the clause coordinates several ("… sell your data or use your
    code to train models" -> "use your code to train models"), else the clause."""
    phrases = verb_phrases(said, words)
    if len(phrases) < 2:
        return said
    training = [p for p in phrases if says_training(p, words)]
    return " ".join(training) if training and len(training) < len(phrases) else said


def denied_by_pointer(plain: str, words: Words) -> str:
    """"We train this model only on synthetic data; your personal data is not used for this": the
    clauses that affirm the training name no members' data, and another denies the members' data
    for that same use, pointing back to it ("for this", « à cette fin », „dafür“, «para ello») or
    saying the training again. The sentence denies training on members' data: the denying clause,
    whose data is what the denial covers, else ""."""
    read = clauses(plain, words)
    # An affirming clause says a use for the training ("… we use only synthetic data"), not a word of it
    # ("there is no setting to opt out of training").
    affirming = [c for c in read if c.trains and not c.negated
                 and words.has("training", c.text) and words.has("training.use", c.text)]
    # A denial on a condition ("… we do not use your diary for training if you say no") is a choice, not this.
    denying = [c for c in read if c.negated and c.members and (c.back or c.trains)
               and not words.concept("condition", c.text)]
    # Members' data made anonymous beside other sources ("… only synthetic and anonymised data; your personal data is
    # not used for this"): the denial says the members' data is not what trains (call 10 of tests/eval/README.md).
    # Alone ("only anonymised data"), it is still theirs.
    if not affirming or not denying or any(names_members(c.text, words, derived=False) or (
            words.has("members-data.derived", c.text) and not words.has("training.other-source", c.text))
            for c in affirming):
        return ""
    return " ".join(c.text for c in denying)


def same_thing_before(plain: str, before: str, words: Words) -> bool:
    """"We record your calls to the hotline. These recordings are used to train our speech models": a
    sentence opening on "This/These <noun>" whose noun the sentence before names, where the platform
    ("we") takes the member's ("your") data: the use is of that data, the platform's own."""
    match = words.find("anaphora.demonstrative", plain)
    if match is None or not before or not match.group(1):
        return False
    stem = match.group(1).casefold()[:6]
    return len(stem) >= 4 and stem in before.casefold() \
        and words.has("anaphora.we", before) and words.has("anaphora.yours", before)
