"""kg: a knowledge graph of technology companies, governments, sanctions and technologies.

Build a graph from news text, query it with SPARQL, draw it as an interactive page.
"""

__version__ = "0.1.0"
