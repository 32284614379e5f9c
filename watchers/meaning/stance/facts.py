"""Since when the terms apply and how long data is kept (pure); the rights named are in `rights.py`.

Dates come from the classifier's labelled-date reader (`watchers.meaning.dates`), on
lines cleaned of links and emphasis, with a label standing alone on its line ("Effective
Date") joined to the date on the next one. The date in force is the first labelled
date, in reading order, that is not after the reference day (an effective date beside
it in the header wins over a last-updated one, whichever is later: call 12); any later
date is announced: upcoming, and its line is the evidence.
"""

from __future__ import annotations

import re
from datetime import date

from watchers.meaning.dates import DATE_SPAN, LabelledDate, find_dates, with_iso_dates
from watchers.meaning.lexicon import LANGUAGES, lexicon, lexicons_for
from watchers.meaning.links import visible
from watchers.meaning.passages import EMPHASIS, LIST_ITEM, Layout, Passage
from watchers.meaning.stance.findings import Finding, quoted
from watchers.meaning.stance.words import Words

# An effective date this many lines from the first date found is part of the same header.
HEADER_LINES = 5
# A date alone on one of a page's first lines (under its title) dates the page.
HEAD_LINES = 3
DIGIT = re.compile(r"\d")
WORD = re.compile(r"\w+")
# A header line holds its label, the date and a few words more ("| View printable version").
HEADER_WORDS = 10
# A stance date label ("Aktualisiert:", "you have until") is followed by its date within this many characters.
LABEL_GAP = 12
# A month without its day before the full date: " marzo de 2025 (", " March 2025 — ".
MONTH_YEAR = re.compile(r"\W*[^\W\d]+\.? (?:de |del )?\d{4}\W*")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A numeric date written with dashes ("Última actualización: 08-09-2025"), which the date reader
# knows only with slashes or dots.
DASHED_DATE = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")
# A numeric date written with dots ("Status: 09.12.2025") is day first wherever it is written so,
# on an English page of a German company too: the US writes its month first with slashes. A space may
# follow each dot ("en vigueur à compter du 15. 07. 2019").
DOTTED_DATE = re.compile(r"\b(0?[1-9]|[12]\d|3[01])\. ?(0?[1-9]|1[0-2])\. ?(\d{4})\b")
# A numeric date written year first with slashes or dots ("2025/09/10", "2025.09.10", as pages from East Asia
# date themselves): year, month, day everywhere it is written so; read as its ISO form.
YEAR_FIRST = re.compile(r"\b(\d{4})[/.](0?[1-9]|1[0-2])[/.](0?[1-9]|[12]\d|3[01])\b")
# A dot inside a name ("labs.google/fx"), not a sentence's end.
INWORD_DOT = re.compile(r"(?<=[^\W\d])\.(?=[^\W\d])")
# Markdown escapes and brackets around a date ("on \\[19 November 2023\\]").
ESCAPED = re.compile(r"\\|[\[\]]")
# A stray space before the comma after a day ("March 2nd , 2020"): the date reader expects none.
SPACED_COMMA = re.compile(r"(?<=\d)(st|nd|rd|th)? +,(?= *\d{4}\b)")


# ---------------------------------------------------------------- effective

