"""compare_happening over hand-made amounts and quotes: rival claimants' figures, synonyms of
a counted noun, and what stays apart."""

from __future__ import annotations

from dateline.link.stories.compare import compare_happening
from dateline.models import Amount, Quote

TEXT = "The union says 9,000 posts will go. The government says no more than 3,000 jobs will go."


def _count(value, obj, start, *, unit="count", qualifier=None, article_id="a"):
    text = f"{value:,} {obj}"
    return Amount(article_id, value, None, unit, obj, qualifier, text, start, start + len(text))


def _said(speaker, start, end):
    return Quote(id=f"q{start}", article_id="a", text=TEXT[start:end], kind="indirect", speaker=speaker, speaker_entity_id=None,
                 speaker_mention=speaker, cue="says", start=start, end=end, sentence=TEXT, parts=[[start, end]])


def test_two_claimants_counts_of_one_thing_are_compared_within_one_article():
    amounts = [_count(9000, "posts", 15), _count(3000, "jobs", 68, qualifier="no more than")]
    quotes = {"a": [_said("union", 15, 34), _said("government", 56, 89)]}
    [comparison] = compare_happening("h", amounts, {"a": "Post"}, quotes)
    assert comparison.quantity == "job (count)"
    assert sorted(v.value for v in comparison.values) == [3000, 9000]
    assert comparison.verdict == "conflict"


def test_one_claimants_two_counts_three_times_apart_are_two_quantities():
    amounts = [_count(9000, "jobs", 15), _count(3000, "jobs", 68)]
    quotes = {"a": [_said("union", 0, 100)]}
    assert compare_happening("h", amounts, {"a": "Post"}, quotes) == []


def test_rival_claims_further_apart_than_claims_apart_stay_apart():
    amounts = [_count(41000, "jobs", 15), _count(3000, "jobs", 68)]
    quotes = {"a": [_said("union", 15, 34), _said("government", 56, 89)]}
    assert compare_happening("h", amounts, {"a": "Post"}, quotes) == []


def test_two_claimants_sums_of_money_are_not_taken_for_rival_figures():
    amounts = [_count(180_000_000, "aid", 15, unit="EUR"), _count(800_000_000, "defences", 68, unit="EUR")]
    quotes = {"a": [_said("minister", 15, 34), _said("mayor", 56, 89)]}
    assert compare_happening("h", amounts, {"a": "Post"}, quotes) == []


def test_synonyms_are_one_noun_across_outlets():
    amounts = [_count(1200, "positions", 0, article_id="a"), _count(1250, "jobs", 0, article_id="b")]
    [comparison] = compare_happening("h", amounts, {"a": "Post", "b": "Wire"})
    assert comparison.quantity == "job (count)"
    assert comparison.verdict == "conflict"


def test_a_figure_inside_another_outlets_bound_is_compatible_and_outside_it_a_conflict():
    def verdict(first, second):
        amounts = [_count(first[0], "protesters", 0, qualifier=first[1], article_id="a"),
                   _count(second[0], "protesters", 0, qualifier=second[1], article_id="b")]
        [comparison] = compare_happening("h", amounts, {"a": "Post", "b": "Wire"})
        return comparison.verdict

    assert verdict((70, "at least"), (100, "about")) == "compatible"  # 100 is at least 70
    assert verdict((70, "at least"), (120, None)) == "conflict"  # inside the bound, but far over it
    assert verdict((50, "up to"), (40, None)) == "compatible"
    assert verdict((70, "at least"), (100, "at least")) == "compatible"  # both can be true
    assert verdict((100, "at least"), (70, None)) == "conflict"  # under the lower bound
    assert verdict((50, "up to"), (90, None)) == "conflict"
    assert verdict((70, None), (100, None)) == "conflict"


def test_game_statistics_are_no_quantity_to_dispute():
    amounts = [_count(24, "points", 0, article_id="a"), _count(15, "points", 0, article_id="b"),
               _count(364, "yards", 20, article_id="a"), _count(605, "yards", 20, article_id="b")]
    assert compare_happening("h", amounts, {"a": "Post", "b": "Wire"}) == []


