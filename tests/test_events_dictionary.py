"""The verb dictionary is read as PETRARCH2 writes it (benchmarks/cameo_fidelity.py measures it)."""

import importlib.util
from pathlib import Path

from dateline.analyse.events.verb_pattern_table import token_words


def test_hyphenated_pattern_words_are_matched_as_the_tokenizer_splits_them():
    # spaCy reads 'go-ahead' as 'go', '-', 'ahead'; the pattern's word must be its parts
    assert token_words("(of (self-determination go-ahead &MILITARY") == (
        "(of", "(self", "(determination", "go", "ahead", "&MILITARY")


def test_build_script_splits_petrarch_compounds():
    path = Path(__file__).resolve().parent.parent / "scripts" / "build_event_data.py"
    spec = importlib.util.spec_from_file_location("build_event_data", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build._pattern_words("AIR_STRIKE (AGAINST {FIGHTER_&AIRCRAFT})") == [
        "air", "strike", "(against", "(fighter", "(&AIRCRAFT"]
    assert build._pattern_words("&MILITARY ON_THE") == ["&MILITARY", "on", "the"]
