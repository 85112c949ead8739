"""Two articles on another event, written for the tests (tests/data/bonn): the tables read
them as a reader would, with nothing tuned to the seeds; what they count comes from the
generic vocabulary and their own small concepts.toml (delegates, countries)."""

import pytest
from conftest import ROOT

import explore

BONN = ROOT / "tests" / "data" / "bonn"


@pytest.fixture(scope="module")
def bonn():
    return explore.load_corpus(BONN)


def test_articles_and_family(bonn):
    rows = bonn.articles.select("doc_id", "lang", "outlet", "family").rows()
    assert rows == [
        ("de-example-1", "de", "example.com", "example.com-77123"),
        ("en-example-1", "en", "example.com", "example.com-77123"),
    ]


def test_figures(bonn):
    rows = bonn.figures.select("doc_id", "raw", "kind", "qualifier", "concept", "speaker").rows()
    assert rows == [
        ("de-example-1", "4.000", "count", "more_than", "delegates", None),
        ("de-example-1", "150", "count", "exact", "delegation_countries", None),
        ("de-example-1", "3", "date", "exact", None, None),  # vom 3. bis 13. Juni
        ("de-example-1", "13", "date", "exact", None, None),
        ("de-example-1", "2024", "date", "exact", None, None),
        ("de-example-1", "zwölf", "count", "exact", None, "Simon Stiell"),
        ("de-example-1", "60 Prozent", "percent", "about", None, "Steffi Lemke"),
        ("de-example-1", "2030", "date", "exact", None, "Steffi Lemke"),
        ("en-example-1", "4,000", "count", "more_than", "delegates", None),
        ("en-example-1", "150", "count", "exact", "delegation_countries", None),
        ("en-example-1", "3", "date", "exact", None, None),  # from 3 to 13 June
        ("en-example-1", "13", "date", "exact", None, None),
        ("en-example-1", "2024", "date", "exact", None, None),
        ("en-example-1", "12", "count", "exact", None, "Simon Stiell"),
        ("en-example-1", "60 percent", "percent", "about", None, "Steffi Lemke"),
        ("en-example-1", "2030", "date", "exact", None, "Steffi Lemke"),
    ]


def test_a_surname_alone_names_the_person_met_before(bonn):
    rows = bonn.quotes.select("doc_id", "kind", "speaker", "cue").rows()
    assert rows == [
        ("de-example-1", "speech", "Simon Stiell", "betonte"),
        ("en-example-1", "speech", "Simon Stiell", "said that"),  # quoted inside his statement
        ("en-example-1", "speech", "Simon Stiell", "Stiell told"),
    ]
    people = {r["name"]: r for r in bonn.people.iter_rows(named=True)}
    assert people["Simon Stiell"]["surface_forms"] == ["Simon Stiell", "Stiell"]
    assert people["Simon Stiell"]["n_mentions"] == 4
    assert set(people["Steffi Lemke"]["roles"]) == {
        "Bundesumweltministerin",
        "German Environment Minister",
    }


def test_the_two_translations_agree(bonn):
    assert set(bonn.compare["verdict"].to_list()) == {"agree"}
    assert bonn.audit.is_empty()
