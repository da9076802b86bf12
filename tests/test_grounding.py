"""Grounding: a model's quote becomes a span of the article, or nothing.

Read top to bottom as the specification of ``llmextract.grounding``: the stages in order
(exact, normalized, fuzzy, unmatched), each tolerance of the normalized stage, repeated
occurrences and ``near``, unicode edge cases, and the contract that holds for any input:
a match's ``text == article[start:end]`` with offsets into the original article.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from llmextract.grounding import (
    FUZZY_MIN_QUOTE_LENGTH,
    FUZZY_THRESHOLD,
    GROUNDING_VERSION,
    Grounder,
    MatchResult,
    ground,
)
from llmextract.schema import Span
from tests.conftest import SEED

# The autouse isolation fixture is function-scoped; sharing it across examples is harmless.
PROPERTY = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

ARTICLE = (
    "Unidentified aircraft carried out the air raids against militia positions in the "
    "Deir Al-Zour area between nine pm and midnight.\n\n"
    "\u201cThe raids targeted Al-Hawitah near the Al-Hizam area, east of Albukamal,\u201d an "
    "informed source told IranWire \u2014 killing two people and wounding seven others\u2026"
)


def prepared(article: str) -> Grounder:
    """A grounder past its first quote: normalized article and chunk index built, so quotes of
    three or more words are located through the index instead of ``str.find``."""
    grounder = Grounder(article)
    grounder._prepare()
    return grounder


def assert_in_article(result: MatchResult, article: str) -> None:
    assert result.start is not None and result.end is not None
    assert 0 <= result.start <= result.end <= len(article)
    assert result.text == article[result.start:result.end]


# -- module surface ---------------------------------------------------------------------------


def test_grounding_version_is_a_string_for_the_cache_key() -> None:
    assert isinstance(GROUNDING_VERSION, str) and GROUNDING_VERSION


def test_fuzzy_threshold_is_a_similarity_percentage() -> None:
    assert 0 < FUZZY_THRESHOLD <= 100


def test_ground_is_the_one_off_form_of_grounder() -> None:
    quote = "the raids targeted al-hawitah"
    assert ground(ARTICLE, quote, near=5) == Grounder(ARTICLE).ground(quote, near=5)


def test_grounder_keeps_its_article() -> None:
    assert Grounder(ARTICLE).article is ARTICLE


@pytest.mark.parametrize("threshold", [0, -1, 100.5])
def test_grounder_rejects_a_threshold_outside_0_to_100(threshold: float) -> None:
    with pytest.raises(ValueError, match="fuzzy_threshold"):
        Grounder(ARTICLE, fuzzy_threshold=threshold)


# -- MatchResult -------------------------------------------------------------------------------


def test_a_match_becomes_a_span_recording_how_it_was_found() -> None:
    result = ground(ARTICLE, "AIR RAIDS")
    span = result.to_span()
    assert span == Span(start=result.start, end=result.end, text="air raids",
                        match="normalized", score=100.0)


def test_a_fuzzy_match_becomes_a_span_carrying_its_similarity() -> None:
    result = ground(ARTICLE, "carried out the air raids agianst militia positions")
    span = result.to_span()
    assert (span.match, span.score) == ("fuzzy", result.score)
    assert span.score is not None and FUZZY_THRESHOLD <= span.score < 100


def test_an_unmatched_result_has_no_span() -> None:
    result = ground(ARTICLE, "A convoy was ambushed near Palmyra.")
    assert not result.matched
    assert (result.kind, result.score, result.start, result.end, result.text) == (
        "unmatched", 0.0, None, None, None)
    with pytest.raises(ValueError, match="unmatched"):
        result.to_span()


def test_match_results_are_immutable() -> None:
    result = ground(ARTICLE, "air raids")
    with pytest.raises(AttributeError):
        result.start = 0  # type: ignore[misc]


# -- stage 1: exact ----------------------------------------------------------------------------


def test_an_exact_substring_is_an_exact_match_with_score_100() -> None:
    result = ground(ARTICLE, "Deir Al-Zour area")
    assert (result.kind, result.score) == ("exact", 100.0)
    assert result.text == "Deir Al-Zour area"
    assert result.start == ARTICLE.index("Deir Al-Zour area")


def test_exact_takes_precedence_over_a_nearer_normalized_match() -> None:
    article = "THE STRIKE hit. ... the strike hit."
    result = ground(article, "the strike hit", near=0)
    assert (result.kind, result.start) == ("exact", article.rindex("the strike hit"))


def test_an_exact_quote_keeps_its_own_surrounding_whitespace() -> None:
    result = ground("a  strike  b", " strike ")
    assert (result.kind, result.text) == ("exact", " strike ")


# -- stage 2: normalized, one tolerance at a time -----------------------------------------------

WHITESPACE = [
    ("collapsed run", "a   b  c", "a b c", "a   b  c"),
    ("newlines", "killed\n\ntwo", "killed two", "killed\n\ntwo"),
    ("CRLF", "killed\r\ntwo", "killed two", "killed\r\ntwo"),
    ("no-break space", "killed\u00a0two", "killed two", "killed\u00a0two"),
    ("narrow no-break space", "9\u202fpm", "9 pm", "9\u202fpm"),
    ("tab in quote", "killed two", "killed\ttwo", "killed two"),
    ("run in quote", "killed two", "killed \n  two", "killed two"),
]


@pytest.mark.parametrize(("name", "article", "quote", "expected"), WHITESPACE,
                         ids=[w[0] for w in WHITESPACE])
def test_any_whitespace_run_equals_any_other(name: str, article: str, quote: str,
                                             expected: str) -> None:
    result = ground(article, quote)
    assert (result.kind, result.score, result.text) == ("normalized", 100.0, expected)


QUOTE_MARKS = [
    ("curly double in article", "he said \u201cyes\u201d", 'said "yes"', "said \u201cyes\u201d"),
    ("curly double in quote", 'he said "yes"', "said \u201cyes\u201d", 'said "yes"'),
    ("low-9 double", "he said \u201eyes\u201c", 'said "yes"', "said \u201eyes\u201c"),
    ("guillemets", "he said \u00abyes\u00bb", 'said "yes"', "said \u00abyes\u00bb"),
    ("double prime", "a 12\u2033 gun", 'a 12" gun', "a 12\u2033 gun"),
    ("curly apostrophe", "Iran\u2019s militias", "Iran's militias", "Iran\u2019s militias"),
    ("reversed apostrophe", "Iran\u201bs militias", "Iran's militias", "Iran\u201bs militias"),
    ("low-9 single", "\u201ayes\u2018 he said", "'yes' he", "\u201ayes\u2018 he"),
    ("prime", "5\u2032 long", "5' long", "5\u2032 long"),
    ("straight in article", "Iran's militias", "Iran\u2019s militias", "Iran's militias"),
]


@pytest.mark.parametrize(("name", "article", "quote", "expected"), QUOTE_MARKS,
                         ids=[q[0] for q in QUOTE_MARKS])
def test_curly_low_prime_and_angle_quote_marks_equal_straight_ones(name: str, article: str,
                                                                   quote: str,
                                                                   expected: str) -> None:
    result = ground(article, quote)
    assert (result.kind, result.text) == ("normalized", expected)


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015",
                                  "\u2212"])
def test_dash_variants_equal_a_hyphen_minus(dash: str) -> None:
    article = f"Al{dash}Hawitah, 2019{dash}2020"
    assert ground(article, "Al-Hawitah, 2019-2020").text == article
    assert ground("Al-Hawitah, 2019-2020", f"Al{dash}Hawitah").text == "Al-Hawitah"


CASES = [
    ("upper quote", "Deir Al-Zour", "DEIR AL-ZOUR", "Deir Al-Zour"),
    ("lower quote", "Deir Al-Zour", "deir al-zour", "Deir Al-Zour"),
    ("sharp s spelled ss", "die Straße", "DIE STRASSE", "die Straße"),
    ("ss matched by sharp s", "die STRASSE", "die straße", "die STRASSE"),
    ("final sigma", "ΟΔΟΣ ΠΑΝΟΣ", "οδος πανος", "ΟΔΟΣ ΠΑΝΟΣ"),
    ("ligature", "the \ufb01eld", "the field", "the \ufb01eld"),
    ("dotted capital I", "İSTANBUL", "istanbul", "İSTANBUL"),
    ("dotted capital I quoted", "Istanbul", "İstanbul", "Istanbul"),
    ("dotless i", "Diyarbakır", "DIYARBAKIR", "Diyarbakır"),
]


@pytest.mark.parametrize(("name", "article", "quote", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_case_differences_are_casefolded(name: str, article: str, quote: str,
                                         expected: str) -> None:
    result = ground(article, quote)
    assert (result.kind, result.text) == ("normalized", expected)


def test_a_length_changing_casefold_still_returns_original_offsets() -> None:
    article = "ßßß Straße ßßß, killed two"
    result = ground(article, "KILLED TWO")
    assert (result.start, result.end) == (article.index("killed"), len(article))
    assert_in_article(result, article)


def test_a_normalized_match_never_splits_an_original_character() -> None:
    # "s" is inside the casefold of "ß" ("ss") but is not a whole character of the article.
    assert ground("Straße", "STRAS").kind == "unmatched"
    assert ground("Straße", "S").text == "S"


ELLIPSES = [
    ("ellipsis in article", "and others\u2026 he said", "others... he", "others\u2026 he"),
    ("ellipsis in quote", "and others... he said", "others\u2026 he", "others... he"),
]


@pytest.mark.parametrize(("name", "article", "quote", "expected"), ELLIPSES,
                         ids=[e[0] for e in ELLIPSES])
def test_an_ellipsis_character_equals_three_dots(name: str, article: str, quote: str,
                                                 expected: str) -> None:
    result = ground(article, quote)
    assert (result.kind, result.text) == ("normalized", expected)


QUOTE_DECORATION = [
    ("trailing period added", "killing two people, and", "killing two people.",
     "killing two people"),
    ("trailing period dropped", "killing two people.", "killing two people",
     "killing two people"),
    ("trailing comma added", "killing two people and", "killing two people,",
     "killing two people"),
    ("surrounding whitespace", "killing two people", "  killing two people\n",
     "killing two people"),
    ("surrounding straight quotes", "killing two people", '"killing two people"',
     "killing two people"),
    ("surrounding curly quotes", "killing two people", "\u201ckilling two people\u201d",
     "killing two people"),
    ("quote then period", "killing two people", '"killing two people".',
     "killing two people"),
    ("elision dots", "and killing two people", "...killing two people...",
     "killing two people"),
    ("quote marks kept when in article", 'he said "no" twice', '"no"', '"no"'),
]


@pytest.mark.parametrize(("name", "article", "quote", "expected"), QUOTE_DECORATION,
                         ids=[d[0] for d in QUOTE_DECORATION])
def test_decoration_around_the_quote_is_ignored(name: str, article: str, quote: str,
                                                expected: str) -> None:
    result = ground(article, quote)
    assert result.kind in ("exact", "normalized")
    assert result.text == expected


def test_tolerances_combine() -> None:
    quote = '"the raids targeted al-hawitah   near the al-hizam area, east of albukamal."'
    result = ground(ARTICLE, quote)
    assert result.kind == "normalized"
    assert result.text == "The raids targeted Al-Hawitah near the Al-Hizam area, east of Albukamal"


def test_a_soft_hyphen_or_zero_width_space_in_the_article_is_invisible() -> None:
    article = "Deir Al-Zo\u00adur and Al\u200bbukamal"
    assert ground(article, "deir al-zour").text == "Deir Al-Zo\u00adur"
    assert ground(article, "Albukamal").text == "Al\u200bbukamal"


# -- unicode edge cases --------------------------------------------------------------------------


def test_precomposed_and_decomposed_accents_are_the_same_text() -> None:
    nfc = "strike on the caf\u00e9 in Idlib"
    nfd = unicodedata.normalize("NFD", nfc)
    assert ground(nfd, "caf\u00e9 in idlib").text == nfd[nfd.index("caf"):]
    assert ground(nfc, "cafe\u0301 in idlib").text == "caf\u00e9 in Idlib"


def test_a_base_letter_is_not_split_from_its_combining_mark() -> None:
    # Without its accent the word is a different word; a normalized match must not cut it.
    assert ground("caf\u00e9", "CAFE").kind == "unmatched"
    assert ground("cafe\u0301", "CAFE").kind == "unmatched"


def test_an_exact_quote_is_exact_even_where_it_cuts_off_a_combining_mark() -> None:
    # Exact means verbatim: the exact stage compares code points, nothing more.
    article = "they said the cafe\u0301 was hit"
    for grounder in (Grounder(article), prepared(article)):
        result = grounder.ground("they said the cafe")
        assert (result.kind, result.text) == ("exact", "they said the cafe")


def test_a_missing_accent_in_a_long_quote_is_repaired_by_fuzzy() -> None:
    article = "Witnesses said the caf\u00e9 near the bridge was destroyed at dawn."
    result = ground(article, "the CAFE near the bridge was destroyed")
    assert result.kind == "fuzzy"
    assert result.text == "the caf\u00e9 near the bridge was destroyed"


def test_emoji_offsets_count_code_points() -> None:
    article = "\U0001f4a5 Strike \u2764\ufe0f on \U0001f1f8\U0001f1fe Albukamal"
    result = ground(article, "ON \U0001f1f8\U0001f1fe ALBUKAMAL")
    assert result.text == "on \U0001f1f8\U0001f1fe Albukamal"
    assert_in_article(result, article)


def test_an_emoji_keeps_its_variation_selector() -> None:
    article = "Strike \u2764\ufe0f ON Albukamal"
    result = ground(article, "strike \u2764\ufe0f on")
    assert result.text == "Strike \u2764\ufe0f ON"


def test_crlf_line_ends_are_matched_whole() -> None:
    article = "first line\r\nsecond line\r\n"
    result = ground(article, "line second")
    assert result.text == "line\r\nsecond"


# -- repeated occurrences and near -------------------------------------------------------------

REPEATED = "Albukamal was hit. Later, Albukamal was hit again. Albukamal burned."


def test_without_near_the_first_occurrence_wins() -> None:
    assert ground(REPEATED, "Albukamal").start == 0


def test_with_near_the_nearest_occurrence_wins() -> None:
    second = REPEATED.index("Albukamal", 1)
    third = REPEATED.rindex("Albukamal")
    assert ground(REPEATED, "Albukamal", near=second + 3).start == second
    assert ground(REPEATED, "Albukamal", near=len(REPEATED)).start == third
    assert ground(REPEATED, "Albukamal", near=second - 2).start == second


def test_near_measures_distance_to_the_span_not_to_its_start() -> None:
    article = "xx strike yyyyyyyy strike"
    # near=12 is 3 past the end of the first occurrence and 7 before the second.
    assert ground(article, "strike", near=12).start == 3


def test_near_ties_go_to_the_earlier_occurrence() -> None:
    article = "ab--ab"
    assert ground(article, "ab", near=3).start == 0


def test_near_outside_the_article_is_allowed() -> None:
    assert ground(REPEATED, "Albukamal", near=-100).start == 0
    assert ground(REPEATED, "Albukamal", near=10**9).start == REPEATED.rindex("Albukamal")


def test_near_applies_to_normalized_matches() -> None:
    article = "Al\u2013Hawitah ... AL-HAWITAH ... al\u2014hawitah"
    assert ground(article, "al-hawitah!"[:-1]).kind == "normalized"
    assert ground(article, "Al-hawitah").start == 0
    assert ground(article, "Al-hawitah", near=len(article)).text == "al\u2014hawitah"


def test_near_applies_to_fuzzy_matches() -> None:
    sentence = "the militia confirmed that the drilling machinery was destroyed"
    article = f"{sentence}. Filler text here. {sentence}."
    quote = "the militia confirmed the drilling machinery was destroyed"
    first = ground(article, quote)
    last = ground(article, quote, near=len(article))
    assert first.kind == last.kind == "fuzzy"
    assert first.start == 0
    assert last.start == article.rindex(sentence)


# -- stage 3: fuzzy ------------------------------------------------------------------------------


def test_a_dropped_word_is_repaired_by_fuzzy_with_its_similarity_as_score() -> None:
    result = ground(ARTICLE, "an informed source told IranWire, killing two people and wounding "
                             "seven others")
    assert result.kind == "fuzzy"
    assert FUZZY_THRESHOLD <= result.score < 100
    assert result.text == ("an informed source told IranWire \u2014 killing two people and "
                           "wounding seven others")
    assert_in_article(result, ARTICLE)


def test_a_fuzzy_span_is_snapped_to_whole_words() -> None:
    result = ground(ARTICLE, "targeted Al-Hawitah near Al-Hizam area, east of Albukamal")
    assert result.kind == "fuzzy"
    assert result.text == "targeted Al-Hawitah near the Al-Hizam area, east of Albukamal"


def test_a_typo_is_repaired_by_fuzzy() -> None:
    result = ground(ARTICLE, "carried out the air raids agianst militia positions")
    assert result.kind == "fuzzy"
    assert result.text == "carried out the air raids against militia positions"


def test_a_fuzzy_match_whose_numbers_differ_is_rejected() -> None:
    article = "The strike on the market killed 12 people and wounded 30 others."
    assert ground(article, "The strike on the market killed 13 people").kind == "unmatched"
    assert ground(article, "The strike on the market killed 12 peopel").kind == "fuzzy"


def test_a_fuzzy_match_whose_number_words_differ_is_rejected() -> None:
    article = "The raid on the farm killed two people and wounded seven others on Monday."
    assert ground(article, "The raid on the farm killed ten people and wounded seven").kind == (
        "unmatched")
    assert ground(article, "The raid on the farm killed two people and wounded seven").kind == (
        "exact")


def test_a_fuzzy_match_naming_another_place_is_rejected() -> None:
    article = "They hit camps in the Al-Tayana desert and the Akashat area before dawn."
    quote = "camps in the Al-Tayana desert and the Al-Thulathat area"
    assert ground(article, quote).kind == "unmatched"
    assert Grounder(article, fuzzy_threshold=50).ground(quote).kind == "unmatched"


def test_a_fuzzy_match_tolerates_a_misspelt_or_inflected_word() -> None:
    article = "Iranian militias used the drilling machinery to dig tunnels near the border."
    result = ground(article, "Iranian militia used the driling machinery to dig tunnels")
    assert result.kind == "fuzzy"
    assert result.text == "Iranian militias used the drilling machinery to dig tunnels"


DIGITS_IN_WORDS = [
    ("ordinal", "Fighters of the 46th Brigade shelled the village of Kafr Nabl on Tuesday.",
     "Fighters of the 46th Brigade shelled the vilage of Kafr Nabl",
     "Fighters of the 46th Brigade shelled the village of Kafr Nabl"),
    ("clock time", "The strike hit the crowded market at 5pm on Friday, witnesses said.",
     "The strike hit the crowded markt at 5pm on Friday",
     "The strike hit the crowded market at 5pm on Friday"),
    ("decade", "The bridge, built in the 1990s, was destroyed by the airstrike on Sunday.",
     "The bridge, built in the 1990s, was destoryed by the airstrike",
     "The bridge, built in the 1990s, was destroyed by the airstrike"),
]


@pytest.mark.parametrize(("name", "article", "quote", "expected"), DIGITS_IN_WORDS,
                         ids=[d[0] for d in DIGITS_IN_WORDS])
def test_a_quote_with_digits_inside_a_word_and_a_typo_is_fuzzy_matched(
        name: str, article: str, quote: str, expected: str) -> None:
    result = ground(article, quote)
    assert (result.kind, result.text) == ("fuzzy", expected)


@pytest.mark.parametrize(("article", "quote"), [
    ("Fighters of the 47th Brigade shelled the village of Kafr Nabl on Tuesday.",
     "Fighters of the 46th Brigade shelled the village of Kafr Nabl"),
    ("The strike hit the crowded market at 6pm on Friday, witnesses said.",
     "The strike hit the crowded market at 5pm on Friday"),
    ("The bridge, built in the 1980s, was destroyed by the airstrike on Sunday. It had 1990 "
     "cars a day.", "The bridge, built in the 1990s, was destroyed by the airstrike"),
])
def test_a_digit_run_inside_a_word_must_still_be_the_same(article: str, quote: str) -> None:
    assert ground(article, quote).kind == "unmatched"


SWAPPED_WORDS = [
    ("struck near truck", "A drone hit a fuel truck near the checkpoint in Hajin on Monday.",
     "A drone struck a fuel truck near the checkpoint in Hajin"),
    ("stated near state", "The ministry said on Monday that state media had misreported the "
     "toll.", "The ministry stated on Monday that state media had misreported the toll"),
    ("look-alike after the swap", "Militias moved the trucks to the depot before the strikes "
     "began at dawn.", "Militias struck the trucks at the depot before the strikes began"),
]


@pytest.mark.parametrize(("name", "article", "quote"), SWAPPED_WORDS,
                         ids=[s[0] for s in SWAPPED_WORDS])
def test_a_swapped_word_is_not_excused_by_a_look_alike_elsewhere_in_the_window(
        name: str, article: str, quote: str) -> None:
    assert ground(article, quote).kind == "unmatched"
    assert Grounder(article, fuzzy_threshold=80).ground(quote).kind == "unmatched"


def test_a_misspelt_word_is_matched_at_its_own_position() -> None:
    article = "A drone struck a fuel truck near the checkpoint in Hajin on Monday."
    result = ground(article, "A drone strcuk a fuel truck near the checkpoint in Hajin")
    assert (result.kind, result.text) == (
        "fuzzy", "A drone struck a fuel truck near the checkpoint in Hajin")


def test_dropped_and_added_short_words_still_pass() -> None:
    article = "The raids targeted Al-Hawitah near the Al-Hizam area, east of Albukamal, at night."
    dropped = ground(article, "The raids targeted Al-Hawitah near Al-Hizam area, east of Albukamal")
    added = ground(article, "The raids targeted the Al-Hawitah near the Al-Hizam area, east of "
                            "Albukamal")
    assert dropped.kind == added.kind == "fuzzy"
    assert dropped.text == added.text == (
        "The raids targeted Al-Hawitah near the Al-Hizam area, east of Albukamal")


def test_an_inserted_three_letter_word_passes_without_a_look_alike_in_the_window() -> None:
    article = "The security force returned fire, killing Fayez Jan and one additional insurgent."
    result = ground(article, "fire, killing Fayez the Jan and one additional insurgent")
    assert (result.kind, result.text) == (
        "fuzzy", "fire, killing Fayez Jan and one additional insurgent")


def test_a_three_letter_word_swapped_for_a_longer_one_is_not_excused_by_a_look_alike() -> None:
    # "hit" stands where the article says "struck"; the "it" further on does not excuse it.
    article = "A drone struck the car and set it on fire near the base on Monday."
    assert ground(article, "A drone hit the car and set it on fire near the base").kind == (
        "unmatched")


def test_a_word_split_in_two_passes() -> None:
    article = "Militants attacked the airstrip in the 1990s compound near Hajin on Monday."
    result = ground(article, "Militants attacked the air strip in the 1990s compound near Hajin")
    assert (result.kind, result.text) == (
        "fuzzy", "Militants attacked the airstrip in the 1990s compound near Hajin")


@pytest.mark.parametrize(("said", "quoted"), [("didn't", "did not"), ("did not", "didn't")])
def test_a_contracted_negation_is_the_same_negation(said: str, quoted: str) -> None:
    article = f"The coalition said its aircraft {said} strike the market in Hajin on Friday."
    result = ground(article, f"The coalition said its aircraft {quoted} strike the market in Hajin")
    assert (result.kind, result.text) == (
        "fuzzy", f"The coalition said its aircraft {said} strike the market in Hajin")


@pytest.mark.parametrize(("article", "quote", "expected"), [
    ("A post-strike assessment determined no civilians were harmed and there was no damage.",
     "A post-strike assessment determined no civilians were harmed and there no",
     "A post-strike assessment determined no civilians were harmed and there was no"),
    ("Officials said there were thought to have been several raids throughout the night.",
     "There thought to have been several raids throughout the night",
     "there were thought to have been several raids throughout the night"),
])
def test_a_window_is_widened_to_the_word_a_quote_word_at_its_edge_pairs_with(
        article: str, quote: str, expected: str) -> None:
    # Refined on characters alone, the window would end before "was no" (start after
    # "there were"), leaving the quote's edge word without its partner.
    result = ground(article, quote)
    assert (result.kind, result.text) == ("fuzzy", expected)


NUMBER_WORD_LOOK_ALIKES = [
    ("six", "sixty"), ("seven", "seventy"), ("eight", "eighty"), ("nine", "ninety"),
    ("one", "none"), ("nine", "none"), ("fourteen", "fourteenth"), ("hundred", "thousand"),
]


@pytest.mark.parametrize(("said", "quoted"), NUMBER_WORD_LOOK_ALIKES,
                         ids=[f"{s}-{q}" for s, q in NUMBER_WORD_LOOK_ALIKES])
def test_a_number_word_is_not_a_misspelling_of_another(said: str, quoted: str) -> None:
    article = f"The shelling of the market killed {said} people and wounded dozens on Friday."
    quote = f"The shelling of the market killed {quoted} people and wounded dozens"
    assert ground(article, quote).kind == "unmatched"


def test_a_misspelt_number_word_still_pairs_with_its_word() -> None:
    article = "The shelling of the market killed seven people and wounded dozens on Friday."
    result = ground(article, "The shelling of the market killed sevne people and wounded dozens")
    assert (result.kind, result.text) == (
        "fuzzy", "The shelling of the market killed seven people and wounded dozens")


@pytest.mark.parametrize(("article", "quote"), [
    ("The report said there was no damage to the houses near the market on Friday.",
     "The report said there was now damage to the houses near the market"),
    ("The shelling killed four people near the market, and there were more on Friday.",
     "The shelling killed for people near the market, and there were more"),
    ("The shelling killed three people near the market, and there were more on Friday.",
     "The shelling killed there people near the market, and there were more"),
])
def test_a_number_word_or_negation_is_not_a_misspelling_of_a_common_word(article: str,
                                                                         quote: str) -> None:
    assert ground(article, quote).kind == "unmatched"


@pytest.mark.parametrize(("said", "quoted"), [("hundreds", "hundred"), ("dozen", "dozens")])
def test_a_scale_word_for_its_plural_is_an_inflection(said: str, quoted: str) -> None:
    article = f"The town has been hit by {said} of airstrikes as the army tries to retake it."
    result = ground(article, f"The town has been hit by {quoted} of airstrikes as the army tries")
    assert (result.kind, result.text) == (
        "fuzzy", f"The town has been hit by {said} of airstrikes as the army tries")


def test_a_dropped_number_word_is_a_changed_fact_like_a_dropped_digit_run() -> None:
    article = "The shelling of the market killed two people and wounded dozens on Friday."
    assert ground(article, "The shelling of the market killed people and wounded dozens").kind == (
        "unmatched")
    article = "The shelling of the market killed 2 people and wounded dozens on Friday."
    assert ground(article, "The shelling of the market killed people and wounded dozens").kind == (
        "unmatched")


def test_a_digit_run_and_a_number_word_that_swap_places_are_a_changed_fact() -> None:
    # The same digit runs in the same order, and "two" is in the window: only their positions
    # tell that the quote has the killed and the wounded the wrong way round.
    article = ("Local officials said the raid on the market killed 12 civilians and wounded two "
               "of the guards.")
    quote = "Local officials said the raid on the market killed two civilians and wounded 12 of"
    assert ground(article, quote).kind == "unmatched"


def test_a_dropped_or_added_negation_is_a_changed_fact() -> None:
    article = "The coalition said its aircraft did not strike the market in Hajin on Friday."
    quote = "The coalition said its aircraft did strike the market in Hajin"
    assert ground(article, quote).kind == "unmatched"
    article = "The coalition said its aircraft did strike the market in Hajin on Friday."
    assert ground(article, "The coalition said its aircraft did not strike the market in "
                           "Hajin").kind == "unmatched"
    assert ground(article, "The coalition said its aircraft did strike the markte in "
                           "Hajin").kind == "fuzzy"


def test_a_short_quote_is_never_fuzzy_matched() -> None:
    quote = "Al-Hawitha area"
    assert len(quote) < FUZZY_MIN_QUOTE_LENGTH
    assert ground(ARTICLE, quote).kind == "unmatched"


def test_a_paraphrase_is_unmatched() -> None:
    quote = "The strikes hit Al-Hawitah close to Al-Hizam, to the east of Albukamal"
    assert ground(ARTICLE, quote).kind == "unmatched"


def test_an_invented_sentence_is_unmatched() -> None:
    assert ground(ARTICLE, "Rescue workers pulled eleven bodies from the rubble.").kind == (
        "unmatched")


def test_a_lower_threshold_accepts_looser_matches() -> None:
    quote = "The raid targetted Hawitah, near Hizam, east of Albukamal"
    assert Grounder(ARTICLE).ground(quote).kind == "unmatched"
    loose = Grounder(ARTICLE, fuzzy_threshold=80).ground(quote)
    assert loose.kind == "fuzzy" and 80 <= loose.score < FUZZY_THRESHOLD


def test_fuzzy_finds_a_quote_in_a_long_repetitive_article() -> None:
    paragraphs = [f"On day {i} the coalition struck target number {i} near the border."
                  for i in range(2000)]
    article = " ".join(paragraphs)
    quote = "On day 1234 the coalition struck target 1234 near the border"
    result = ground(article, quote)
    assert result.kind == "fuzzy"
    assert result.text == "On day 1234 the coalition struck target number 1234 near the border"


def test_every_sentence_of_the_seed_article_retyped_by_a_model_is_found() -> None:
    article = SEED.read_text(encoding="utf-8")
    grounder = Grounder(article)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", article) if len(s.strip()) > 1]
    assert len(sentences) > 15
    for sentence in sentences:
        retyped = " ".join(sentence.split()).translate(
            {0x201c: '"', 0x201d: '"', 0x2019: "'", 0x2013: "-", 0x2014: "-"})
        result = grounder.ground(retyped, near=article.index(sentence))
        assert result.kind in ("exact", "normalized"), sentence
        assert result.start == article.index(sentence)
        assert_in_article(result, article)


# -- stage 4 and degenerate input ---------------------------------------------------------------


@pytest.mark.parametrize("quote", ["", " ", "\n\t ", "\u00a0"])
def test_an_empty_or_blank_quote_is_unmatched_not_an_error(quote: str) -> None:
    assert ground("a b  c\n", quote).kind == "unmatched"


@pytest.mark.parametrize("quote", ['""', "'", "...", ".", " . "])
def test_a_quote_of_only_decoration_not_in_the_article_is_unmatched(quote: str) -> None:
    assert ground("abc def", quote).kind == "unmatched"


def test_a_quote_longer_than_the_article_is_unmatched() -> None:
    article = "two people died"
    quote = "Local sources said two people died in the strike on Monday evening"
    assert ground(article, quote).kind == "unmatched"


def test_an_empty_article_matches_nothing() -> None:
    assert ground("", "anything at all that is long enough to fuzz").kind == "unmatched"
    assert ground("", "x").kind == "unmatched"


def test_a_blank_article_matches_nothing() -> None:
    assert ground(" \n\n ", "two people were killed in the strike").kind == "unmatched"


# -- properties ------------------------------------------------------------------------------

# Text that looks like news but is full of the characters the normalizer treats specially.
NEWSY = st.sampled_from([
    *"abcdeilnorstAEIST0129 .,;:-'\"", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2019",
    "\u2018", "\u201c", "\u201d", "\u00ab", "\u00bb", "\u2013", "\u2014", "\u2212", "\u2026",
    "ß", "İ", "ı", "é", "e\u0301", "\ufb01", "Σ", "ς", "\U0001f4a5", "\u2764\ufe0f",
])
NEWS_TEXT = st.lists(NEWSY, min_size=1, max_size=60).map("".join)

FOLD = {**{c: "'" for c in "‘’‚‛′‹›`´"}, **{c: '"' for c in "“”„‟″«»"},
        **{c: "-" for c in "‐‑‒–—―−"}, "…": "...", "ı": "i"}


def reference_canon(text: str) -> str:
    """Straightforward whole-string version of the documented normalization."""
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).casefold())
    folded = "".join(FOLD.get(c, c) for c in folded.replace("i\u0307", "i"))
    return re.sub(r"\s+", " ", folded).strip(" ")


def is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def splits_a_character(article: str, i: int, j: int) -> bool:
    """Whether ``article[i:j]`` cuts a letter from its combining marks."""
    starts_on_mark = 0 < i < len(article) and is_mark(article[i]) and not article[i - 1].isspace()
    ends_before_mark = j < len(article) and is_mark(article[j])
    return starts_on_mark or ends_before_mark


@st.composite
def article_and_slice(draw: st.DrawFn, text: st.SearchStrategy[str] = NEWS_TEXT
                      ) -> tuple[str, int, int]:
    article = draw(text)
    i = draw(st.integers(0, len(article) - 1))
    j = draw(st.integers(i + 1, len(article)))
    return article, i, j


@PROPERTY
@given(article_and_slice(st.text(min_size=1, max_size=80)))
def test_property_any_exact_substring_is_found_exactly(case: tuple[str, int, int]) -> None:
    article, i, j = case
    quote = article[i:j]
    assume(quote.strip())
    for result in (ground(article, quote), prepared(article).ground(quote)):
        assert result.kind == "exact"
        assert result.text == quote
        assert result.start == article.find(quote)
        assert_in_article(result, article)


SWAPS = {"'": "\u2019", "\u2019": "'", "\u2018": "'", '"': "\u201d", "\u201c": '"',
         "\u201d": "\u00bb", "\u00ab": "\u201e", "\u00bb": '"', "-": "\u2013", "\u2013": "-",
         "\u2014": "\u2212", "\u2212": "-", "\u2026": "...", "ß": "SS", "İ": "i", "ı": "I"}


@st.composite
def perturbed(draw: st.DrawFn, text: str) -> str:
    """The text as a model might return it: spacing, quote marks, dashes and case changed."""
    out: list[str] = []
    for chunk in re.split(r"(\s+)", text):
        if chunk and chunk.isspace():
            out.append(draw(st.sampled_from([" ", "\n", "  ", "\t", "\u00a0", "\r\n"])))
            continue
        for char in chunk:
            choice = draw(st.integers(0, 3))
            if choice == 1 and char in SWAPS:
                out.append(SWAPS[char])
            elif choice == 2:
                out.append(char.upper())
            elif choice == 3:
                out.append(char.lower())
            else:
                out.append(char)
    return "".join(out)


@PROPERTY
@given(article_and_slice(), st.data())
def test_property_perturbed_substrings_are_found(case: tuple[str, int, int],
                                                 data: st.DataObject) -> None:
    article, i, j = case
    assume(not splits_a_character(article, i, j))
    original = article[i:j]
    quote = data.draw(perturbed(original))
    assume(reference_canon(quote) == reference_canon(original))
    assume(reference_canon(quote).strip(" \"'.,;:"))
    for result in (ground(article, quote), prepared(article).ground(quote)):
        assert result.kind in ("exact", "normalized")
        assert_in_article(result, article)
        assert result.text is not None
        assert reference_canon(result.text) in {reference_canon(original),
                                                reference_canon(original).strip(" \"'"),
                                                reference_canon(original).strip(" \"'.,;:")}


@PROPERTY
@given(st.text(max_size=120), st.text(max_size=40), st.one_of(st.none(), st.integers(-5, 130)))
def test_property_arbitrary_input_is_never_out_of_range(article: str, quote: str,
                                                       near: int | None) -> None:
    result = ground(article, quote, near=near)
    if result.matched:
        assert_in_article(result, article)
        assert 0 <= result.score <= 100
        assert result.to_span().text == result.text
    else:
        assert (result.start, result.end, result.text) == (None, None, None)


@PROPERTY
@given(article_and_slice(NEWS_TEXT), st.data(), st.one_of(st.none(), st.integers(0, 60)))
def test_property_newsy_quotes_with_edits_stay_in_range(case: tuple[str, int, int],
                                                        data: st.DataObject,
                                                        near: int | None) -> None:
    article, i, j = case
    quote = data.draw(perturbed(article[i:j]))
    if quote:
        k = data.draw(st.integers(0, len(quote) - 1))
        quote = quote[:k] + data.draw(st.sampled_from(["", "x", " the ", "\u2026"])) + quote[k + 1:]
    result = ground(article, quote, near=near)
    if result.matched:
        assert_in_article(result, article)


@PROPERTY
@given(article_and_slice(NEWS_TEXT), st.data(), st.one_of(st.none(), st.integers(0, 60)))
def test_property_answers_do_not_depend_on_what_was_grounded_before(
        case: tuple[str, int, int], data: st.DataObject, near: int | None) -> None:
    # A grounder switches from str.find to its index after the first inexact quote.
    article, _, _ = case
    shared = Grounder(article)
    for _ in range(data.draw(st.integers(1, 6))):
        if data.draw(st.booleans()):
            i = data.draw(st.integers(0, len(article) - 1))
            j = data.draw(st.integers(i + 1, len(article)))
            quote = data.draw(perturbed(article[i:j]))
        else:
            quote = data.draw(NEWS_TEXT)
        assert shared.ground(quote, near=near) == ground(article, quote, near=near)


WORDS = st.sampled_from(["the", "strike", "hit", "militia", "positions", "near", "Albukamal",
                         "Deir", "Al-Zour", "aircraft", "killed", "wounded", "two", "seven",
                         "source", "said", "area", "east", "of", "raids"])


@PROPERTY
@given(st.lists(WORDS, min_size=8, max_size=40).map(" ".join), st.data())
def test_property_a_long_quote_with_one_typo_is_found(article: str, data: st.DataObject) -> None:
    words = article.split(" ")
    i = data.draw(st.integers(0, len(words) - 8))
    quote_words = words[i:i + 8]
    assume(len(" ".join(quote_words)) >= 40)
    long_words = [k for k, word in enumerate(quote_words) if len(word) >= 4]
    assume(long_words)
    w = data.draw(st.sampled_from(long_words))
    quote_words[w] = quote_words[w][:-1] + "q"
    quote = " ".join(quote_words)
    result = ground(article, quote)
    assert result.kind == "fuzzy"
    assert result.score >= FUZZY_THRESHOLD
    assert_in_article(result, article)


# -- randomized check against a brute-force reference -------------------------------------------

SMALL = st.lists(st.sampled_from([*"aAsSßİıiIé.,\"'“”‘’«»-–—… \n\t\u00a0\r", "e\u0301"]),
                 max_size=20).map("".join)


def reference_ground(article: str, quote: str, near: int | None) -> tuple[str, int, int] | None:
    """Exact and normalized stages by brute force over every span of the article."""
    if not quote.strip():
        return None

    def pick(spans: list[tuple[int, int]]) -> tuple[int, int]:
        if near is None:
            return min(spans)
        return min(spans, key=lambda s: (max(s[0] - near, near - s[1], 0), s[0]))

    exact = [(i, i + len(quote)) for i in range(len(article)) if article.startswith(quote, i)]
    if exact:
        return ("exact", *pick(exact))
    v0 = reference_canon(quote)
    for variant in (v0, v0.strip(" \"'"), v0.strip(" \"'.,;:")):
        if not variant:
            continue
        spans = [
            (i, j)
            for i in range(len(article))
            for j in range(i + 1, len(article) + 1)
            if not article[i].isspace() and not article[j - 1].isspace()
            and not splits_a_character(article, i, j)
            and reference_canon(article[i:j]) == variant
        ]
        if spans:
            return ("normalized", *pick(spans))
    return None


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(SMALL, st.data(), st.one_of(st.none(), st.integers(-2, 22)))
def test_exact_and_normalized_stages_agree_with_brute_force(article: str, data: st.DataObject,
                                                            near: int | None) -> None:
    if article and data.draw(st.booleans()):
        i = data.draw(st.integers(0, len(article) - 1))
        j = data.draw(st.integers(i + 1, len(article)))
        quote = data.draw(perturbed(article[i:j]))
    else:
        quote = data.draw(SMALL)
    expected = reference_ground(article, quote, near)
    for result in (ground(article, quote, near=near), prepared(article).ground(quote, near=near)):
        if expected is None:
            assert result.kind not in ("exact", "normalized")
        else:
            assert (result.kind, result.start, result.end) == expected


DISTINCT_WORDS = ["strike", "militia", "positions", "near", "Albukamal", "Deir", "aircraft",
                  "killed", "wounded", "source", "said", "area", "east", "raids", "convoy",
                  "bridge", "market", "village"]


@PROPERTY
@given(st.permutations(DISTINCT_WORDS), st.lists(WORDS, max_size=10),
       st.lists(WORDS, max_size=10), st.data())
def test_property_a_swapped_word_is_not_excused_by_a_look_alike_elsewhere_in_the_window(
        shuffled: list[str], before: list[str], after: list[str], data: st.DataObject) -> None:
    # "struck" is a misspelling of "truck" and of no other word here; "truck" stands in the
    # source passage, but not where the quote has "struck".
    source = shuffled[:8]
    k = data.draw(st.integers(0, 7))
    p = data.draw(st.integers(0, 8).filter(lambda p: p not in (k, k + 1)))
    passage = [*source[:p], "truck", *source[p:]]
    article = " ".join([*before, *passage, *after]) + "."
    quote = " ".join([*source[:k], "struck", *source[k + 1:]])
    for threshold in (FUZZY_THRESHOLD, 80):
        assert Grounder(article, fuzzy_threshold=threshold).ground(quote).kind == "unmatched"


FACTFUL = ["the", "strike", "killed", "wounded", "people", "near", "market", "two", "three",
           "seven", "seventy", "no", "not", "none", "one", "12", "13", "46th", "there", "were",
           "said", "source"]
FACTFUL_WORDS = st.sampled_from(FACTFUL)


def fact_sequence(text: str) -> list[str]:
    words = re.findall(r"\w+", text.lower().replace("n't", " not"))
    facts = {"two", "three", "seven", "seventy", "no", "not", "none", "one"}
    return [w for w in words if w in facts or any(c.isdigit() for c in w)]


@PROPERTY
@given(st.lists(FACTFUL_WORDS, min_size=10, max_size=40), st.data())
def test_property_a_fuzzy_match_has_the_quotes_numbers_and_negations(
        words: list[str], data: st.DataObject) -> None:
    # Whatever the damage (a word dropped, replaced or added), a fuzzy match holds the quote's
    # digit runs, number words and negations, in order: none dropped, added or swapped. Every
    # word is a word of the article (the last sentence lists them all), so none of the quote's
    # words can pass for a misspelling of a number word ("there" is one of "three" only in an
    # article without "there").
    article = " ".join(words) + ". " + " ".join(FACTFUL) + "."
    i = data.draw(st.integers(0, len(words) - 8))
    quote_words = words[i:i + data.draw(st.integers(8, min(14, len(words) - i)))]
    for _ in range(data.draw(st.integers(1, 2))):
        k = data.draw(st.integers(0, len(quote_words) - 1))
        edit = data.draw(st.sampled_from(["drop", "replace", "insert"]))
        if edit == "drop" and len(quote_words) > 6:
            del quote_words[k]
        elif edit == "replace":
            quote_words[k] = data.draw(FACTFUL_WORDS)
        else:
            quote_words.insert(k, data.draw(FACTFUL_WORDS))
    quote = " ".join(quote_words)
    result = Grounder(article, fuzzy_threshold=80).ground(quote)
    if result.kind == "fuzzy":
        assert result.text is not None
        assert fact_sequence(result.text) == fact_sequence(quote)