def effective(text: str, language: str, reference: date, words: Words) -> Finding:
    # A page in English with no region ("en") reads 01/06/2023 month-first, as in the US; one written under the GDPR
    # reads it day-first, as its European readers do, when both readings are valid (`dates._parse`).
    if language == "en" and words.has("dates.day-first", text):
        language = "en-GB"
    lines, origin = _date_lines(text, words)
    # Line by line: the same date announced in a banner and printed in the header is two facts.
    placed = [(number, d) for number, line in enumerate(lines) if DIGIT.search(line)
              for d in _with_stance_labels(find_dates(line, language), line, language, reference, words)]
    placed += _bare_dates(lines[:HEAD_LINES], language)
    # A date to come in a line that sends the reader to another document ("payment terms change on 1 May; see
    # the Terms of Use") announces that document's change, not this page's; unless the line speaks of training.
    placed = [(n, d) for n, d in placed if d.date <= reference or not words.has("dates.elsewhere", lines[n])
              or words.has("training", lines[n])]
    if not placed:
        return Finding("", {"upcoming": ""})
    found = [d for _, d in placed]
    # The policy's own date heads a line ("Effective Date: …", "Last updated: …"); a banner
    # announcing the next version says it in a sentence. An appended policy comes later.
    headers = [(n, d) for n, d in placed if _heads(lines[n], language, words)]
    current = [(n, d) for n, d in placed if d.date <= reference]
    # A "last updated" date tells of an edit already made: later than the reference day (a page read before its
    # stamp), it announces nothing when the header gives the effective date in force (call 12 keeps that one).
    in_force = any(d.kind == "effective" and d.date <= reference for _, d in headers)
    announced = sorted({d.date for d in found if d.date > reference and not (in_force and d.kind == "updated")})
    if not (headers or current):
        number = next(n for n, d in placed if d.date == announced[0])
        if not any(words.has("dates.document", lines[n]) for n, _ in placed):
            # Only dates to come, in lines that name no document ("From 15 January 2026, we will start
            # using…"): they announce a change, not the version in force (convention 4). A line that names
            # the document ("This Privacy Policy takes effect on 1 March 2026") dates the version shown.
            return Finding("", {"upcoming": announced[0].isoformat()}, None, _evidence_line(text, origin[number]),
                           "medium")
        number, chosen = min(placed, key=lambda pair: pair[1].date)
    else:
        number, chosen = _in_force(headers or current, reference)
    chosen = _update_taking_effect(lines[number], chosen, language, words)
    # The evidence is the line that announces the next date when there is one: it is the
    # deadline to act, and the line most readers need; else the line that dates the terms.
    if announced:
        number = next(n for n, d in placed if d.date == announced[0])
    evidence = _evidence_line(text, origin[number])
    return Finding(chosen.date.isoformat(), {"upcoming": announced[0].isoformat() if announced else ""},
                   None, evidence, "high" if chosen.kind == "effective" else "medium")


def _bare_dates(head: list[str], language: str) -> list[tuple[int, LabelledDate]]:
    """A date written alone on a line under the title ("# Privacy Policy" / "November 3, 2023"):
    with no label, the page's date as its version is printed, read as its last update."""
    found = []
    for number, line in enumerate(head):
        span = DATE_SPAN.fullmatch(line.strip(" .,"))
        iso = with_iso_dates(span.group(0), language) if span else ""
        if ISO_DATE.fullmatch(iso):
            found.append((number, LabelledDate("updated", date.fromisoformat(iso), line)))
    return found


def _in_force(pool: list[tuple[int, LabelledDate]], reference: date) -> tuple[int, LabelledDate]:
    """Of the dates of the policy's header, the one its terms apply from: an effective date beside
    a last-updated one wins, whichever is the later ("Last updated: 1 March; Effective: 15 March", and
    "Effective: 2 April 2015; Last updated: 14 July 2025" too): the page says when its terms took effect,
    and an edit that did not move that date is not a new entry into force (call 12). With no
    effective date, of several versions the header names ("UPDATE Version 1.0, January 2021" above "Version
    12.0, September 16, 2024") the newest in force is the one shown: the others are earlier versions'."""
    number, first = pool[0]
    header = [(n, d) for n, d in pool if abs(n - number) <= HEADER_LINES]
    effective = [(n, d) for n, d in header if d.kind == "effective"]
    if effective:
        return effective[0]
    later = [(n, d) for n, d in header if d.kind == "updated" and first.date < d.date <= reference]
    return max(later, key=lambda pair: pair[1].date) if later else (number, first)


def _update_taking_effect(line: str, chosen: LabelledDate, language: str, words: Words) -> LabelledDate:
    """The day an update takes effect, when its line first gives the day it was made ("On 16 August
    2023, we updated our terms. This update will go into effect on 28 September 2023"): the version
    is dated by its effect, to come or not (set 7's call for a version not yet in force)."""
    spans = list(DATE_SPAN.finditer(line))
    made = next((s for s in spans if words.has("dates.made", line[s.end():])), None)
    if made is None or with_iso_dates(made.group(0), language) != chosen.date.isoformat():
        return chosen
    for s in spans:
        if s.start() > made.end() and words.has("dates.takes-effect", line[:s.start()]):
            iso = with_iso_dates(s.group(0), language)
            if ISO_DATE.fullmatch(iso) and (day := date.fromisoformat(iso)) > chosen.date:
                return LabelledDate("effective", day, chosen.line)
    return chosen


