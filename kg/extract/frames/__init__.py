"""Frames: one module per kind of statement the extractor reads.

Each frame pairs a trigger lexicon (verbs and their nominalisations) with argument
patterns over the parse: active and passive, agents, appositions, possessives,
compounds, relative clauses and lists. :mod:`kg.extract.frames.reader` holds what
they share about one article; :mod:`kg.extract.relations` runs them in order.

================  ==========================================================
module            statements
================  ==========================================================
``role``          worksFor (titles, role clauses, employment verbs)
``sanction``      Sanction nodes (verbs, "impose X on", nouns, named lists)
``charge``        charges (indict, convict, plead guilty, sentence)
``accusation``    accuses
``ownership``     partOf, acquires, investsIn, partnersWith
``technology``    develops, provides, uses, supplies
``location``      basedIn (nationality, "X-based", "based in")
``related``       relatedTo (open extraction, where no frame fired)
================  ==========================================================
"""

#: The properties each frame states, for figures by frame (``sanctions`` is the
#: government → target projection of a Sanction node).
FRAME_PROPERTIES: dict[str, tuple[str, ...]] = {
    "role": ("worksFor",),
    "sanction": ("sanctions",),
    "charge": ("charges",),
    "accusation": ("accuses",),
    "ownership": ("partOf", "acquires", "investsIn", "partnersWith"),
    "technology": ("develops", "provides", "uses", "supplies"),
    "location": ("basedIn",),
}
