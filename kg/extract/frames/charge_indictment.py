"""Indictment forms of official releases that name the charged apart from the verb.

- "A grand jury returned an indictment today charging X …": the parse hangs the
  participle on "returned" rather than on "indictment" once a word such as "today"
  stands between them; the jury that returned it charges (:func:`case_returners`);
- "The indictment names X's president, A, and its sales director, B": the named
  defendants (:func:`indictment_names`);
- "A co-defendant, X, was charged in the same indictment": the name beside the noun
  (:func:`named_beside_defendant`);
- "X faces up to 20 years in prison when he is sentenced on May 3": a sentencing to
  come is none passed (:func:`sentencing_to_come`);
- "Y was charged in a separate indictment": another case, whose charger is not the
  one this release names (:func:`in_other_case`);
- "The department filed a criminal information in the U.S. District Court for X
  charging Y": who filed the case charges, not the court it was filed in, which the
  parse may make the participle's subject (:func:`case_filing`).
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kg.extract.frames.legal import court_entity
from kg.extract.frames.legal_words import BRING_VERBS, CASE_NOUNS, COURT_NOUNS
from kg.extract.frames.syntax import agents, children, subject
from kg.extract.lexicon import TITLE_WORDS
from kg.extract.tokens import token_table

#: Who an indictment can name as a defendant.
_NAMEABLE: Final = frozenset({"Person", "Company", "Organization"})

#: How the names of a named list stand in the object's phrase: the object itself, the
#: name set beside a title ("its president, A"), and the conjoined ones.
_NAME_DEPS: Final = frozenset({"dobj", "appos", "conj"})


def case_returners(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """Who returned the case of "A grand jury (in Y) returned an indictment today
    charging X" when the parse made the participle an adverbial clause of the returning
    verb: the court or jury among that verb's subjects (a dateline's city, "BOSTON –",
    is parsed as a second subject); empty otherwise."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return []
    head = verb.head
    if head.lemma_.lower() not in BRING_VERBS:
        return []
    if not any(CASE_NOUNS.get(c.lemma_.lower()) == "charges" for c in children(head, "dobj")):
        return []
    found: list[int] = []
    for subj in children(head, "nsubj"):
        court = court_entity(r, subj) if subj.lemma_.lower() in COURT_NOUNS else None
        for e in [court] if court is not None else r.entities(subj):
            if r.cls(e) == "Government" and e not in found:
                found.append(e)
    return found


def indictment_names(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "The indictment names X's president, A, 54, of Y, and its sales director, B":
    the people and firms an indictment (complaint, information) names; not the owner
    of a title ("X's") nor the places of the phrase ("of Y")."""
    subj = subject(verb)
    if subj is None or CASE_NOUNS.get(subj.lemma_.lower()) != "charges":
        return []
    if any(p.lower_ == "as" for p in children(verb, "prep")):
        return []  # "names X as its chief executive": a post, read elsewhere
    found: list[int] = []
    for obj in children(verb, "dobj"):
        for t in obj.subtree:
            if t.dep_ not in _NAME_DEPS:
                continue
            for e in r.entities(t):
                if r.cls(e) in _NAMEABLE and e not in found:
                    found.append(e)
    return found


#: Nouns of a defendant a release sets a name beside ("A co-defendant, X, was charged").
_DEFENDANT_WORDS: Final = frozenset({"defendant", "co-defendant", "codefendant"})


def named_beside_defendant(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "A co-defendant, X, a procurement official of Y, was charged …": the name set
    beside the subject noun "defendant" (the parse splits "co-defendant" into three
    subjects and hangs the name on the last, or makes the name a subject of its own)."""
    found: list[int] = []
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for subj in subjects:
        if subj.lower_ not in _DEFENDANT_WORDS:
            continue
        for name in children(subj, "appos"):
            found += [e for e in r.entities(name) if r.cls(e) in _NAMEABLE and e not in found]
    split = _DEFENDANT_WORDS | {"co"}
    if not found and any(
        s.lower_ in split or any(c.lower_ in split for c in s.children) for s in subjects
    ):
        # "X's co-defendant, Y, a national who …, was indicted": the parse made the name
        # a second subject beside the split noun
        for subj in subjects:
            found += [e for e in r.entities(subj) if r.cls(e) in _NAMEABLE and e not in found]
    if not found:
        found = _named_after_role(r, verb, subjects)
    return found


def _named_after_role(r, verb: Token, subjects: list[Token]) -> list[int]:  # type: ignore[no-untyped-def]
    """ "A former vice president of sales at Y, X, was indicted …": the person named
    between commas right after the subject's role phrase, which the parse hangs on the
    employer (Y) rather than on the role noun; none when the subject names someone
    itself ("X, a former executive of Y, was indicted" is read as X)."""
    table = token_table(verb.doc)
    lower, index = table.lower, r.index
    for subj in subjects:
        if subj.lower_ not in TITLE_WORDS or subj.i in index:
            continue
        close = min((c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}), default=verb.i)
        close -= 1  # the comma closing the name, before "was indicted"
        if close <= subj.i or lower[close] != ",":
            continue
        if close - 1 not in index:
            # "The owner of Y, X, a Jordanian national, was charged": the name after the
            # role phrase's first comma, itself described before the verb
            first = next((k for k in range(subj.i + 1, close) if lower[k] == ","), None)
            named = index.get(first + 1) if first is not None else None
            if (
                named is not None
                and named.start == first + 1  # type: ignore[operator]
                and named.end < close
                and lower[named.end] == ","
                and r.cls(named.entity) == "Person"
            ):
                return [named.entity]
            continue
        mention = index[close - 1]
        if mention.start - 1 <= subj.i or lower[mention.start - 1] != ",":
            continue
        if r.cls(mention.entity) == "Person":
            return [mention.entity]
    return []


