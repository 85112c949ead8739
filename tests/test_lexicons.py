"""Lexicons are data: every language has the same tables, and the generated forms are current.
They hold language knowledge only: an event's concepts live in its corpus's concepts.toml."""

import json
import tomllib

import pytest
from conftest import SUMMIT

from explore import schemas
from explore.lexicons import lexicon, supported_languages
from explore.lexicons.build_forms import FORMS_DIR, build

SEEDS_CONCEPTS = {
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
    for table in (*tables, "people", "speech"):
        assert table in data, f"{lang}.toml has no [{table}]"
    assert len(data["dates"]["months"]) == 12
    kinds = set(schemas.QUALIFIERS) - {"exact"}
    assert set(data["qualifiers"]) == kinds | {"after"}
    assert set(data["qualifiers"]["after"]) <= kinds
    for table in ("vague", "ordinals"):
        assert data["numbers"][table], f"{lang}.toml has no [numbers.{table}]"


@pytest.mark.parametrize("lang", supported_languages())
def test_no_lexicon_knows_an_event(lang):
    """Concepts and senses of the seeds' event are the corpus's (seeds/concepts.toml)."""
    assert "concepts" not in lexicon(lang) and "senses" not in lexicon(lang)


def test_the_seeds_concepts_file_names_every_seed_concept_in_every_language():
    entries = tomllib.loads(SUMMIT.read_text(encoding="utf-8"))["concepts"]
    assert {entry["key"] for entry in entries} == SEEDS_CONCEPTS
    for entry in entries:
        assert set(entry) - {"key", "label"} == set(supported_languages()), entry["key"]


@pytest.mark.parametrize("lang", supported_languages())
def test_generated_forms_are_up_to_date(lang):
    """Run `python -m explore.lexicons.build_forms` after editing a lexicon."""
    shipped = json.loads((FORMS_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    assert shipped == build(lang)


def test_unknown_language_is_named():
    with pytest.raises(KeyError, match="no lexicon for language 'vi'; supported: de, en, fr"):
        lexicon("vi")
