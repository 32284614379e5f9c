"""Which rights a platform's texts name (pure): in a sentence about rights, in a rights
section, in a list under a rights lead-in, or by reference to the GDPR's articles."""

from __future__ import annotations

import re

from watchers.meaning.links import visible
from watchers.meaning.passages import Layout, Passage
from watchers.meaning.stance.findings import Finding, quoted
from watchers.meaning.stance.routes import unaddressed
from watchers.meaning.stance.words import Words, gdpr_articles

RIGHTS = ("access", "correction", "deletion", "portability", "objection", "restriction", "withdraw-consent",
          "complaint")
# In a list under a rights lead-in, a paragraph this long is prose again, not a right.
LIST_WORDS = 25
# A line lettered or numbered by hand: "a) …", "1. …", "(ii) …".
MARKED_LINE = re.compile(r"^\W{0,2}(?:[a-z]|\d{1,2}|[ivx]{1,4})[).]\s")
# Two article numbers joined as a range ("15-22", "15 bis 22", "15 à 22", "15 a 22").
# "Art. 15 ff.", "articles 15 et suivants": from that article to the last of the rights chapter (22).
FOLLOWING = re.compile(r"\b(?:ff|et seq|and following|et suivants|et s|y siguientes|y ss)\b", re.IGNORECASE)
LAST_RIGHTS_ARTICLE = 22
# A bracket right after a reference to the articles, without numbers of its own: "(Auskunft, Löschung, …)"; not one
# that gives examples ("(e.g. access)", « (notamment l'accès) », „(insbesondere Auskunft)“, «(en particular el acceso)»).
AFTER_REFERENCE = re.compile(r"\s*\((?!\s*(?:e\.\s?g\.|eg\b|i\.\s?a\.|including|in particular|such as|notamment|par exemple|"
                             r"p\.\s?ex\.|insbesondere|z\.\s?B\.|u\.\s?a\.|etwa|en particular|por ejemplo|p\.\s?ej\.|incluidos?|como))"
                             r"([^()\d]{3,200})\)", re.IGNORECASE)
