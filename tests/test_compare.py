"""compare, audit, checks and regions: on the seeds (expected by reading them) and on small
corpora built for each verdict and status, about a summit (read with the seeds' event
vocabulary, SUMMIT)."""

import polars as pl
import pytest
from conftest import SUMMIT

import explore
from explore import schemas
from explore.checks import load_rules
from explore.vocabulary import event_key

SOURCE = "\nSource: https://example.org/world/summit-{n}.html\n"


@pytest.mark.parametrize("table", ["compare", "audit", "checks", "regions"])
def test_schema(seeds, table):
    assert getattr(seeds, table).schema == schemas.schema(table)


def verdicts(frame: pl.DataFrame) -> dict[str, tuple[str, int, bool]]:
    rows = frame.select("concept", "verdict", "n_docs", "drift").unique().rows()
    return {concept: (verdict, n, drift) for concept, verdict, n, drift in rows}


def test_seed_verdicts_as_a_reader_sees_them(seeds):
    assert verdicts(seeds.compare) == {
        # the five articles agree on every shared number...
        "delegates": ("agree", 4, False),
        "organizations": ("agree", 4, False),
        "research_institutions": ("agree", 4, False),
        "side_events": ("agree", 4, False),
        "event_days": ("agree", 4, False),  # de says "an den beiden Tagen": no number
        "consensus_outcomes": ("agree", 3, False),  # en leaves the three outcomes out
        "high_level_sessions": ("agree", 3, False),
        "roundtables": ("agree", 3, False),
        # ...but not on what they count
        "delegation_countries": ("agree", 4, True),  # 110 countries / 110 délégations
        "ratification_threshold": ("agree", 4, True),  # 40 signatures / 40 Länder
        "signatory_countries": ("agree", 5, True),  # 72 signatures / consent / signed
        # only the French article gives these
        "plenary_signatories": ("single_source", 1, False),
        "signatories_asia_pacific": ("single_source", 1, False),
        "signatories_latin_america": ("single_source", 1, False),
        "signatories_africa": ("single_source", 1, False),
        "signatories_europe": ("single_source", 1, False),
        "interventions": ("single_source", 1, False),
        "seminars": ("single_source", 1, False),
        "journalists": ("single_source", 1, False),
        "press_agencies": ("single_source", 1, False),
        "un_languages": ("single_source", 1, False),
        "years": ("single_source", 1, False),
    }


def test_drift_notes_name_the_words_and_articles(seeds):
    notes = dict(seeds.compare.filter("drift").select("concept", "drift_note").unique().rows())
    assert "délégations" in notes["delegation_countries"]
    assert "países" in notes["delegation_countries"]
    assert "Länder" in notes["ratification_threshold"]
    assert "signatures" in notes["ratification_threshold"]
    assert "Zustimmung" in notes["signatory_countries"]  # 72 countries gave their consent
    assert "assinaturas" in notes["signatory_countries"]  # the 72 signatures


def test_seed_translation_audit(seeds):
    rows = seeds.audit.select("doc_id", "concept", "value", "status", "siblings").rows()
    assert rows == [
        ("en-vietnamnet-2456536", "consensus_outcomes", 3.0, "missing",
         ["de-vietnamnet-2456536", "pt-vietnamnet-2456536"]),
        ("de-vietnamnet-2456536", "event_days", 2.0, "missing",
         ["en-vietnamnet-2456536", "pt-vietnamnet-2456536"]),
    ]  # fmt: skip


def test_seed_checks_regions_do_not_add_up(seeds):
    assert seeds.checks.select("rule", "doc_id", "expected", "observed", "verdict").rows() == [
        ("regions add up to all signatories", "fr-vietnamplus-1072855", 72.0, 71.0, "fails"),
        ("plenary signatories are among all signatories", "fr-vietnamplus-1072855", 72.0, 64.0,
         "holds"),
    ]  # fmt: skip


def test_seed_regions_with_the_remainder(seeds):
    assert seeds.regions.select("region", "signatories", "raw").rows() == [
        ("Asia-Pacific", 19.0, "19"),
        ("Latin America", 12.0, "12"),
        ("Africa", 21.0, "21"),
        ("Europe (EU)", 19.0, "19"),
        ("not attributed", 1.0, None),
    ]


# --- small corpora, one per verdict and status ------------------------------------------


def corpus(make_corpus, texts: dict[str, str]):
    return explore.load_corpus(make_corpus(texts), concepts=SUMMIT)


