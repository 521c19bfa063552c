"""The spaCy pipeline's components and the helpers they share.

Each ``warta_*`` factory is registered when its module is imported; extract/pipeline.py
imports them and lists them in order.
"""
