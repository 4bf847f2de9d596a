import io
from pathlib import Path

from dateline.ingest import read_file, read_paths
from dateline.models import IngestError, RawArticle

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_jsonl_with_extra_keys_bad_lines_and_html_text():
    path = FIXTURES / "jsonl" / "coastline-wire-items.jsonl"
    items = list(read_file(str(path)))
    assert [type(i).__name__ for i in items] == ["RawArticle", "RawArticle", "IngestError", "IngestError", "RawArticle"]
    first, second, malformed, no_text, html_text = items
    assert first.origin == f"{path}:1"
    assert (first.title, first.published, first.published_from, first.source) == (
        "Kirov dockers vote to accept new pay offer", "2021-06-24", "metadata", "Coastline Wire",
    )
    assert first.url == "https://coastlinewire.example/business/kirov-dockers-accept"
    assert first.metadata == {"id": "cw-1001", "section": "Business", "word_count_hint": 52}
    assert first.format == "jsonl"
    assert second.published == "2021-06-25" and second.metadata["tags"] == ["ports", "Kirov"]
    assert str(malformed).startswith(f"{path}:3: malformed JSON")
    assert str(no_text) == f"{path}:4: object has no 'text' (keys: id, published, source, title)"
    assert html_text.origin == f"{path}:6"  # the blank line 5 is skipped, numbering kept
    assert html_text.text == (
        "Transport Minister Sofia Drach on Saturday named retired judge Aron Pell to chair the inquiry "
        "into the Port Ansel ferry collision.\n\nPell said he would hold public hearings."
    )
    assert html_text.published == "2021-06-26" and html_text.metadata["author"] == "Tom Ray"


def test_json_list():
    path = FIXTURES / "json" / "harbour-gazette-briefs.json"
    items = list(read_file(str(path)))
    assert all(isinstance(i, RawArticle) for i in items)
    assert [i.origin for i in items] == [f"{path}#1", f"{path}#2"]
    assert [i.published for i in items] == ["2021-06-28", "2021-06-28"]
    assert items[0].metadata == {"desk": "Ports"}
    assert items[1].url is None and items[1].format == "json"


def test_json_object_and_wrapped_list(tmp_path):
    single = tmp_path / "one.json"
    single.write_text('{"text": "Dockers walked out.", "title": "Strike"}', encoding="utf-8")
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text('{"articles": [{"text": "Ships left Kirov."}, {"title": "no text"}]}', encoding="utf-8")
    [one] = read_file(str(single))
    assert (one.origin, one.title) == (str(single), "Strike")
    first, second = read_file(str(wrapped))
    assert first.text == "Ships left Kirov."
    assert str(second) == f"{wrapped}#2: object has no 'text' (keys: title)"


def test_malformed_json_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "Dockers walked out."},\n {"text": ]', encoding="utf-8")
    [error] = read_file(str(path))
    assert str(error) == f"{path}: malformed JSON at line 2, column 11: Expecting value"


def test_stdin_jsonl():
    stdin = io.StringIO('{"text": "Dockers walked out.", "source": "Coastline Wire"}\nnot json\n["a list"]\n')
    items = list(read_paths(["-"], stdin=stdin))
    assert items[0].origin == "<stdin>:1" and items[0].source == "Coastline Wire"
    assert isinstance(items[1], IngestError) and str(items[1]).startswith("<stdin>:2: malformed JSON")
    assert str(items[2]) == "<stdin>:3: expected a JSON object, got list"