def test_conflict(make_corpus):
    c = corpus(
        make_corpus,
        {
            "a.txt": "More than 300 journalists covered the summit in Geneva this week.",
            "b.txt": "Some 300 journalists covered the summit in Geneva, with 12 side events.",
            "c.txt": "The summit in Geneva drew 350 journalists and 14 side events this week.",
        },
    )
    v = verdicts(c.compare)
    assert v["journalists"] == ("conflict", 3, False)
    assert v["side_events"] == ("conflict", 2, False)


def test_agree_qualified(make_corpus):
    c = corpus(
        make_corpus,
        {
            "d.txt": "More than 300 journalists covered the summit in Geneva this week.",
            "e.txt": "In Geneva, 300 journalists covered the summit this week.",
        },
    )
    assert verdicts(c.compare)["journalists"] == ("agree_qualified", 2, False)


def test_drift_in_new_articles(make_corpus):
    c = corpus(
        make_corpus,
        {
            "en.txt": "Delegates from 95 countries attended the talks in Geneva on Monday.",
            "fr.txt": "Les pourparlers de Genève ont réuni 95 délégations nationales lundi.",
        },
    )
    row = c.compare.filter(concept="delegation_countries").row(0, named=True)
    assert (row["verdict"], row["drift"]) == ("agree", True)
    assert "délégations" in row["drift_note"] and "countries" in row["drift_note"]


def test_audit_missing_and_differs(make_corpus):
    texts = {
        "en.txt": "The summit drew 95 countries and 1,200 journalists over three days."
        + SOURCE.format(n=7),
        "de.txt": "Zum Gipfel kamen 95 Länder und 1.300 Journalisten." + SOURCE.format(n=7),
        "fr.txt": "Le sommet a réuni 95 pays et 1 200 journalistes." + SOURCE.format(n=8),
    }
    c = corpus(make_corpus, texts)
    rows = c.audit.select("doc_id", "concept", "value", "status").rows()
    assert ("de", "event_days", 3.0, "missing") in rows
    assert ("de", "journalists", 1200.0, "differs") in rows
    assert ("en", "journalists", 1300.0, "differs") in rows
    assert all(doc != "fr" for doc, *_ in rows)  # another family: not audited against them


def test_a_concept_outside_the_lexicon_compares_by_its_noun(make_corpus):
    c = corpus(
        make_corpus,
        {
            "a.txt": "The fair showed 40 robots to the visitors in the main hall.",
            "b.txt": "Visitors saw 45 robots in the main hall of the fair.",
            "c.txt": "In the main hall of the fair, visitors met 45 robot dogs.",
        },
    )
    assert verdicts(c.compare)["counted:robot"] == ("conflict", 3, False)


# --- bad input -------------------------------------------------------------------------


def test_a_corpus_without_figures_gives_empty_tables(make_corpus):
    c = corpus(make_corpus, {"a.txt": "The talks ended without an agreement on Sunday evening."})
    for table in ("compare", "audit", "checks", "regions"):
        frame = getattr(c, table)
        assert frame.is_empty() and frame.schema == schemas.schema(table)


def test_one_article_is_a_single_source(make_corpus):
    c = corpus(make_corpus, {"a.txt": "Delegates from 95 countries attended the talks in Geneva."})
    assert set(c.compare["verdict"].to_list()) == {"single_source"}
    assert c.audit.is_empty()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[[rules]]\nname="x"\nkind="sum"\nparts=["signatories_afrika"]\nwhole="signatory_countries"\n',
         r"rule 1 \('x'\) names unknown concept 'signatories_afrika'; "
         r"did you mean 'signatories_africa'\?"),
        ('[[rules]]\nname="x"\nkind="total"\nparts=["delegates"]\nwhole="delegates"\n',
         r"rule 1 \('x'\) has kind 'total'; expected one of sum, at_most"),
        ('[[rules]]\nname="x"\nparts=["delegates"]\n', r"rule 1 \('x'\) lacks kind, whole"),
        ("[[rules]\n", r"not valid TOML"),
        ('[regions]\nwhole="signatory_country"\n', r"\[regions\] names unknown concept"),
    ],
)  # fmt: skip
def test_a_rules_file_with_a_typo_is_named(tmp_path, content, message):
    path = tmp_path / "rules.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(explore.ExploreError, match=rf"rules.toml: {message}"):
        load_rules(path, event_key(SUMMIT))  # concepts: the generic ones and the summit's


