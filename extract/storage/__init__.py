"""The store: a SQLite file of records, filled by incremental ingest, with near-duplicate
stories assigned on the way in.
"""
