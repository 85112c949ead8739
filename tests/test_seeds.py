"""The seed articles never drift: the manifest pins every file's bytes."""

import csv
import hashlib

from conftest import SEEDS


def manifest() -> list[dict[str, str]]:
    with (SEEDS / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_manifest_lists_every_seed_and_nothing_else():
    assert sorted(row["file"] for row in manifest()) == sorted(p.name for p in SEEDS.glob("*.txt"))


def test_seed_bytes_match_the_manifest():
    for row in manifest():
        digest = hashlib.sha256((SEEDS / row["file"]).read_bytes()).hexdigest()
        assert digest == row["sha256"], f"{row['file']} changed"


def test_manifest_names_tell_language_and_outlet():
    for row in manifest():
        lang, outlet, _ = row["file"].split("-", 2)
        assert lang == row["lang"]
        assert row["outlet"].startswith(outlet)
        assert row["source_url"] in (SEEDS / row["file"]).read_text(encoding="utf-8")
