"""Training and measuring the learned parts (models/): run as ``python -m extract.training.X``.
Nothing here is imported when extracting.
"""