def _with_stance_labels(found: list[LabelledDate], line: str, language: str, reference: date,
                        words: Words) -> list[LabelledDate]:
    """The classifier's labelled dates, and those of the stance wording's labels it lacks
    ("Aktualisiert:", "Versión del …"); a deadline to act ("you have until …", "bis spätestens")
    counts only while it is to come: an announced date."""
    known = {d.date for d in found}
    for kind in ("effective", "updated", "deadline"):
        label = words.find(f"dates.{kind}", line)
        if not label:
            continue
        # The first full date after the label: "marzo de 2025 (14/03/2025)" gives a month, then the day.
        spans = (s for s in DATE_SPAN.finditer(line, label.end())
                 if s.start() - label.end() <= LABEL_GAP or MONTH_YEAR.fullmatch(line[label.end():s.start()]))
        iso = next((iso for s in spans if ISO_DATE.fullmatch(iso := with_iso_dates(s.group(0), language))), "")
        if not iso or (day := date.fromisoformat(iso)) in known:
            continue
        if kind != "deadline" or day > reference:
            found = found + [LabelledDate("effective" if kind == "deadline" else kind, day, line.strip())]
    return found


def _heads(line: str, language: str, words: Words) -> bool:
    """A header line: it starts with a date label, says little else, and has no subject
    ("We're updating our terms on …" and "Starting 3 November, we will…" announce)."""
    for lx in lexicons_for(language):
        for patterns in lx.date_labels.values():
            for pattern in patterns:
                match = pattern.match(line)
                if match and not words.has("dates.announcing", match.group(0)) \
                        and len(WORD.findall(DATE_SPAN.sub(" ", line))) <= HEADER_WORDS:
                    return True
    labels = [words.find(f"dates.{kind}", line) for kind in ("effective", "updated")]  # the stance's own labels
    return any(label and label.start() == 0 and not words.has("dates.announcing", label.group(0)) for label in labels) \
        and len(WORD.findall(DATE_SPAN.sub(" ", line))) <= HEADER_WORDS


def _date_lines(text: str, words: Words) -> tuple[list[str], list[int]]:
    """Lines as dates are read from them (links, emphasis and a weekday before a date gone), each
    with the number of the line it comes from; a line holding only a label is joined to the next one."""
    out: list[str] = []
    origin: list[int] = []
    pending = ""
    for number, raw in enumerate(text.splitlines()):
        line = LIST_ITEM.sub("", ESCAPED.sub("", EMPHASIS.sub("", visible(raw))).strip(" #>|")).strip()
        if DIGIT.search(line):
            line = SPACED_COMMA.sub(r"\1,", line)  # "March 2nd , 2020" read as "March 2nd, 2020"
            line = DASHED_DATE.sub(r"\1/\2/\3", line)  # "08-09-2025" read as the date reader reads "08/09/2025"
            line = YEAR_FIRST.sub(lambda m: f"{m[1]}-{int(m[2]):02}-{int(m[3]):02}", line)
            line = DOTTED_DATE.sub(lambda m: f"{m[3]}-{int(m[2]):02}-{int(m[1]):02}", line)
            line = words.strip("dates.weekday", line)  # "gültig ab Mittwoch, 1. November 2023"
        if not line:
            continue
        if pending:
            line = f"{pending} {line}"
            pending = ""
        elif not DIGIT.search(line) and len(line.split()) <= 4 and line.rstrip(":").strip():
            pending = line.rstrip(":") if _label_only(line, words) else ""
            if pending:
                continue
        out.append(line)
        origin.append(number)
    return out, origin


def _label_only(line: str, words: Words) -> bool:
    """"Effective Date", "Last updated:": a date label with nothing after it, the classifier's or the
    stance wording's own ("Derniere mise a jour", a label it alone knows)."""
    line = line.strip().rstrip(":").strip()
    for kind in ("effective", "updated"):
        label = words.find(f"dates.{kind}", line)
        if label and label.start() == 0 and not line[label.end():].strip(" :"):
            return True
    for language in LANGUAGES:
        for patterns in lexicon(language).date_labels.values():
            for pattern in patterns:
                match = pattern.match(line)
                if match and not line[match.end():].strip(" :"):
                    return True
    return False


def _evidence_line(text: str, number: int) -> str:
    raw = text.splitlines()[number]
    return LIST_ITEM.sub("", visible(raw).strip(" #>|")).strip()


# ---------------------------------------------------------------- retention

# A sentence whose subject is a name and whose verb keeps ("OpenAI stores …", "Anthropic retains …", "Mistral
# conserve …", "OpenAI speichert …", "OpenAI conserva …").
NAMED_KEEPER = re.compile(r"^\W*(?:[\w ]{0,20}:\s*)?((?-i:[A-Z][\w.-]+)(?: (?-i:[A-Z][\w.-]+))?) (?:may |will |can |)"
                          r"(?:stores?|retains?|keeps?|holds?|logs?|conserve|garde|speichert|bewahrt|conserva|almacena|guarda)\b")