RANGE = re.compile(r"\d\s*(?:-|–|to|through|bis|à|a|al)\s*\d")
DIGIT = re.compile(r"\d")
# A legal reference in brackets, with a number and an abbreviation's dot ("(Art. 6(1)(a) GDPR)",
# "(Art. 6 Abs. 1 lit. a DSGVO)", « (art. 6.1.a du RGPD) »): it reads as nothing between a consent
# and its withdrawal.
CITATION = re.compile(r"\((?=[^)]*\d)(?=[^)]*\.)(?:[^()]|\(\w{1,4}\)){0,80}\)")
# An entry of a table of contents: a section number and a short title ("1.8 Droit d'opposition", "7. Your rights").
CONTENTS_ENTRY = re.compile(r"^\W{0,2}\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
CONTENTS_WORDS = 10
# A table of contents has at least this many entries in a row.
CONTENTS_RUN = 3


def named_rights(layout: Layout, words: Words) -> Finding:
    in_list = _rights_lists(layout, words)
    contents = _contents(layout, words)
    named: list[str] = []
    best: tuple[int, Passage | None, str] = (0, None, "")
    for p in layout.passages:
        if p.at in contents:
            continue  # "1.8 Droit d'opposition" in a table of contents names a section, not a right given
        section = any(words.has("rights.heading", h.plain) for h in layout.headings(p))
        # Read in the passage: sentences are cut at "Art. 15 ff." as at any full stop.
        by_article, head = _by_article(p.plain, words) if DIGIT.search(p.plain) else (set(), "")
        complaint_section = _complaint_heading(layout, p, words)
        for sentence in p.sentences:
            plain = visible(sentence)
            read = _said(plain, words)
            cited = by_article if head and head in plain else set()
            if complaint_section and "complaint" not in named and words.has("rights.complaint-authority", read) \
                    and not _to_the_platform(read, words):
                named.append("complaint")  # "# Réclamation" over "… vous pouvez saisir la Commission …"
            if not (section or p.at in in_list or cited or words.has("rights.context", read)):
                continue
            here = [right for right in RIGHTS if right in cited or words.has(f"rights.kinds.{right}", read)]
            if "complaint" in here and _to_the_platform(read, words):
                here.remove("complaint")
            named += [right for right in here if right not in named]
            if len(here) > best[0] and p.kind != "heading" and (section or words.has("rights.context", read)):
                best = (len(here), p, plain)
    if not named:
        return Finding((), {}, None, "", "low")
    value = tuple(right for right in RIGHTS if right in named)
    # A lead-in that lists the rights ("You have the following rights:", "You have the right to:"
    # above a list of them) is the best evidence.
    lead = next((p for p in layout.passages if p.kind == "label" and words.has("rights.lead", p.plain)), None) \
        or next((p for p in layout.passages if p.kind != "heading" and p.at + 1 in in_list
                 and p.plain.rstrip(" *_").endswith(":") and words.has("rights.context", p.plain)
                 and len(_listed_rights(layout, p, in_list, words)) >= 2), None)
    passage, sentence = (lead, lead.plain) if lead is not None else best[1:]
    return Finding(value, {}, passage, quoted(layout, passage, sentence), "high")


def _complaint_heading(layout: Layout, p: Passage, words: Words) -> bool:
    """Does `p` sit under a heading that names a complaint ("Complaints", « Contact et réclamation »,
    „Beschwerde“, «Reclamaciones»)? A line there that names an authority (« vous pouvez saisir la
    Commission de protection des données », "the Information Commissioner's Office, wycliffe house …")
    is the right to complain, though its sentence does not say the word: the heading says it."""
    heading = layout.heading(p)
    if p.kind == "heading" or heading is None or words.has("rights.complaint-to-us", heading.plain):
        return False
    # The complaint itself, not only its authority: a heading that names the authority competent for the
    # platform („1.4 Aufsichtsbehörde“ over its address) says who supervises, not that the reader may complain.
    return words.has("rights.kinds.complaint", words.strip("rights.complaint-authority", heading.plain))


def _to_the_platform(read: str, words: Words) -> bool:
    """A complaint made to the platform itself ("Right to Complain: you can contact us directly if you believe
    we have violated your rights", «presentar una queja … comunicarse con nuestro equipo»), with no authority
    named: the right to complain is the right to go to a supervisory authority, over the platform's head."""
    return words.has("rights.complaint-to-us", read) and not words.has("rights.complaint-authority", read)


def _contents(layout: Layout, words: Words) -> set[int]:
    """The entries of a table of contents: a run of numbered short items ("1.2 Base juridique", "1.8 Droit
    d'opposition", "2. Traitement des données"), most of which name no right. A numbered list of rights
    ("1. Right of access", "2. Right to erasure") names one in every entry: it is not a table of contents."""
    def entry(p: Passage | None) -> bool:
        return p is not None and p.kind == "item" and bool(CONTENTS_ENTRY.match(p.plain)) \
            and len(p.plain.split()) <= CONTENTS_WORDS

    out: set[int] = set()
    run: list[Passage] = []
    for p in [*layout.passages, None]:
        if entry(p) and (not run or run[-1].section == p.section):
            run.append(p)
            continue
        rights = sum(1 for q in run if any(words.has(f"rights.kinds.{r}", q.plain) for r in RIGHTS))
        if len(run) >= CONTENTS_RUN and 2 * rights < len(run):
            out |= {q.at for q in run}
        run = [p] if entry(p) else []
    return out


def _listed_rights(layout: Layout, p: Passage, in_list: set[int], words: Words) -> set[str]:
    """The rights the list under a lead-in names."""
    named: set[str] = set()
    for q in layout.passages[p.at + 1:]:
        if q.at not in in_list:
            break
        named |= {right for right in RIGHTS if words.has(f"rights.kinds.{right}", _said(q.plain, words))}
    return named


def _said(plain: str, words: Words) -> str:
    """A sentence as its rights are read: its addresses said as words ("… per E-Mail an privacy@…
    widerrufen"), without a right it says is not given ("Ein Widerspruchsrecht besteht nicht") nor
    a legal reference in brackets."""
    return words.strip("rights.excluded", CITATION.sub(" ", unaddressed(plain)))


def _by_article(plain: str, words: Words) -> tuple[set[str], str]:
    """The rights a reference to the GDPR's articles gives ("Art. 15-22 DSGVO", "articles 15 à
    22 du RGPD": a range; "Art. 15, 17 GDPR": each), and its first number, to find its sentence."""
    reference = words.find("rights.articles", plain)
    if reference is None:
        return set(), ""
    numbers = [int(n) for n in re.findall(r"\d+", reference.group(0))]
    if len(numbers) == 2 and RANGE.search(reference.group(0)):
        numbers = list(range(numbers[0], numbers[1] + 1))
    elif len(numbers) == 1 and FOLLOWING.search(reference.group(0)):  # "Art. 15 ff.": the data subject's rights
        numbers = list(range(numbers[0], LAST_RIGHTS_ARTICLE + 1))
    granted = gdpr_articles()
    head = re.search(r"\d+\D{0,2}", reference.group(0)).group(0)  # "15-2": sentences may be cut at "Art."
    # The rights the reference itself names in brackets ("Art. 12–23 DSGVO (Auskunft, Löschung,
    # Datenübertragbarkeit)"): the text says which of the chapter's rights it means; those, not the range.
    bracket = AFTER_REFERENCE.match(plain, reference.end())
    if bracket:
        named = {right for right in RIGHTS if words.has(f"rights.kinds.{right}", bracket.group(1))}
        if named:
            return named, head
    return {granted[n] for n in numbers if n in granted}, head


def _rights_lists(layout: Layout, words: Words) -> set[int]:
    """Passages listed under a rights lead-in ("You have the following rights:"), up to the
    first long paragraph: rights are often listed as bare headings or links. A lead-in the
    sentence goes on from ("Sie haben das Recht," / "You have the right to:") is followed by
    lettered or numbered lines ("a) Auskunft zu verlangen …") that Markdown does not make items."""
    listed: set[int] = set()
    for p in layout.passages:
        if p.kind == "label" and words.has("rights.lead", p.plain):
            for q in layout.block(p):
                if q.kind != "item" and len(q.plain.split()) > LIST_WORDS:
                    break
                listed.add(q.at)
        elif p.kind != "heading" and p.plain.rstrip(" *_").endswith((",", ":")) and words.has("rights.context", p.plain) \
                and not (p.kind == "item" and len(p.plain.split()) > LIST_WORDS):
            # A long step of a numbered how-to that ends on its picture ("…, as the next image shows:") is no lead-in.
            for q in layout.passages[p.at + 1:]:
                if q.section != p.section or not (q.kind == "item" or MARKED_LINE.match(q.plain)):
                    break
                listed.add(q.at)
    return listed
