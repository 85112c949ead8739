"""Cached files: kept between runs, never half-written, and never a reason to fail."""

from explore.cache import read_cached, write_cached


def test_a_cached_file_comes_back_as_written(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert read_cached("thing-1.0.bin") is None
    write_cached("thing-1.0.bin", b"\x00built once\xff")
    assert read_cached("thing-1.0.bin") == b"\x00built once\xff"
    assert [p.name for p in (tmp_path / "explore").iterdir()] == ["thing-1.0.bin"]  # no .part


def test_a_cache_folder_that_cannot_be_written_only_costs_the_time(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    write_cached("thing-1.0.bin", b"data")  # no exception
    assert read_cached("thing-1.0.bin") is None
