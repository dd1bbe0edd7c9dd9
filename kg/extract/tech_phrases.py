"""Technology phrases in the wording of official releases, read from the parse.

Press releases, fact sheets and executive orders name technologies the way
regulations do: by a category phrase led by a participle or a technical adjective
("radiation hardened integrated circuits", "connected vehicles", "unmanned aircraft
systems", "automated driving systems"), by an acronym defined once and used after
("vehicle connectivity systems (VCS)", "the RHICs"), by the models given as
examples of a category ("advanced computing chips, such as the Zentra Z100") and by
a few fixed terms ("source code"). Each gives a Technology mention; a participle
before a word that names no technology ("connected parties", "automated process")
does not, nor does an acronym of anything else ("small businesses (SBs)").

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("They sold radiation hardened integrated circuits (RHICs). "
...                       "The RHICs went to connected vehicles.")
>>> [doc[s:e].text for s, e in release_spans(doc)]
['radiation hardened integrated circuits', 'RHICs', 'RHICs', 'connected vehicles']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import methodcaller

from spacy.tokens import Doc, Token

from kg.extract.tokens import token_table
from kg.extract.typing_words import (
    COUNTED_NOT_KINDS,
    EVALUATIVE_WORDS,
    PRODUCT_HEADS,
    STANDALONE_PRODUCTS,
)


def _with_plurals(words: set[str]) -> frozenset[str]:
    """Each word with its regular plural ("circuit" → "circuits", "technology" →
    "technologies")."""
    out = set(words)
    for w in words:
        out.add(w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in set("aeiou") else w + "s")
    return frozenset(out)


#: Nouns that head a technology phrase in releases ("integrated circuits",
#: "vehicle connectivity systems", "artificial intelligence", "source code").
TECH_PHRASE_HEADS: frozenset[str] = (
    _with_plurals(
        {
            "circuit", "system", "technology", "vehicle", "equipment", "component",
            "device", "network", "semiconductor", "chip", "microchip", "weapon",
            "submarine", "warship", "spacecraft", "platform", "tool", "module",
            "sensor", "camera", "drone", "aircraft", "satellite", "missile", "radar",
            "software", "hardware", "application", "computer", "processor", "battery",
        }
    )
    | {"infrastructure"}
    | {"intelligence", "recognition", "learning", "computing", "communications", "code"}
    | PRODUCT_HEADS
    | STANDALONE_PRODUCTS
)  # fmt: skip

#: Participles and adjectives that make a technology of the noun phrase they lead
#: ("connected vehicles", "radiation hardened circuits", "unmanned aircraft").
TECH_PARTICIPLES: frozenset[str] = frozenset(
    {
        "connected", "automated", "unmanned", "uncrewed", "autonomous", "hardened",
        "integrated", "networked", "guided", "embedded", "encrypted", "self-driving",
        "driverless", "radiation-hardened", "rad-hard", "printed",
    }
)  # fmt: skip

#: Heads that a technology participle leads only with a noun between them
#: ("automated driving systems" is one; "automated systems" and "integrated
#: systems" are too vague to be named).
_VAGUE_HEADS = frozenset({"system", "systems", "technology", "technologies", "tool", "tools"})

#: Fixed terms whose head names a technology only after this one modifier.
_FIXED_TERMS = frozenset(
    {("source", "code"), ("object", "code"), ("operational", "technology"),
     ("advanced", "computing"), ("advanced", "packaging"), ("additive", "manufacturing"),
     ("mass", "surveillance"), ("cloud", "storage"), ("base", "stations"),
     ("base", "station"), ("advanced", "semiconductors"), ("advanced", "semiconductor"),
     ("advanced", "chips")}
)  # fmt: skip
#: Fixed terms of three words ("the Internet of Things"), some with a word that
#: elsewhere only rates ("large language models", "industrial control systems").
_FIXED_TRIPLES = frozenset(
    {("internet", "of", "things"), ("large", "language", "models"),
     ("large", "language", "model"), ("industrial", "control", "systems"),
     ("industrial", "control", "system"), ("clean", "energy", "technologies"),
     ("clean", "energy", "technology"), ("unmanned", "aerial", "systems"),
     ("unmanned", "aerial", "system"), ("uncrewed", "aerial", "systems")}
)  # fmt: skip

#: Fixed terms the tokenizer cuts at their hyphens, as lower-case tokens ending at
#: their last word ("multi-factor authentication" → multi, -, factor, authentication).
_FIXED_SEQUENCES = frozenset(
    {("multi", "-", "factor", "authentication"), ("two", "-", "factor", "authentication"),
     ("multifactor", "authentication"), ("endpoint", "security"),
     ("end", "-", "to", "-", "end", "encryption")}
)  # fmt: skip

#: Verbs of making and selling in the third person that the parser often reads as
#: plural nouns after a firm's name ("Veltra Inc. designs and manufactures
#: circuits"): no part of a product's name, and read by the technology frame.
MISREAD_VERBS: frozenset[str] = frozenset(
    {"designs", "manufactures", "makes", "develops", "produces", "sells", "supplies",
     "builds", "markets", "distributes", "exports", "fabricates", "assembles",
     "manufacture"}
)  # fmt: skip

#: Words of a likeness to another's product, not of a kind ("a near-identical
#: antenna", "similar chips"): a product's name begins after them.
LIKENESS_WORDS = frozenset({"identical", "near-identical", "similar", "comparable", "copycat"})

#: Words that end a list of examples without naming one ("and more", "and others").
_NOT_FIELDS = frozenset({"more", "others", "other", "etc", "those", "things", "areas", "fields"})

#: Goods of export and espionage cases that name a technology on their own.
GOODS: frozenset[str] = _with_plurals(
    {
        "accelerometer", "gyroscope", "amplifier", "oscilloscope", "transistor",
        "capacitor", "transceiver", "wafer", "magnetometer", "thermopile",
        "ransomware", "firmware", "botnet", "lidar", "centrifuge", "cryptography",
        "middleware", "laser", "avionics", "sensor", "antenna", "router", "modem",
        "hypersonics", "chatbot", "processor", "server", "encryption", "bomber",
        "transducer", "hydrophone", "sonar", "spacecraft", "microcontroller", "photodiode",
        "diode", "resistor", "microelectronics", "shuttle",
        # the radio, sensing and test gear of export cases ("frequency synthesizers",
        # "infrared detectors", "spectrum analyzers")
        "transmitter", "synthesizer", "synthesiser", "detector", "analyzer", "analyser",
        "oscillator", "spectrometer", "imager", "actuator", "thruster",
    }
)  # fmt: skip

#: Words of chipmaking and hacking before a tool noun ("etch tools", "lithography
#: machines", "chipmaking equipment", "intrusion tools").
_MAKING_TOOL_WORDS = frozenset(
    {"etch", "etching", "deposition", "lithography", "fabrication", "chipmaking",
     "chip-making", "wafer", "metrology", "inspection", "hacking", "intrusion",
     "exploitation", "design", "surveillance"}
)  # fmt: skip

#: Heads that name a technology only after one of their own modifiers ("data
#: centers", "AI models", "fiber optic cables"; not "role models", "call centers").
MODIFIED_GOODS: dict[str, frozenset[str]] = {
    head: frozenset(words)
    for heads, words in (
        (("model", "models"), {"ai", "language", "foundation", "frontier", "a.i."}),
        (("center", "centers", "centre", "centres"), {"data"}),
        (("cable", "cables"), {"fiber", "fibre", "optic", "optical", "undersea", "subsea"}),
        (("application", "applications", "app", "apps"), {"mobile", "software", "web",
                                                         "messaging", "video", "surveillance",
                                                         "tracking", "video-sharing"}),
        (("board", "boards"), {"circuit"}),
        (("array", "arrays"), {"gate", "phased"}),
        (("fiber", "fibre"), {"carbon", "optical"}),
        (("goggles",), {"vision"}),
        (("shuttle", "shuttles"), {"space"}),  # not "shuttle diplomacy", "shuttle buses"
        (("weights",), {"model"}),
        (("imagery",), {"satellite"}),
        (("panel", "panels", "module", "modules"), {"solar", "photovoltaic"}),
        (("cell", "cells"), {"solar", "photovoltaic", "battery", "fuel"}),
        # not a person who speaks, nor a bird
        (("speaker", "speakers"), {"smart", "bluetooth", "wireless"}),
        (("crane", "cranes"), {"port", "shore", "container", "gantry", "harbor", "harbour"}),
        # the protections of computing ("encryption security", "security updates"); not
        # "national security", "a policy update"
        (("security",), {"encryption", "network", "cloud", "gateway", "endpoint", "cyber",
                         "internet", "software"}),
        (("update", "updates", "patch", "patches"), {"security", "software", "firmware"}),
        # the storage, networks and protocols of hacking and espionage cases
        (("drive", "drives"), {"hard", "solid-state", "flash", "usb", "thumb", "disk"}),
        (("network", "networks"), {"media", "private", "cellular", "mobile", "wireless",
                                   "5g", "4g", "satellite", "broadband", "fiber", "fibre"}),
        (("protocol", "protocols"), {"encryption", "communication", "communications",
                                     "internet", "network", "networking"}),
        (("substrate", "substrates"), {"carbide", "silicon", "semiconductor", "gallium"}),
        (("id", "ids", "identity", "identities"), {"digital"}),
        (("player", "players"), {"media", "music", "video", "dvd", "mp3", "blu-ray"}),
        (("part", "parts"), {"aircraft", "aviation", "missile", "drone", "helicopter",
                             "satellite", "weapon", "weapons", "turbine"}),
        (("submarine", "submarines"), {"nuclear", "attack", "ballistic", "missile"}),
        # the processors of computing ("graphics processing units", "GPUs")
        (("unit", "units"), {"processing"}),
        # the machines of chipmaking and the tools of hacking ("etch and deposition
        # tools", "chipmaking equipment", "cyber intrusion tools")
        (("tool", "tools", "equipment", "machine", "machines"), _MAKING_TOOL_WORDS),
        (("platform", "platforms"), {"cloud", "ai", "a.i.", "software", "computing",
                                     "streaming", "e-commerce", "commerce", "messaging",
                                     "media"}),
        (("gear",), {"network", "networking", "telecom", "telecoms", "telecommunications"}),
        (("battery", "batteries"), {"ev", "lithium", "lithium-ion", "solid-state"}),
        (("infrastructure",), {"network", "networking", "telecommunications", "telecom",
                               "cellular", "broadband", "5g", "cloud", "computing"}),
    )
    for head in heads
}  # fmt: skip

#: Acronyms of technologies, written in capitals ("DRAM chips", "GPUs", "FPGAs").
TECH_ACRONYMS = frozenset(
    {"DRAM", "NAND", "FPGA", "GPU", "CPU", "ASIC", "LIDAR", "LiDAR", "RFID", "GPS",
     "SRAM", "MMIC", "UAV", "UAS", "EUV", "AI", "ICT", "IoT"}
)  # fmt: skip

#: Product words a brand or model name comes before ("the Pegasus spyware", "the
#: Windows operating system", "Falcon 9 rockets", "the Kirin 9000 chip").
_BRANDED_HEADS = (
    TECH_PHRASE_HEADS | GOODS | frozenset({"spyware", "malware", "app", "apps"})
) - frozenset(
    {"intelligence", "recognition", "learning", "computing", "communications", "infrastructure"}
)

#: Device names of the "iPhone" shape: a lower-case "i" before a capitalised word.
_I_DEVICE = re.compile(r"^i[A-Z][a-z]{2,}s?$")
_QUOTES = frozenset({'"', "”", "“", "'", "’"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}s?$")
#: Military and aircraft model codes: "B-1", "F-35", "C-17", "MQ-9", "AP1000".
_MODEL_CODE = re.compile(r"^[A-Z]{1,3}-?[0-9]{1,4}[A-Z]?$")
_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "advmod"})


def release_spans(
    doc: Doc, is_company: Callable[[str], bool] | None = None
) -> list[tuple[int, int]]:
    """Token bounds of the technology phrases of ``doc`` in release wording, in text
    order (see the module's docstring). ``is_company`` says whether a capitalised
    name is a known company, which no brand before a product word is."""
    known = is_company or (lambda name: False)
    table = token_table(doc)
    texts = table.text
    found: set[tuple[int, int]] = set()
    acronyms: set[str] = set()
    lower = table.lower
    # The words a phrase can start at: a trigger, else an acronym or a device name,
    # tested once per distinct word of the article that begins as one can (not per
    # token), found by array comparisons, in text order.
    named = {text for text in filter(_MAY_NAME, set(texts)) if _acronym_or_device(text, known)}
    starts = table.where_lower(doc, _TRIGGERS)
    if named:
        starts = sorted({*starts, *table.where_text(doc, named)})
    for i in starts:
        word = lower[i]
        if word not in _TRIGGERS:
            text = texts[i]
            if text[:1] in _ACRONYM_INITIALS and (
                text in TECH_ACRONYMS or text[:-1] in TECH_ACRONYMS
            ):
                found.add(_acronym_phrase(doc[i]))
            else:
                found.add((i, i + 1))  # "iPhone", "iPads": a device by its maker's naming
            continue
        if word in TECH_PARTICIPLES:
            found.update(_participle_phrase(doc[i]))
        elif word == "(" and i + 2 < len(doc) and texts[i + 2] == ")":
            defined = _acronym_definition(doc, i) or _titled_definition(doc, i)
            if defined is not None:
                found.add(defined)
                acronyms.add(texts[i + 1])
        elif word in {"as", "including", "like"}:
            found.update(_examples(doc[i]))
        elif i > 0 and (table.lower[i - 1], word) in _FIXED_TERMS:
            found.add((i - 1, i + 1))
        elif i > 1 and (table.lower[i - 2], table.lower[i - 1], word) in _FIXED_TRIPLES:
            found.add((i - 2, i + 1))
        elif word in _SEQUENCE_ENDS and _fixed_sequence(table.lower, i) is not None:
            found.add((_fixed_sequence(table.lower, i) or i, i + 1))
        elif word in GOODS or word in MODIFIED_GOODS:
            found.update(_goods(doc[i]))
        if word in _JOINED_HEADS and i + 1 < len(doc) and table.lower[i + 1] in {"and", "or"}:
            found.update(_first_of_pair(doc, i))
        if word in _BRANDED_HEADS and i > 0:
            found.update(_branded(doc[i], known))
        elif texts[i] in TECH_ACRONYMS or texts[i][:-1] in TECH_ACRONYMS:
            found.add(_acronym_phrase(doc[i]))
        elif _I_DEVICE.match(texts[i]) and not known(texts[i]):
            found.add((i, i + 1))
    if acronyms:
        # every use of a defined acronym, with its singular or plural ("RHIC", "RHICs")
        forms = (
            acronyms | {a[:-1] for a in acronyms if a.endswith("s")} | {a + "s" for a in acronyms}
        )
        found.update((i, i + 1) for i, text in enumerate(table.text) if text in forms)
    return sorted(found)


#: Heads a release repeats in a pair ("satellite technology and space technology").
_JOINED_HEADS = _with_plurals({"technology", "system", "equipment", "software", "device"})
#: Lower-case words at which :func:`release_spans` looks further; any other word can
#: only be a technology's acronym or a device's name.
_TRIGGERS = (
    TECH_PARTICIPLES
    | GOODS
    | MODIFIED_GOODS.keys()
    | _JOINED_HEADS
    | _BRANDED_HEADS
    | {"(", "as", "including", "like"}
    | {term[-1] for term in _FIXED_TERMS | _FIXED_TRIPLES | _FIXED_SEQUENCES}
)
_ACRONYM_INITIALS = frozenset(a[:1] for a in TECH_ACRONYMS)
_SEQUENCE_ENDS = frozenset(seq[-1] for seq in _FIXED_SEQUENCES)


#: Whether a word begins as :func:`_acronym_or_device` asks (an acronym, or "i"): a
#: C-level test, so that only these few words of an article meet the Python one.
_MAY_NAME = methodcaller("startswith", (*sorted(TECH_ACRONYMS), "i"))


def _acronym_or_device(text: str, known: Callable[[str], bool]) -> bool:
    """Whether a word that is no trigger starts a phrase of :func:`release_spans`: a
    technology's acronym ("AI", "GPUs") or a device by its maker's naming ("iPhone")."""
    if text[:1] in _ACRONYM_INITIALS and (text in TECH_ACRONYMS or text[:-1] in TECH_ACRONYMS):
        return True
    return text[:1] == "i" and _I_DEVICE.match(text) is not None and not known(text)


def _fixed_sequence(lower: list[str], i: int) -> int | None:
    """Where a term of :data:`_FIXED_SEQUENCES` ending at token ``i`` begins, if one
    does.

    >>> _fixed_sequence(["uses", "multi", "-", "factor", "authentication"], 4)
    1
    >>> _fixed_sequence(["user", "authentication"], 1) is None
    True
    """
    for seq in _FIXED_SEQUENCES:
        start = i - len(seq) + 1
        if start >= 0 and tuple(lower[start : i + 1]) == seq:
            return start
    return None


def _first_of_pair(doc: Doc, i: int) -> list[tuple[int, int]]:
    """ "satellite technology and space technology": the first phrase of a pair that
    repeats its head, which the parser often hangs on the second head (so that the
    tree gives "satellite" to the second phrase). Read from the words: the technical
    modifiers right before the head.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("They sought satellite technology and space technology.")
    >>> [doc[s:e].text for s, e in _first_of_pair(doc, 3)]
    ['satellite technology']
    """
    from kg.extract.mentions import TECH_MODIFIERS  # mentions imports this module

    head = doc[i]
    later = [t for t in doc[i + 2 : i + 6] if t.lemma_ == head.lemma_]
    if not later:
        return []  # "software and equipment" names one kind, left whole
    start = i
    while start > 0:
        t = doc[start - 1]
        if t.pos_ not in {"NOUN", "ADJ"} or not t.is_lower or t.ent_type_:
            break
        if t.lower_ in EVALUATIVE_WORDS or t.tag_ in {"JJS", "JJR"}:
            break
        start -= 1
    if start == i or not any(t.lower_ in TECH_MODIFIERS for t in doc[start:i]):
        return []
    return [(start, i + 1)]


def measured_number(doc: Doc, i: int) -> bool:
    """Number ``i`` measures the kind of a product with the word after its hyphen
    ("7-nanometer", "one-way", "two-stage"), not time, people or money ("10-year").

    >>> from spacy.lang.en import English
    >>> nlp = English()
    >>> measured_number(nlp("7-nanometer chips"), 0), measured_number(nlp("a 10-year plan"), 1)
    (True, False)
    """
    t = doc[i]
    if not (t.like_num and i + 2 < len(doc)):
        return False
    unit = doc[i + 2]
    word = unit.lower_
    return (
        unit.is_alpha
        and word not in COUNTED_NOT_KINDS
        and word.rstrip("s") not in COUNTED_NOT_KINDS
    )


def _phrase_start(head: Token, start: int) -> int:
    """Extend a phrase ending at ``head`` left from ``start`` over the nouns and
    technical words that modify it, up to a determiner, rating or name."""
    doc = head.doc
    text = token_table(doc).text
    left_edge = head.left_edge.i
    while start > 0:
        t = doc[start - 1]
        hyphen = t.text in {"-", "–"} and not t.whitespace_
        inside = left_edge <= t.i and (t.head.i >= start or t.head == head)
        model = _MODEL_CODE.match(t.text) is not None  # "the B-2 bomber" (a PRODUCT)
        # "3-nanometer wafers": a number measuring the kind (labelled CARDINAL)
        measured = text[start] == "-" and measured_number(doc, start - 1)
        if not inside or (t.ent_type_ and not (model or measured)) or t.lower_ in _RATING_WORDS:
            break
        if t.lower_ in MISREAD_VERBS:
            break  # "(Veltra Inc.) manufactures integrated circuits": a verb
        if t.tag_ in {"JJS", "JJR", "RBS"}:
            break  # "the latest encryption protocols": a rating, not a kind
        # a verb inside the phrase is one of the technical participles: "shipped
        # radiation hardened circuits" may be parsed with "shipped" as a modifier;
        # so may the gerunds of chipmaking ("chipmaking equipment")
        verb = t.pos_ == "VERB" and (t.lower_ in TECH_PARTICIPLES or t.lower_ in _MAKING_TOOL_WORDS)
        # "post-quantum": the word a hyphen joins on, whatever the parser calls it
        joined = text[start] in {"-", "–"} and not t.whitespace_ and t.is_alpha
        # a lower-case word the parser took for a name ("silicon carbide") is a noun
        noun = t.pos_ in {"NOUN", "ADJ"} or (t.pos_ == "PROPN" and t.is_lower)
        if hyphen or joined or model or measured or (t.dep_ in _PHRASE_DEPS and (noun or verb)):
            start -= 1
        else:
            break
    return start


def _participle_phrase(word: Token) -> list[tuple[int, int]]:
    """ "radiation hardened integrated circuits", "connected vehicle technologies",
    "unmanned aircraft systems": the noun phrase a technical participle leads."""
    if word.dep_ not in {"amod", "compound"} or word.head.i <= word.i:
        return []
    head = word.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "connected vehicle (technologies)"
    if head.pos_ != "NOUN" or head.lower_ not in TECH_PHRASE_HEADS:
        return []
    between = head.doc[word.i + 1 : head.i]
    if any(t.pos_ not in {"NOUN", "ADJ", "PROPN", "VERB"} or t.ent_type_ for t in between):
        return []
    if head.lower_ in _VAGUE_HEADS and not any(t.pos_ == "NOUN" for t in between):
        return []  # "automated systems", "integrated technologies"
    return [(_phrase_start(head, word.left_edge.i), head.i + 1)]


def _initials(tokens: list[Token]) -> str:
    """The first letters of the words of a phrase ("radiation-hardened" gives two)."""
    return "".join(part[0] for t in tokens for part in t.lower_.split("-") if part[:1].isalnum())


def _acronym_definition(doc: Doc, paren: int) -> tuple[int, int] | None:
    """ "vehicle connectivity systems (VCS)": the technology phrase an acronym in
    parentheses abbreviates, when the phrase's initials spell it."""
    acronym = token_table(doc).text[paren + 1]
    if not _ACRONYM.match(acronym) or paren == 0:
        return None
    end = paren - 1
    while end > 0 and token_table(doc).text[end] in _QUOTES:
        end -= 1  # “vehicle connectivity systems” (VCS)
    head = doc[end]
    if head.pos_ != "NOUN" or head.lower_ not in TECH_PHRASE_HEADS or not head.text.islower():
        return None  # an agency or a law is named in capitals; that is no technology
    letters = acronym.lower().replace("-", "").replace("&", "")
    start = _phrase_start(head, head.i)
    for first in range(start, head.i + 1):
        initials = _initials(list(doc[first : head.i + 1]))
        if initials in {letters, letters.removesuffix("s")}:
            return first, head.i + 1
    return None


def _titled_definition(doc: Doc, paren: int) -> tuple[int, int] | None:
    """ "Artificial Intelligence (AI)": a technology phrase written in capitals, as
    fact sheets do, whose initials spell the acronym after it. The span keeps the
    parenthesis, which the NER reads into a firm's name ("Artificial Intelligence
    (AI"); an agency's name ends in no technology word ("Science Policy (SP)"),
    and one of several words ("Office of Space Technology (OST)") is no phrase of
    capitals only.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Rules on Artificial Intelligence (AI) and the Office of "
    ...                       "Space Technology (OST).")
    >>> doc[_titled_definition(doc, 4)[0]].text, _titled_definition(doc, 15)
    ('Artificial', None)
    """
    acronym = token_table(doc).text[paren + 1]
    head = doc[paren - 1] if paren > 0 else None
    if head is None or not _ACRONYM.match(acronym) or head.lower_ not in TECH_PHRASE_HEADS:
        return None
    if not head.text[:1].isupper() or head.text.isupper():
        return None
    if head.lower_ in _VAGUE_HEADS and acronym.removesuffix("s") not in TECH_ACRONYMS:
        return None  # "National Airspace System (NAS)": a system by name, no kind
    letters = acronym.lower().replace("-", "").replace("&", "")
    # the parenthesis only where the NER swallowed it, so that it loses to this span
    end = paren + 3 if doc[paren].ent_type_ else paren
    first = paren - 1
    while (
        first >= 0
        and token_table(doc).text[first][:1].isupper()
        and first > paren - 1 - len(letters)
    ):
        initials = _initials(list(doc[first:paren]))
        if initials in {letters, letters.removesuffix("s")}:
            return first, end
        first -= 1
    return None


def _examples(prep: Token) -> list[tuple[int, int]]:
    """ "advanced computing chips, such as the Zentra Z100 and Kovo K7": model names
    given as examples of a technology are technologies. A model name carries a
    number; a firm's name does not ("chip makers such as Zentra")."""
    if prep.dep_ != "prep" or prep.head.lower_ not in TECH_PHRASE_HEADS:
        return []
    if prep.lower_ == "as" and prep.i > 0 and token_table(prep.doc).lower[prep.i - 1] != "such":
        return []
    out: list[tuple[int, int]] = []
    items = [c for c in prep.children if c.dep_ == "pobj"]
    while items:
        item = items.pop()
        items.extend(c for c in item.children if c.dep_ in {"conj", "appos"})
        if item.pos_ == "NOUN" and item.is_lower and prep.head.lemma_.lower() == "technology":
            # "sensitive technologies, including quantum, biotechnology and aerospace":
            # fields named as examples of technologies are technologies
            if item.lower_ not in _NOT_EXAMPLE_FIELDS:
                out.append((_phrase_start(item, item.i), item.i + 1))
            continue
        if item.pos_ not in {"PROPN", "NOUN"} or not item.text[:1].isupper():
            continue
        start = item.i
        while (
            start > 0
            and item.doc[start - 1].dep_ == "compound"
            and item.doc[start - 1].pos_ == "PROPN"
        ):
            start -= 1
        if any(ch.isdigit() for ch in item.doc[start : item.i + 1].text):
            out.append((start, item.i + 1))
    return out


def _goods(head: Token) -> list[tuple[int, int]]:
    """ "accelerometers", "MEMS gyroscopes", "data centers", "fiber optic cables"."""
    if head.pos_ != "NOUN" or (
        head.i + 1 < len(head.doc) and head.doc[head.i + 1].dep_ == "compound"
    ):
        return []  # "wafer fabrication": the noun after it heads the phrase
    start = _coordinated_start(head.doc, _phrase_start(head, head.i))
    allowed = MODIFIED_GOODS.get(head.lower_)
    if allowed is not None and not {t.lower_ for t in head.doc[start : head.i]} & allowed:
        return []
    return [(start, head.i + 1)]


_JOINING = frozenset({"and", "or", ",", "&"})
#: Unions made once here (``x in A | B`` in a function builds the set on each call).
_RATING_WORDS = EVALUATIVE_WORDS | LIKENESS_WORDS
_NOT_EXAMPLE_FIELDS = EVALUATIVE_WORDS | _NOT_FIELDS
#: Words that head an item of their own in a list ("an antenna and similar routers").
_ITEM_HEADS = TECH_PHRASE_HEADS | GOODS | MODIFIED_GOODS.keys()
#: Dependents only a verb of a clause has (its object, subject or auxiliary).
_CLAUSE_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "aux", "auxpass"})
#: Tags of the words a list of modifiers may hold: singular nouns, adjectives and
#: participles the parser takes for verbs ("landline"); a plural is an item of its
#: own ("sensors and network equipment").
_MODIFIER_TAGS = frozenset({"NN", "JJ", "VB", "VBN", "VBG"})


