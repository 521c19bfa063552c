"""Engines: where ``nlp.pipe`` runs (this process, a pool of workers, Dask) and how a run
stops; the batch function is shared by all of them.
"""
