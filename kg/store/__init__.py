"""rdflib and Oxigraph: writing the graph, storing it, querying and exporting it.

One concern per module:

* :mod:`kg.store.rdf` — plain data (:mod:`kg.model`) to quads; IRIs
* :mod:`kg.store.sink` — where a build writes (:func:`~kg.store.sink.open_sink`):
  :mod:`~kg.store.filesink` (a file), :mod:`~kg.store.oxstore` (a store folder),
  :mod:`~kg.store.remote` (a SPARQL server); :mod:`~kg.store.updates` is the SPARQL
  Update the last two send
* :mod:`kg.store.load` — :func:`~kg.store.load.open_graph` for any of them
* :mod:`kg.store.query`, :mod:`kg.store.results` — read-only SPARQL, named queries
  (``queries/*.rq``), safely bound parameters, answers as table/CSV/JSON
* :mod:`kg.store.formats`, :mod:`kg.store.export`, :mod:`kg.store.tonetworkx` — file
  formats, exports, the networkx view
* :mod:`kg.store.serve` — the Oxigraph SPARQL server over a store
* :mod:`kg.store.synthetic` — made-up extractions for tests and the benchmark
"""