def _coordinated_start(doc: Doc, start: int) -> int:
    """ "etch, deposition and clean tools", "cellular and landline network
    infrastructure": modifiers joined by "and", "or" or commas share the head, which
    the phrase starting at ``start`` ends with; the parse of such lists is too
    unsteady to follow, so the words are read. A word that heads a technology
    itself ("software and network equipment"), a plural, a name or a rating ends
    the list, and so does a verb of the clause ("installing").

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("They sold etch, deposition and clean tools.")
    >>> doc[_coordinated_start(doc, 6) :].text
    'etch, deposition and clean tools.'
    """
    best = i = start
    joined = False  # words before any joiner are kept only if a list follows
    lower = token_table(doc).lower
    while True:
        j = i - 1
        while j > 0 and lower[j] in _JOINING and i - j <= 2:
            j -= 1  # ", and" joins as "and" does
        joiners = set(lower[j + 1 : i])  # (the table's words: no Token each)
        if not joined and joiners and not joiners & {"and", "or", "&"}:
            break  # "lasers, sensors": a list of things; "A, B and C tools" ends in "and"
        if joined and joiners & {"and", "or", "&"}:
            break  # a second "and" starts another list
        if j < 0 or not _list_modifier(doc[j]):
            break
        joined = joined or j < i - 1
        i = j
        if joined:
            best = j
    return best


