"""The shape of a frame, and the verb clause every verb-triggered frame reads.

A frame is one kind of statement (a sanction, a charge, a role, …): a trigger
lexicon (verbs and their nominalisations) and the argument patterns that fill it.
The reader calls, for every sentence, in document order:

- :meth:`Frame.read_verb` for each predicate whose lemma is in the frame's
  ``verbs`` (a frame that returns True *claims* the verb: later frames skip it);
- :meth:`Frame.read_noun` for each noun whose lemma is in the frame's ``nouns``;
- :meth:`Frame.read_mention` for each entity mention of the sentence;
- :meth:`Frame.read_sentence` once, after the above.

A frame instance lives for one article, so it may remember what earlier sentences
said ("the jury" that convicted in the last sentence).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar, overload

from spacy.tokens import Span, Token

from kg.extract.frames.reader import ArticleReader
from kg.extract.frames.syntax import agents, children, is_passive, modality, subject
from kg.extract.mentions import Mention
from kg.model import Modality

_T = TypeVar("_T")


class _kept(Generic[_T]):
    """``functools.cached_property`` without its lock: computed on the first read and
    kept in the instance's ``__dict__``, which later reads find first. (Python 3.11's
    takes a lock on each first read; a clause is made per verb and read by one
    thread.)"""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _kept[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> _T | _kept[_T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


@dataclass
class VerbClause:
    """A predicate and its arguments as entities, active and passive alike.

    ``actors`` do the action (the subject, or a passive verb's "by" agents);
    ``patients`` undergo it (the objects, or a passive verb's subjects).
    """

    reader: ArticleReader
    verb: Token
    lemma: str
    sent: Span

    @_kept
    def passive(self) -> bool:
        return is_passive(self.verb)

    @_kept
    def subjects(self) -> list[int]:
        return self.reader.entities(subject(self.verb))

    @_kept
    def agents(self) -> list[int]:
        return [e for t in agents(self.verb) for e in self.reader.entities(t)]

    @_kept
    def objects(self) -> list[int]:
        return [e for t in children(self.verb, "dobj", "attr") for e in self.reader.entities(t)]

    @property
    def actors(self) -> list[int]:
        return self.agents if self.passive else self.subjects

    @property
    def patients(self) -> list[int]:
        return self.subjects if self.passive else self.objects

    @_kept
    def modality(self) -> Modality:
        return modality(self.verb, self.sent)


class Frame:
    """One kind of statement read from an article (subclasses fill the hooks)."""

    #: Verb lemmas this frame reads (the reader skips every other verb).
    verbs: ClassVar[frozenset[str]] = frozenset()
    #: Noun lemmas that trigger this frame ("ban", "fine", "indictment").
    nouns: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, reader: ArticleReader) -> None:
        self.reader = reader

    def read_verb(self, clause: VerbClause) -> bool:
        """Read one predicate; True claims it (no later frame reads it)."""
        return False

    def read_noun(self, noun: Token, sent: Span) -> None:
        """Read one trigger noun."""

    def read_mention(self, mention: Mention, sent: Span) -> None:
        """Read the phrase around one entity mention (titles, "X-based", "part of")."""

    def read_sentence(self, sent: Span) -> None:
        """Read what the sentence says as a whole, after its verbs and mentions."""