def _two_outlets(first_text, first_obj, first_value, second_text, second_obj, second_value):
    amounts = [
        Amount("a", first_value, None, "count", first_obj, None, first_text, 0, len(first_text)),
        Amount("b", second_value, None, "count", second_obj, None, second_text, 0, len(second_text)),
    ]
    return compare_happening("h", amounts, {"a": "Post", "b": "Wire"})


def test_a_number_joined_to_a_unit_word_describes_its_noun_and_counts_none():
    assert _two_outlets("14-yard line", "line", 14, "20-yard line", "line", 20) == []
    assert _two_outlets("32 - bit version", "version", 32, "64 - bit version", "version", 64) == []
    assert _two_outlets("32 - bit", "bit", 32, "64-bit", "bit", 64) == []
    # the plain counts still meet
    [comparison] = _two_outlets("14 lines", "lines", 14, "20 lines", "lines", 20)
    assert comparison.verdict == "conflict"


def test_more_of_something_or_others_are_a_part_not_the_whole():
    assert _two_outlets("20 more people", "people", 20, "12 people", "people", 12) == []
    assert _two_outlets("263 other animals and plants", "animals and plants", 263, "146 plants", "plants", 146) == []


def test_a_time_of_day_in_tokenised_text_counts_no_letter():
    # "10 : 30 a. m." read as 30 of "m"
    assert _two_outlets("30 a. m.", "m.", 30, "45 p. m.", "m.", 45) == []
    assert _two_outlets("53 p. m.", "people", 53, "50 people", "people", 50) == []


def test_plurals_in_es_are_singular_statistics():
    # two boxers' career records, and two fights' punches landed
    assert _two_outlets("46 KOs", "KOs", 46, "36 KOs", "KOs", 36) == []
    assert _two_outlets("178 punches", "punches", 178, "369 punches", "punches", 369) == []
    assert _two_outlets("52 catches", "catches", 52, "29 catches", "catches", 29) == []
    assert _two_outlets("106 carries", "carries", 106, "83 carries", "carries", 83) == []


def test_money_by_the_year_is_another_quantity_than_a_sum():
    amounts = [
        Amount("a", 8_000_000, None, "USD", "contract", None, "$8 million", 0, 10),
        Amount("b", 4_000_000, None, "USD", None, "about", "about $4 million a year", 0, 23),
        Amount("c", 5_000_000, None, "USD", None, None, "$5 million a year", 0, 17),
    ]
    [comparison] = compare_happening("h", amounts, {"a": "Post", "b": "Wire", "c": "Radio"})
    assert sorted(v.value for v in comparison.values) == [4_000_000, 5_000_000]
    assert comparison.quantity.endswith("a year (USD)")


def test_two_figures_of_one_article_are_not_outlets_at_odds():
    # one outlet counts two orders (of Boeing and of Airbus jets); the other outlet agrees with one
    amounts = [_count(30, "jets", 0, article_id="a"), _count(50, "jets", 40, article_id="a"),
               _count(30, "jets", 0, article_id="b")]
    [comparison] = compare_happening("h", amounts, {"a": "Post", "b": "Wire"})
    assert sorted(v.value for v in comparison.values) == [30, 30, 50]
    assert comparison.verdict == "agree"


def test_one_articles_two_figures_compared_with_nothing_else_are_no_comparison():
    amounts = [_count(30, "jets", 0, article_id="a"), _count(50, "jets", 40, article_id="a")]
    assert compare_happening("h", amounts, {"a": "Post"}) == []


def test_another_outlets_figure_is_still_a_conflict_with_either():
    amounts = [_count(30, "jets", 0, article_id="a"), _count(50, "jets", 40, article_id="a"),
               _count(40, "jets", 0, article_id="b")]
    [comparison] = compare_happening("h", amounts, {"a": "Post", "b": "Wire"})
    assert comparison.verdict == "conflict"