def _list_modifier(t: Token) -> bool:
    """A word that may modify a shared head in a list ("etch", "cellular")."""
    if not t.is_lower or t.tag_ not in _MODIFIER_TAGS or t.ent_type_:
        return False
    if t.tag_ == "VBG" and t.dep_ not in {"amod", "compound", "conj"}:
        return False  # "installing cellular … ": the clause's verb
    if t.tag_.startswith("VB") and any(c.dep_ in _CLAUSE_DEPS for c in t.children):
        return False  # "(the ability) to develop and supply … equipment": verbs of a clause
    before = t.doc[t.i - 1] if t.i > 0 else None
    if t.tag_ == "NN" and before is not None and before.dep_ == "compound" and before.head == t:
        # "office space, internet connectivity and VPN services": a noun with its own
        # compound heads an item of the list, not a modifier of the last one's head
        return False
    word = t.lower_
    # a product word heads an item of its own ("an antenna and similar routers")
    return word not in _ITEM_HEADS and word not in _RATING_WORDS and word not in _JOINING


def _acronym_phrase(word: Token) -> tuple[int, int]:
    """ "DRAM", "GPUs", and the product noun they modify ("DRAM chips")."""
    head = word
    while head.dep_ == "compound" and head.head.i == head.i + 1 and head.head.pos_ == "NOUN":
        head = head.head
    if head.lower_ not in TECH_PHRASE_HEADS and head.lower_ not in MODIFIED_GOODS:
        return word.i, word.i + 1  # "AI companies", "the GPU market": the acronym alone
    return word.i, head.i + 1