def test_the_seeds_rules_come_from_their_concepts_file(seeds):
    assert seeds.concepts_file.name == "concepts.toml"
    rules = load_rules(event=event_key(seeds.concepts_file))
    assert [r.kind for r in rules.rules] == ["sum", "at_most"]
    assert rules.regions["signatories_africa"] == "Africa"
    assert seeds.has_regions


def test_a_corpus_without_a_concepts_file_has_no_checks_and_no_regions(make_corpus):
    """Regions and part-whole rules are knowledge of an event: a corpus that brings none
    has empty tables (no error), whatever the seeds define."""
    plain = explore.load_corpus(
        make_corpus({"a.txt": "Some 72 countries signed, 19 of them in Asia-Pacific."})
    )
    assert plain.concepts_file is None and not plain.has_regions
    for table in ("checks", "regions"):
        frame = getattr(plain, table)
        assert frame.is_empty() and frame.schema == schemas.schema(table)
    assert load_rules() == load_rules(event=None)  # no file, no rules
    assert not load_rules().rules and not load_rules().regions


def test_a_rules_file_of_generic_concepts_needs_no_concepts_file(make_corpus, tmp_path):
    rules = tmp_path / "tolls.toml"
    rules.write_text(
        '[[rules]]\nname = "the injured are at most the affected"\nkind = "at_most"\n'
        'parts = ["injured"]\nwhole = "people_affected"\n',
        encoding="utf-8",
    )
    c = explore.load_corpus(
        make_corpus({"a.txt": "The storm affected 500 people; 30 people were injured."})
    )
    assert c.check(rules).select("rule", "expected", "observed", "verdict").rows() == [
        ("the injured are at most the affected", 500.0, 30.0, "holds")
    ]


def drift_notes(make_corpus, per_language: int) -> list[str]:
    """The drift notes of a corpus where per_language English articles count 95 countries
    and as many French ones 95 national delegations."""
    texts = {}
    for n in range(per_language):
        texts[f"en-{n:03d}.txt"] = "Delegates from 95 countries attended the talks in Geneva."
        texts[f"fr-{n:03d}.txt"] = "Les pourparlers de Genève ont réuni 95 délégations nationales."
    table = corpus(make_corpus, texts).compare.filter(concept="delegation_countries")
    assert table.height == 2 * per_language and table["drift"].all()
    return table["drift_note"].to_list()


def test_a_drift_note_names_a_few_articles_and_counts_the_others(make_corpus):
    notes = drift_notes(make_corpus, 60)
    assert len(set(notes)) == 1  # one note for the value, on each of its 120 rows
    note = notes[0]
    assert note.startswith("noun: country (en-000 countries; en-001 countries; ")
    assert "en-004 countries; 55 more articles) vs delegation (fr-000 délégations; " in note
    assert "fr-004 délégations; 55 more articles)" in note
    assert "en-005" not in note and "fr-005" not in note


def test_drift_notes_do_not_grow_with_the_corpus(make_corpus, tmp_path):
    small = drift_notes(make_corpus, 7)[0]  # '2 more articles' where the large one says 55
    for file in (tmp_path / "corpus").iterdir():
        file.unlink()
    large = drift_notes(make_corpus, 60)[0]
    assert len(large) == len(small) + 2  # '55' for '2' on each side: two more characters


def test_the_home_place_is_a_part_where_an_article_tells_more_for_the_country(make_corpus):
    texts = {
        "en-a-1.txt": "Floods in Spain killed 72 people. In the region of Varena, 70 people died.",
        "en-b-1.txt": "In the region of Varena, 70 people died after the floods.",
        "en-c-1.txt": "Rescuers searched Varena. In Varena, 70 people died on Tuesday.",
    }
    c = explore.load_corpus(make_corpus(texts))
    keys = set(c.compare["concept"].to_list())
    assert "deaths @ Varena" in keys  # told apart from the 72 of the whole country
    assert ("conflict", 72.0) not in set(
        c.compare.filter(pl.col("concept") == "deaths").select("verdict", "value").rows()
    )


def test_the_home_place_is_the_whole_when_no_article_tells_more(make_corpus):
    texts = {
        "en-a-1.txt": "Floods in Varena killed 70 people on Tuesday.",
        "en-b-1.txt": "In Varena, 70 people died after the floods.",
        "en-c-1.txt": "The floods killed 72 people, rescuers in Varena said.",
    }
    c = explore.load_corpus(make_corpus(texts))
    rows = c.compare.filter(pl.col("concept") == "deaths")
    assert rows["doc_id"].n_unique() == 3 and set(rows["verdict"]) == {"conflict"}
