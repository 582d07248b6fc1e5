"""Normalise (polars): decoded documents -> the lines frame, the article frame and the authors frame."""

from flows.normalise.articles import ARTICLE_COLUMNS, normalise

__all__ = ["ARTICLE_COLUMNS", "normalise"]
