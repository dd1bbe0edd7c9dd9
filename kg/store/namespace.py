"""The ontology's terms as a closed rdflib namespace, and the IRIs `kg` mints.

A typo fails at once:

>>> KG.Company
rdflib.term.URIRef('https://w3id.org/kg-news/ontology#Company')
>>> KG.Compnay
Traceback (most recent call last):
...
AttributeError: term 'Compnay' not in namespace 'https://w3id.org/kg-news/ontology#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/kg-news/ontology"
BASE = "https://w3id.org/kg-news/id/"

#: Entities, articles, sanctions and evidence nodes live under these.
ENT = Namespace(BASE + "entity/")
ART = Namespace(BASE + "article/")
SAN = Namespace(BASE + "sanction/")
EVI = Namespace(BASE + "evidence/")
#: Named graph holding the resolved entities (type, label, altLabels).
ENTITIES_GRAPH = URIRef(BASE + "graph/entities")


class KG(DefinedNamespace):
    """Terms of ``ontology/kg.ttl``; a test keeps the two in step."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # classes
    Entity: URIRef
    Company: URIRef
    Government: URIRef
    Sanction: URIRef
    Technology: URIRef
    Person: URIRef
    Organization: URIRef
    Location: URIRef
    Article: URIRef
    SanctionKind: URIRef
    Evidence: URIRef
    # sanction kinds
    Designation: URIRef
    ExportControl: URIRef
    Ban: URIRef
    Fine: URIRef
    AssetFreeze: URIRef
    InvestmentBan: URIRef
    VisaBan: URIRef
    Tariff: URIRef
    Other: URIRef
    # sanction properties
    imposedBy: URIRef
    target: URIRef
    sanctionKind: URIRef
    amount: URIRef
    currency: URIRef
    date: URIRef
    reason: URIRef
    # relations
    develops: URIRef
    provides: URIRef
    uses: URIRef
    supplies: URIRef
    basedIn: URIRef
    partOf: URIRef
    acquires: URIRef
    partnersWith: URIRef
    investsIn: URIRef
    worksFor: URIRef
    accuses: URIRef
    charges: URIRef
    relatedTo: URIRef
    # mentions and evidence
    mentionedIn: URIRef
    article: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    rule: URIRef
    confidence: URIRef
    modality: URIRef
    wording: URIRef
    contentHash: URIRef
    extractedWith: URIRef
    classVotes: URIRef