#: Words opening a clause of a time still to come: "when he is sentenced".
_WHEN_WORDS: Final = frozenset({"when", "once", "after", "before", "until"})


def sentencing_to_come(verb: Token) -> bool:
    """ "X faces up to 20 years in prison when he is sentenced on May 3": a sentencing
    in a present-tense time clause is still to come, no sentence passed."""
    if verb.lemma_.lower() != "sentence" or verb.dep_ != "advcl":
        return False
    if not any(c.lower_ in _WHEN_WORDS for c in verb.children if c.dep_ in {"advmod", "mark"}):
        return False
    return any(c.tag_ in {"VBZ", "VBP"} for c in verb.children if c.dep_ in {"auxpass", "aux"})


#: Words marking a case as another than the one a release reports.
_OTHER_CASE_WORDS: Final = frozenset({"separate", "another", "different", "unrelated"})


def in_other_case(verb: Token) -> bool:
    """ "Y was charged in a separate indictment": a case other than the release's own,
    whose charger the court, jury or prosecutors of this one are not."""
    return any(
        CASE_NOUNS.get(case.lemma_.lower()) == "charges"
        and any(c.lower_ in _OTHER_CASE_WORDS for c in case.children if c.dep_ in {"amod", "det"})
        for prep in children(verb, "prep")
        if prep.lower_ == "in"
        for case in children(prep, "pobj")
    )


#: Verbs of filing a case in a court.
_FILE_VERBS: Final = frozenset({"file", "bring", "lodge"})
#: Papers filed in a court that charge someone ("a criminal information charging X").
_FILED_PAPERS: Final = frozenset({"information", "complaint", "indictment", "charge", "case"})


def case_filing(r, verb: Token) -> tuple[list[int], set[int]] | None:  # type: ignore[no-untyped-def]
    """For "X filed a criminal information (today) in the U.S. District Court for Y
    charging Z" (the participle hung on the paper, on the filing verb, or on a "for"
    phrase of it) and "An information filed (by X) in the District Court for Y charges
    Z": the government bodies that filed it and the entities named between the paper
    and the charging verb (the court it was filed in, never the charger). None when
    ``verb`` is in no such construction ("a grand jury returned an indictment charging
    Z" is the returners' to read, :func:`case_returners`)."""
    head, subj = verb.head, subject(verb)
    filing: Token | None = None
    case: Token | None = None
    if verb.dep_ == "acl" and head.lemma_.lower() in _FILED_PAPERS:
        case, filing = head, head.head
    elif verb.dep_ in {"advcl", "xcomp", "pcomp"} and verb.tag_ == "VBG":
        filing = head.head if verb.dep_ == "pcomp" else head
        case = next((o for o in children(filing, "dobj") if _paper(o)), None)
    elif subj is not None and _paper(subj):
        case = subj
        filing = next((c for c in children(subj, "acl") if c.tag_ == "VBN"), None)
    if case is None or filing is None or filing.lemma_.lower() not in _FILE_VERBS:
        return None
    filer = agents(filing) if filing.i > case.i else [subject(filing)]
    filers = [e for t in filer for e in r.entities(t) if r.cls(e) == "Government"]
    index = r.index
    between = {index[i].entity for i in range(case.i + 1, verb.i) if i in index}
    return filers, between


def _paper(token: Token) -> bool:
    return token.lemma_.lower() in _FILED_PAPERS
