"""Amounts: numbers with what they count ("more than 3 million displaced")."""

from dateline.analyse.amounts.extract import extract_amounts, find_amounts
from dateline.vocabulary.numbers import parse_number, vague_magnitude

__all__ = ["extract_amounts", "find_amounts", "parse_number", "vague_magnitude"]
