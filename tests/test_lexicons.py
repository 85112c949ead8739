"""Lexicons are data: every language has the same tables, and the generated forms are current."""

import json

import pytest

from explore import schemas
from explore.lexicons import lexicon, supported_languages
from explore.lexicons.build_forms import FORMS_DIR, build

CONCEPTS = {
    "delegates", "delegation_countries", "organizations", "research_institutions",
    "signatory_countries", "ratification_threshold", "high_level_sessions", "roundtables",
    "side_events", "consensus_outcomes", "event_days", "plenary_signatories",
    "signatories_asia_pacific", "signatories_latin_america", "signatories_africa",
    "signatories_europe", "interventions", "seminars", "journalists", "press_agencies",
    "un_languages", "years",
}  # fmt: skip


def test_the_five_languages_are_supported():
    assert supported_languages() == ("de", "en", "fr", "pl", "pt")


@pytest.mark.parametrize("lang", supported_languages())
def test_every_lexicon_has_every_table(lang):
    data = lexicon(lang)
    tables = ("layout", "text", "dates", "qualifiers", "units", "times", "figures", "rates")
    for table in (*tables, "concepts", "people", "speech"):
        assert table in data, f"{lang}.toml has no [{table}]"
    assert len(data["dates"]["months"]) == 12
    kinds = set(schemas.QUALIFIERS) - {"exact"}
    assert set(data["qualifiers"]) == kinds | {"after"}
    assert set(data["qualifiers"]["after"]) <= kinds
    for table in ("vague", "ordinals"):
        assert data["numbers"][table], f"{lang}.toml has no [numbers.{table}]"


@pytest.mark.parametrize("lang", supported_languages())
def test_concepts_use_only_the_documented_keys(lang):
    keys = {rule["concept"] for rule in lexicon(lang)["concepts"]}
    assert keys == CONCEPTS


@pytest.mark.parametrize("lang", supported_languages())
def test_generated_forms_are_up_to_date(lang):
    """Run `python -m explore.lexicons.build_forms` after editing a lexicon."""
    shipped = json.loads((FORMS_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    assert shipped == build(lang)


def test_unknown_language_is_named():
    with pytest.raises(KeyError, match="no lexicon for language 'vi'; supported: de, en, fr"):
        lexicon("vi")
