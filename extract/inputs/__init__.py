"""Input: paths, URLs and WARC crawls in, Articles out (extract/article.py).
"""
