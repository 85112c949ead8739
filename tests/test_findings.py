"""The report's opening sentences, on invented articles whose findings a reader can list:
conflicting tolls, agreement, a translation that leaves a figure out, a failed check."""

from conftest import SEEDS

from explore import load_corpus
from explore.findings import findings
from explore.labels import article_names, label

COURIER = (
    "Floods in the valley killed 12 people on Monday, the regional police said. "
    "More than 300 homes were flooded and 40 roads closed.\n"
    "Source: https://courier.example/floods-1\n"
)
HERALD = (
    "The floods killed 14 people in the valley, officials said on Tuesday. "
    "About 300 homes were flooded.\n"
    "Source: https://herald.example/floods-2\n"
)


def sentences(folder) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in findings(load_corpus(folder)):
        found.setdefault(finding.kind, []).append(finding.text)
    return found


def test_conflicting_tolls_are_named_with_their_values_and_outlets(make_corpus):
    said = sentences(make_corpus({"en-courier-1.txt": COURIER, "en-herald-2.txt": HERALD}))
    assert said["conflict"] == [
        "Sources conflict on people killed: 12 (en · courier.example); 14 (en · herald.example)."
    ]
    # 'more than 300' and 'about 300' homes: the same number, qualified
    assert said["agree"] == [
        "The articles agree on homes and buildings destroyed or damaged "
        "(more than 300, 2 articles)."
    ]


def test_seed_findings_say_what_a_reader_finds_by_reading():
    said = sentences(SEEDS)
    # the English translation drops the minister's three outcomes (checked in the text)
    assert (
        "The translation en · vietnamnet.vn leaves out outcomes agreed (3), which "
        "de · vietnamnet.vn and pt · vietnamnet.vn give." in said["translation"]
    )
    # the French article's regions: 19 + 12 + 21 + 19 = 71 of its 72 signatories
    assert said["check"] == [
        "In fr · vietnamplus.vn, the check “regions add up to all signatories” fails: "
        "the article gives 71 where 72 is expected (1 short)."
    ]
    drift = " ".join(said["drift"])
    assert "Countries with delegations: the articles give the same 110" in drift
    assert "fr · vietnamplus.vn: délégations" in drift
    assert "conflict" not in said  # the seeds agree wherever they give the same quantity


def test_an_empty_corpus_of_figures_says_so(make_corpus):
    folder = make_corpus({"en-a.txt": "The council met on the morning of the vote and adjourned."})
    assert sentences(folder) == {"note": ["No figure or quotation was found in these articles."]}


def test_labels_are_words_not_keys(seeds):
    assert label("verdicts", "agree_qualified") == "Agree, some qualified"
    assert label("concepts", "a_new_key") == "A new key"
    names = article_names(seeds.articles)
    assert names["name"].to_list() == [
        "de · vietnamnet.vn",
        "en · vietnamnet.vn",
        "fr · vietnamplus.vn",
        "pl · dantri.com.vn",
        "pt · vietnamnet.vn",
    ]
