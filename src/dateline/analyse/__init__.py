"""Per-article analysis: one spaCy pass, then every extractor over the parsed article.

This stage is pure: an Article in, an ArticleAnalysis out, no I/O, so it runs in
worker processes (and later on a Dask cluster) unchanged.
"""
