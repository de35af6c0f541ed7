"""Khabar (خبر): read Persian news the way an analyst does.

>>> import khabar
>>> nlp = khabar.load()
>>> doc = nlp("...")
>>> khabar.Article.from_doc(doc).to_dict()
"""

from khabar.article import Article, analyze_text
from khabar.pipeline import load

__version__ = "0.1.0"

__all__ = ["Article", "analyze_text", "load", "__version__"]
