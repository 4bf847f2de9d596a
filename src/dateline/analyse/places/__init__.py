"""Places named in an article, geocoded offline against GeoNames data shipped in wheels.

mentions.py finds the names (spaCy's places, gazetteer names the tagger missed, "X village"),
resolve.py picks the real place by the article's evidence, metonymy.py leaves out places
named as governments ("Paris says"), gazetteer.py builds the name index once per process.
"""

from dateline.analyse.places.extract import extract_places
from dateline.analyse.places.metonymy import is_metonymic_actor

__all__ = ["extract_places", "is_metonymic_actor"]