PRONOUNS = re.compile(r"^(?:we|you|it|they|this|that|these|data|your|our|nous|vous|wir|sie|du|ihre|nosotros|usted)$", re.IGNORECASE)


def _kept_by_recipient(sentence: str, p: Passage, layout: Layout) -> bool:
    """A keeping whose subject is a name the text sends data to: "For the assistant, data is sent through a proxy
    to OpenAI. … OpenAI stores this data for a maximum of 30 days", or a section headed by that name ("# OpenAI"):
    the recipient's keeping, not the platform's (convention 7). The platform naming itself as the keeper ("Acme
    keeps your files for 30 days") is not sent data to: its keeping stays."""
    m = NAMED_KEEPER.match(visible(sentence))
    if not m or PRONOUNS.match(m.group(1).split()[0]):
        return False
    name = re.escape(m.group(1))
    heading = layout.heading(p)
    if heading is not None and re.fullmatch(rf"\W*{name}\W*", heading.plain):
        return True
    around = " ".join(q.plain for q in layout.passages if q.section == p.section and q.kind != "heading")
    return bool(re.search(rf"\b(?:to|with|through|via|by|à|an|mit|über|a|con|mediante)\s+{name}\b", around))


def retention(layout: Layout, words: Words) -> Finding:
    candidates: list[tuple[int, Passage, str]] = []
    for p in layout.passages:
        if p.kind == "heading":
            continue  # "Durées de conservation" names the subject; the sentences under it say the periods
        # A cell under a retention column ("Durée de conservation") states the period, whatever its words.
        column = p.row >= 0 and words.has("retention.heading", p.column)
        if not (column or words.has("retention.criterion", p.plain) or words.has("retention.none", p.plain)
                or words.has("retention.never", p.plain) or words.has("retention.deleted", p.plain)):
            continue  # one search rules out most passages
        headings = layout.headings(p)
        about = column or any(words.has("retention.heading", h.plain) for h in headings)
        # A heading that asks how long data is kept ("¿Cuánto tiempo conservamos tus datos?") is
        # the verb its sentences leave out ("Mientras mantengas tu suscripción y, …, cinco años").
        kept_above = any(words.has("retention.keep", h.plain) for h in headings)
        # Data deleted when the member deletes the account, said in the passage that names it.
        closing = words.has("retention.closing", p.plain)
        # A section on others' keeping ("Data Retention by Third Parties"): how long providers keep what they
        # receive is not how long the platform keeps members' data (convention 7).
        if any(words.has("retention.others", h.plain) or words.has("retention.others-topic", h.plain) for h in headings):
            continue
        # A row of a table on providers ("| Provider | Zero-Data Retention |" over "| Anthropic | Yes |"): the
        # provider's keeping, whatever the column says.
        if p.row >= 0 and (first := layout.rows.get(p.row)) and words.has("retention.others-topic", first[0].column):
            continue
        for sentence in p.sentences:
            shown = visible(sentence)
            # Read with a name's dots as letters ("labs.google/fx", "Booking.com"): the wording's "[^.;]"
            # stops at a sentence's end, not inside a name.
            plain = INWORD_DOT.sub("_", shown)
            if words.has("retention.child-found", plain):
                continue  # a child's account found and deleted: data not meant to be kept (convention 7)
            if words.has("retention.on-device", plain) and not words.has("retention.none", plain):
                # Kept on the member's own device («conservées sur votre appareil»): not the platform's keeping; unless
                # the platform deletes its copy once used ("the file is either deleted or stored locally on your device").
                continue
            if words.has("retention.processing-copy", plain):
                continue  # "deleted from the compute hubs after the response": a transient copy, not the members' data
            if words.has("retention.kept-by-others", plain):
                continue  # "Providers may retain inputs briefly (up to 30 days)": the providers' keeping, not the platform's
            if _kept_by_recipient(shown, p, layout):
                continue  # "OpenAI stores this data for 30 days", OpenAI being where the text sends the data
            none = _kept_none(plain, words)
            # Data deleted once used or kept only for the member's own use ("deleted once the answer is sent")
            # is kept until an event: a retention.
            # Not data thrown away at once, with no time of keeping ("processed and immediately discarded"): that
            # data is not kept, and a text that says only that states no retention (call 7).
            after_use = none and words.has("retention.none", plain) and not words.has("retention.immediate", plain)
            deleted = closing and words.has("retention.deleted", plain)
            # A time to do something else ("a full refund within 14 days of purchase", "we respond within 30 days"),
            # even in a section on billing and retention, is no period of keeping: read without it.
            kept = words.strip("retention.window", plain)
            # Per category, in a table or list of a retention section: "| Messages | 2 years |", "- Chats: 30 days".
            per_category = (p.row >= 0 or p.kind == "item") and words.has("retention.criterion", kept)
            how_long = _how_long(kept, words) and (words.concept("retention", plain)
                                                    or words.has("retention.statement", plain)
                                                    or about and (kept_above or words.has("retention.keep", plain)))
            # A deletion once used needs no "your": "Documents are deleted right after processing".
            if column or deleted or (about and (none or per_category)) \
                    or (none and (after_use or words.has("retention.whose", plain))) or how_long:
                # Data said never kept ("We do not store your prompts", "0 Days Retention"), with no period or
                # event: alone, the texts speak only of data the platform does not keep (convention 7).
                never = not (column or deleted or per_category or after_use or how_long)
                # What is kept and for how long first; how long deleting takes after.
                # A period or criterion before a "not kept at all" (that one is often about some data only).
                said = words.has("retention.keep", plain) and (column or words.has("retention.criterion", plain))
                rank = (0 if about else 2) + (0 if said else 1)
                candidates.append((rank, p, shown, never))
    if all(never for *_, never in candidates):
        return _retention_section(layout, words)
    # Of equal rank, a sentence that gives a period ("within 60 days") before one with a criterion
    # only ("while your account is active"): how long is what the question asks.
    candidates.sort(key=lambda c: (c[0], not words.has("retention.period", c[2]), c[1].at))
    _, passage, sentence, _ = candidates[0]
    match = words.find("retention.criterion", sentence)
    detail = sentence[match.start():] if match else sentence
    periods: list[str] = []
    for _, _, other, _ in candidates:
        for span in re.finditer(r"\d+\s*\w+", other):
            if words.has("retention.period", span.group(0)) and span.group(0) not in periods:
                periods.append(span.group(0))
    if periods:
        detail = f"{detail.rstrip('.')}; {', '.join(periods[:3])}"
    return Finding("stated", {"detail": _shorten(detail)}, passage, quoted(layout, passage, sentence),
                   "high" if candidates[0][0] < 2 else "medium")