def test_an_articles_list_of_prices_is_no_figure_in_dispute():
    prices = [_count(v, "", 40 * i, unit="USD", article_id="a") for i, v in enumerate([150, 199, 240])]
    other = [_count(180, "", 0, unit="USD", article_id="b")]
    assert compare_happening("h", prices + other, {"a": "Deals", "b": "Wire"}) == []


def test_one_sum_each_of_two_outlets_is_still_compared():
    amounts = [_count(150, "", 0, unit="USD", article_id="a"), _count(199, "", 40, unit="USD", article_id="a"),
               _count(180, "", 0, unit="USD", article_id="b")]
    [comparison] = compare_happening("h", amounts, {"a": "Deals", "b": "Wire"})
    assert comparison.verdict == "conflict"


def _range(low, high, obj, *, article_id):
    text = f"{low:,}-{high:,} {obj}"
    return Amount(article_id, low, None, "count", obj, None, text, 0, len(text), value_max=high)


def test_a_range_holding_the_other_figure_fits_it_and_one_apart_from_it_conflicts():
    def verdict(first, second):
        [comparison] = compare_happening("h", [first, second], {"a": "Post", "b": "Wire"})
        return comparison.verdict

    assert verdict(_range(375, 500, "evacuees", article_id="a"), _count(500, "evacuees", 0, article_id="b")) == "compatible"
    assert verdict(_range(130, 170, "evacuees", article_id="a"), _range(150, 200, "evacuees", article_id="b")) == "compatible"
    assert verdict(_range(130, 170, "evacuees", article_id="a"), _range(130, 170, "evacuees", article_id="b")) == "agree"
    assert verdict(_range(200, 240, "evacuees", article_id="a"), _count(300, "evacuees", 0, article_id="b")) == "conflict"


def test_two_studies_findings_in_one_article_are_no_rival_estimates():
    text = "One study found 300 participants improved. Another study found 500 participants improved."
    amounts = [Amount("a", 300, None, "count", "participants", None, "300 participants", 16, 32),
               Amount("a", 500, None, "count", "participants", None, "500 participants", 64, 80)]

    def found(speaker, start, end):
        return Quote(id=f"q{start}", article_id="a", text=text[start:end], kind="indirect", speaker=speaker,
                     speaker_entity_id=None, speaker_mention=speaker, cue="found", start=start, end=end,
                     sentence=text, parts=[[start, end]])

    studies = {"a": [found("One study", 16, 42), found("Another small study", 64, 90)]}
    assert compare_happening("h", amounts, {"a": "Post"}, studies) == []
    claimants = {"a": [found("the union", 16, 42), found("the ministry", 64, 90)]}
    [comparison] = compare_happening("h", amounts, {"a": "Post"}, claimants)
    assert comparison.verdict == "conflict"  # two bodies' estimates of one count


def test_two_reports_each_listing_several_values_are_not_paired_blindly():
    # each motor-show report gives two models' power: which is which is unknown
    amounts = [_count(275, "horsepower", 0, article_id="a"), _count(335, "horsepower", 40, article_id="a"),
               _count(149, "horsepower", 0, article_id="b"), _count(255, "horsepower", 40, article_id="b")]
    assert compare_happening("h", amounts, {"a": "Post", "b": "Wire"}) == []
    # one of them agreeing is still shown, the rest matched elsewhere
    amounts[3] = _count(335, "horsepower", 40, article_id="b")
    [comparison] = compare_happening("h", amounts, {"a": "Post", "b": "Wire"})
    assert comparison.verdict == "agree"
    # a single figure against a list is still compared with each of them
    single = [_count(275, "horsepower", 0, article_id="a"), _count(335, "horsepower", 40, article_id="a"),
              _count(180, "horsepower", 0, article_id="b")]
    [comparison] = compare_happening("h", single, {"a": "Post", "b": "Wire"})
    assert comparison.verdict == "conflict"
