"""Default resource limits per article, shared by the build, the CLI and the workers.

Kept apart from the modules that use them so that reading a default never imports
spaCy (an unchanged rebuild of a store should not pay for loading it).

>>> ARTICLE_TIME_LIMIT
120.0
"""

from typing import Final

#: Seconds one article may take to parse and extract before it is reported and skipped.
ARTICLE_TIME_LIMIT: Final = 120.0
