"""Output: records written out (JSON Lines, CSV, Parquet), exported from the store,
tabled by organisation, and the analyst's HTML report.
"""