def _retention_section(layout: Layout, words: Words) -> Finding:
    """A section headed by its retention periods ("Durées de conservation", "Speicherdauer")
    whose sentences say them in words the rules do not know: the periods are stated, and the
    section's first sentence, not its heading, is the evidence; unless that sentence only says where they
    are set out ("Wie lange wir welche Daten speichern, ist in unserem Löschkonzept festgelegt")."""
    for h in layout.passages:
        if h.kind != "heading" or not words.has("retention.criterion", h.plain) \
                or not (words.concept("retention", h.plain) or words.has("retention.keep", h.plain)):
            continue
        first = next((q for q in layout.passages[h.at + 1:] if q.section == h.at and q.kind != "heading"
                      and q.sentences), None)
        if first is not None:
            sentence = visible(first.sentences[0])
            if words.has("retention.aside", sentence) or words.has("retention.on-device", sentence):
                continue  # a pointer elsewhere, or the member's own device keeping it: no period of the platform's
            return Finding("stated", {"detail": _shorten(sentence)}, first, quoted(layout, first, sentence), "medium")
    return Finding("not-stated", {"detail": ""})


def _kept_none(plain: str, words: Words) -> bool:
    """Data not kept at all or deleted once used, by the platform: not a partner's logs nor the card
    details a payment processor holds."""
    return (words.has("retention.none", plain) or words.has("retention.never", plain)) \
        and not words.has("retention.none-elsewhere", plain)


def _how_long(plain: str, words: Words) -> bool:
    """A period or criterion of keeping, once the clauses that give none of their own are taken out:
    a pointer to the schedule elsewhere, which data is collected, a longer keeping the law may require."""
    plain = words.strip("retention.zero", plain)  # "0 Days Retention": nothing kept, no period
    return words.has("retention.criterion", plain) \
        and words.has("retention.criterion", words.strip("retention.aside", plain))


def _shorten(text: str, limit: int = 200) -> str:
    text = EMPHASIS.sub("", text).strip()
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"
