"""The extractor version stored in every record. Raise it whenever extraction changes,
so that ``warta ingest --reprocess`` redoes the records an older version made.
Kept apart from the pipeline so that reading it loads no models."""
EXTRACTOR_VERSION = "0.3.0"  # programmes, sectors, entities, stories; the rules of issues #13-#15
