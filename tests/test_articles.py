from datetime import date

import pytest

from kg.articles import parse_text_article, read_articles
from kg.errors import InputError


def test_header_with_leading_space_gives_date_and_title():
    article = parse_text_article(" date 2024-06-19 Putin a Pyongyang\nPutin è arrivato.\n© IPA\nPoi ha incontrato Kim.")
    assert article.date == date(2024, 6, 19)
    assert article.title == "Putin a Pyongyang"
    assert "© IPA" not in article.body
    assert article.text.startswith("Putin a Pyongyang\n\nPutin è arrivato.")


def test_same_content_same_id():
    a = parse_text_article("date 2024-01-01 T\nCorpo.")
    b = parse_text_article(" date 2024-01-01 T\nCorpo.\n")
    assert a.id == b.id


def test_bad_date_names_file():
    with pytest.raises(InputError, match="x.txt: invalid date"):
        parse_text_article("date 2024-13-40 T\nCorpo.", "x.txt")


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary", "binary file"),
    # UTF-8 with one broken byte: read as Latin-1 it would garble every accent
    ("caffè ".encode("utf8") + b"\xe8", "not valid UTF-8"),
])
def test_bad_text_files(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        list(read_articles([path]))
    assert str(path) in str(err.value) and problem in str(err.value)


def test_latin1_text_is_read(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("date 2024-02-02 Città\nLa Russia è pronta: 5 €.".encode("cp1252"))
    [article] = read_articles([path])
    assert article.title == "Città" and article.body == "La Russia è pronta: 5 €."


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("date 2024-02-02 Titolo\nLa Russia ha inviato truppe.".encode("utf-16"))
    [article] = read_articles([path])
    assert article.title == "Titolo" and "truppe" in article.body


def test_jsonl_reads_fields_and_reports_bad_line(tmp_path):
    good = tmp_path / "a.jsonl"
    good.write_text('{"id": "x1", "title": "T", "date": "2024-05-01", "url": "http://e.org", "text": "Testo."}\n')
    [article] = read_articles([good])
    assert (article.id, article.date, article.url) == ("x1", date(2024, 5, 1), "http://e.org")
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"text": "ok"}\n{not json\n')
    with pytest.raises(InputError, match=r"b.jsonl:2: malformed JSON"):
        list(read_articles([bad]))


def test_unknown_format_and_missing_path(tmp_path):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unknown format"):
        list(read_articles([pdf]))
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([tmp_path / "missing.txt"]))


def test_folder_is_read_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("date 2024-01-01 Uno\nTesto uno.")
    (tmp_path / "two.md").write_text("# Due\nTesto due.")
    titles = sorted(a.title for a in read_articles([tmp_path]))
    assert titles == ["Due", "Uno"]
