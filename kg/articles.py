"""Read news articles from text, Markdown and JSON Lines files.

A text file may open with a news-dump header, `` date 2024-06-19 Title``: date and
title on one line, sometimes after a space. Photo-credit lines (``© IPA``) are
dropped. The article text that the pipeline reads, and that evidence offsets
point into, is the title, a blank line, then the body.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl"}
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$")
# Lines scraped from photo captions: "© IPA", "Foto: ANSA", "(Foto Reuters)".
CREDIT_LINE = re.compile(r"^\s*(\(?\s*(©|foto\b|photo\b|credits?\b)[^\n]{0,60})$", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One news article, ready for the pipeline."""

    id: str
    title: str
    body: str
    date: date | None = None
    url: str | None = None
    source: str = ""

    @property
    def text(self) -> str:
        """Title and body: what the pipeline parses and evidence offsets refer to."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body


def content_id(title: str, body: str) -> str:
    """A stable id from the content, so the same article always gets the same IRI.

    >>> content_id("Titolo", "Testo.")
    'a-d28948e1228c'
    """
    digest = hashlib.sha256(f"{title}\n{body}".encode("utf8")).hexdigest()
    return f"a-{digest[:12]}"


def parse_text_article(raw: str, source: str = "") -> Article:
    """Parse a plain-text news dump.

    >>> a = parse_text_article(" date 2024-06-19 Putin a Pyongyang\\nIl presidente russo è arrivato.\\n© IPA\\n")
    >>> a.date, a.title, a.body
    (datetime.date(2024, 6, 19), 'Putin a Pyongyang', 'Il presidente russo è arrivato.')
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title, day = "", None
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        match = HEADER.match(lines[first])
        if match:
            day = _parse_date(match.group(1), source)
            title = match.group(2).strip()
            lines = lines[first + 1:]
        elif source.endswith(".md") and lines[first].lstrip().startswith("#"):
            title = lines[first].lstrip("# ").strip()
            lines = lines[first + 1:]
    body_lines = [line.rstrip() for line in lines if not CREDIT_LINE.match(line)]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(body_lines)).strip()
    if not title and not body:
        raise InputError(f"{source}: no article text")
    return Article(content_id(title, body), title, body, day, None, source)


def _parse_date(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)") from None


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: binary file (contains NUL bytes), not an article")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text (byte {err.start}); re-encode it as UTF-8") from None


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(f"{path}: file too large ({size // (1024 * 1024)} MB, limit "
                             f"{MAX_ARTICLE_BYTES // (1024 * 1024)} MB)")
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from None


def read_text_file(path: Path) -> Article:
    text = _decode(path, _read_bytes(path))
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return parse_text_article(text, str(path))


def read_jsonl_file(path: Path) -> Iterator[Article]:
    """One article a line: ``id``, ``title``, ``date``, ``url``, ``text`` (only ``text`` required)."""
    text = _decode(path, _read_bytes(path))
    if not text.strip():
        raise InputError(f"{path}: empty file")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: malformed JSON ({err.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{where}: expected an object with a string 'text' field")
        title = str(record.get("title") or "").strip()
        body = record["text"].strip()
        if not body:
            raise InputError(f"{where}: empty 'text'")
        day = _parse_date(str(record["date"])[:10], where) if record.get("date") else None
        article_id = str(record.get("id") or content_id(title, body))
        yield Article(article_id, title, body, day, record.get("url"), where)


def iter_input_files(inputs: list[Path]) -> Iterator[Path]:
    """Expand folders (recursively, sorted) and check every named path exists."""
    for path in inputs:
        path = Path(path)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
                              and p.name.lower() != "readme.md")
        elif path.is_file():
            if path.suffix.lower() not in TEXT_SUFFIXES | JSONL_SUFFIXES:
                raise InputError(f"{path}: unknown format {path.suffix or '(no suffix)'!r} "
                                 "(expected .txt, .md or .jsonl)")
            yield path
        else:
            raise InputError(f"{path}: no such file or folder")


def read_articles(inputs: list[Path]) -> Iterator[Article]:
    """Yield every article in ``inputs`` (files or folders)."""
    for path in iter_input_files(inputs):
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl_file(path)
        else:
            yield read_text_file(path)
