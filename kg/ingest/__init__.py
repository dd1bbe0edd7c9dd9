"""Reading documents: plain text, Markdown, HTML and JSON lines into articles.

>>> from kg.ingest import iter_articles, MAX_BYTES
>>> MAX_BYTES
10485760
"""

from kg.ingest.reader import FORMATS, MAX_BYTES, iter_articles, read_file

__all__ = ["FORMATS", "MAX_BYTES", "iter_articles", "read_file"]
