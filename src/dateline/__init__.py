"""dateline: read a pile of news articles and tell the story in them."""

__version__ = "0.1.0"