def _branded(head: Token, known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """ "the Pegasus spyware", "the Windows operating system", "Falcon 9 rockets": a
    brand or model name before a product word names the product with it. A name
    counts as a brand after "the"/"its" or with a model number, and never when it
    is a known company ("Huawei phones" are Huawei's phones)."""
    doc = head.doc
    table = token_table(doc)  # the words from the table: a Token only for its tags
    text, lower = table.text, table.lower
    start = head.i
    while start > 0 and doc[start - 1].pos_ in {"NOUN", "ADJ"} and text[start - 1].islower():
        if lower[start - 1] in EVALUATIVE_WORDS:
            return []  # "the Zorvex new drones": a rating inside, no name of one kind
        start -= 1  # "operating (system)", "strategic transport (aircraft)"
    brand_end = start
    while start > 0 and (
        doc[start - 1].pos_ in {"PROPN", "NUM"}
        or doc[start - 1].like_num
        or _MODEL_CODE.match(text[start - 1])  # "the B-1 Bomber", parsed as a noun
    ):
        start -= 1
    while start < brand_end and text[start].replace(",", "").isdigit():
        start += 1  # "12 F-35 fighter jets": a count is no part of the name
    if start == brand_end or not text[start][:1].isupper():
        return []
    numbered = any(any(ch.isdigit() for ch in word) for word in text[start:brand_end])
    owner = start > 0 and lower[start - 1] in {"the", "its", "their"}
    if not (numbered or owner) or known(table.span_text(start, brand_end)) or known(text[start]):
        return []
    brand = doc[start:brand_end]
    # a person's name takes no "the": after it a name the NER calls a person is a brand
    places = {"GPE", "NORP", "DATE", "MONEY"} | (set() if owner else {"PERSON"})
    if any(t.ent_type_ in places for t in brand):
        return []
    return [(start, head.i + 1)]
