"""Read news articles from text, Markdown, HTML and JSON Lines files.

A text file may open with a news-dump header, `` date 2024-06-19 Title``: date and
title on one line, sometimes after a space. Photo-credit lines (``© IPA``) are
dropped. The article text that the pipeline reads, and that evidence offsets
point into, is the title, a blank line, then the body.

Unvetted input is made safe here, before it reaches spaCy or the graph:

* Text is decoded as UTF-8 (or UTF-16/32 with a BOM); a file that is not UTF-8 and
  reads as Windows-1252/Latin-1 is read as such, since that is what old Italian
  pages use. Binary files (signatures, NUL bytes, control characters) are refused.
* Zero-width characters, soft hyphens and bidi controls are removed, odd spaces and
  line separators become plain ones, other control characters go, and the text is
  NFC-normalised, so "Pu\\u200btin" is "Putin". Look-alike letters (Cyrillic "Р") are
  kept: folding them would merge a different name into a real actor.
* Size is bounded before parsing: a file over ``MAX_FILE_BYTES`` is refused from its
  size alone, and an article over ``MAX_ARTICLE_CHARS`` characters is refused, well
  under spaCy's ``max_length``. Long sentences are not split: the text stays what
  the file says, and within this bound parsing time is linear.
* HTML pages are read for their visible text; scripts, styles and the like are dropped.

Every problem is an ``InputError`` with one line naming the file (``file:line`` in
JSON Lines) and a ``reason`` (see ``REASONS``) that build summaries count by.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from .errors import InputError

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# ~35,000 words, ten long features; spaCy needs ~0.5 GB per 100,000 characters.
MAX_ARTICLE_CHARS = 200_000
MAX_FILE_BYTES = 2 * 1024 * 1024          # one .txt/.md article (UTF-16 doubles the size)
MAX_HTML_BYTES = 5 * 1024 * 1024          # markup, inline scripts and styles weigh more than text
MAX_JSONL_LINE_BYTES = 2 * 1024 * 1024    # one JSON Lines record; the file itself is streamed

REASONS = ("missing", "unreadable", "unknown format", "empty", "binary", "encoding",
           "too large", "malformed jsonl", "malformed html", "invalid date")

HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$")
# Lines scraped from photo captions: "© IPA", "Foto: ANSA", "(Foto Reuters)".
CREDIT_LINE = re.compile(r"^\s*(\(?\s*(©|foto\b|photo\b|credits?\b)[^\n]{0,60})$", re.IGNORECASE)

_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_LINE_BREAK = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
SIGNATURES = {b"\x89PNG": "PNG image", b"\x7fELF": "ELF executable", b"%PDF-": "PDF document",
              b"PK\x03\x04": "ZIP archive (.docx, .odt, .epub?)", b"\x1f\x8b": "gzip archive",
              b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image", b"\xd0\xcf\x11\xe0": "old Office document",
              b"SQLite format 3\x00": "SQLite database", b"BZh": "bzip2 archive",
              b"\xfd7zXZ\x00": "xz archive", b"7z\xbc\xaf": "7-Zip archive", b"\x00asm": "WebAssembly"}


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


# ---- errors ------------------------------------------------------------------------------
def _display(path: Path | str) -> str:
    """A file name fit for a one-line message: control, bidi and undecodable characters escaped."""
    def escape(match: re.Match) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return _UNPRINTABLE.sub(escape, str(path))


def input_error(reason: str, where: str, problem: str) -> InputError:
    """``InputError("where: problem")`` carrying its ``reason`` (one of ``REASONS``)."""
    error = InputError(f"{where}: {problem}")
    error.reason = reason
    return error


# Messages this module writes, for reasons of errors that lost their attribute (kept as strings).
_REASON_PATTERNS = [(re.compile(pattern), reason) for pattern, reason in (
    (r": no such file or folder$", "missing"),
    (r": (cannot read|not a regular file|is a folder)", "unreadable"),
    (r": unknown format ", "unknown format"),
    (r": (empty file|no article text|empty 'text')", "empty"),
    (r": binary ", "binary"),
    (r": not (valid )?(UTF-8|UTF-16|UTF-32)", "encoding"),
    (r": (file|article|line) too (large|long)", "too large"),
    (r":\d+: (malformed JSON|expected|'\w+' must)", "malformed jsonl"),
    (r": malformed HTML", "malformed html"),
    (r": invalid date ", "invalid date"),
)]


def skip_reason(error: BaseException | str) -> str:
    """Why an input was skipped: its ``reason``, else read from the message; ``"other"`` if unknown.

    >>> skip_reason("a.txt: empty file"), skip_reason("b.jsonl:3: malformed JSON (Expecting value)")
    ('empty', 'malformed jsonl')
    """
    reason = getattr(error, "reason", None)
    if reason in REASONS:
        return reason
    message = str(error)
    return next((reason for pattern, reason in _REASON_PATTERNS if pattern.search(message)), "other")


def skipped_by_reason(errors: Iterable[BaseException | str]) -> Counter:
    """Count skipped inputs (errors or their messages) by reason.

    >>> dict(skipped_by_reason(["a.txt: empty file", "b.png: unknown format '.png' (…)", "c.txt: empty file"]))
    {'empty': 2, 'unknown format': 1}
    """
    return Counter(skip_reason(error) for error in errors)


# ---- text ----------------------------------------------------------------------------------
def clean_text(text: str) -> str:
    """Text as the pipeline should see it: invisible and control characters out, NFC.

    >>> clean_text("Pu\\u200btin e Kim\\u00a0Jong-un\\u2028a Pyongyang\\x00")
    'Putin e Kim Jong-un\\na Pyongyang'
    """
    text = _SURROGATE.sub("\ufffd", text)  # lone surrogates (from JSON "\\ud800") cannot be encoded
    text = _LINE_BREAK.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACE.sub(" ", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def content_id(title: str, body: str) -> str:
    """A stable id from the content, so the same article always gets the same IRI.

    >>> content_id("Titolo", "Testo.")
    'a-d28948e1228c'
    """
    digest = hashlib.sha256(f"{title}\n{body}".encode("utf8")).hexdigest()
    return f"a-{digest[:12]}"


def _body(lines: list[str]) -> str:
    body_lines = [line.rstrip() for line in lines if not CREDIT_LINE.match(line)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(body_lines)).strip()


def _check_length(where: str, title: str, body: str) -> None:
    size = len(title) + len(body)
    if size > MAX_ARTICLE_CHARS:
        raise input_error("too large", where, f"article too long ({size:,} characters, limit "
                          f"{MAX_ARTICLE_CHARS:,}); split it into several articles")


def parse_text_article(raw: str, source: str = "") -> Article:
    """Parse a plain-text news dump.

    >>> a = parse_text_article(" date 2024-06-19 Putin a Pyongyang\\nIl presidente russo è arrivato.\\n© IPA\\n")
    >>> a.date, a.title, a.body
    (datetime.date(2024, 6, 19), 'Putin a Pyongyang', 'Il presidente russo è arrivato.')
    """
    where = _display(source) or "(text)"
    lines = clean_text(raw).split("\n")
    title, day = "", None
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        match = HEADER.match(lines[first])
        if match:
            day = _parse_date(match.group(1), where)
            title = match.group(2).strip()
            lines = lines[first + 1:]
        elif source.lower().endswith(".md") and lines[first].lstrip().startswith("#"):
            title = lines[first].lstrip("# ").strip()
            lines = lines[first + 1:]
    body = _body(lines)
    if not title and not body:
        raise input_error("empty", where, "no article text")
    _check_length(where, title, body)
    return Article(content_id(title, body), title, body, day, None, source)


def _parse_date(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise input_error("invalid date", where, f"invalid date {value!r} (expected YYYY-MM-DD)") from None


# ---- HTML ----------------------------------------------------------------------------------
class _VisibleText(HTMLParser):
    """The text a browser shows: blocks of text, the title, the first <h1>, the page date."""

    HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object",
                        "canvas", "nav", "select", "button"})
    BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                        "article", "header", "footer", "main", "aside", "blockquote", "pre", "table", "tr",
                        "td", "th", "hr", "figure", "figcaption", "dl", "dt", "dd", "title", "address"})
    VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                      "source", "track", "wbr"})
    DATE_META = frozenset({"article:published_time", "date", "dc.date", "pubdate", "datepublished"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.hidden: list[str] = []  # open elements whose text is not shown
        self.in_title = self.in_h1 = False
        self.title = self.h1 = ""
        self.date: str | None = None
        self.url: str | None = None

    def break_block(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "meta" and attrs.get("property", attrs.get("name", "")).lower() in self.DATE_META:
            self.date = self.date or attrs.get("content")
        elif tag == "time" and attrs.get("datetime"):
            self.date = self.date or attrs["datetime"]
        elif tag == "link" and attrs.get("rel", "").lower() == "canonical":
            self.url = self.url or attrs.get("href")
        if tag in self.VOID:
            if tag == "br" and not self.hidden:
                self.break_block()
            return
        if self.hidden or tag in self.HIDDEN or "hidden" in attrs or attrs.get("aria-hidden") == "true":
            self.hidden.append(tag)
            return
        if tag in self.BLOCKS:
            self.break_block()
        if tag == "title":
            self.in_title = True
        elif tag == "h1" and not self.h1:
            self.in_h1 = True

    def handle_endtag(self, tag):
        if self.hidden:
            if tag in self.hidden:  # close up to the matching element, as browsers do
                del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag):]
            return
        if tag in self.BLOCKS:
            if self.in_title and tag == "title":
                self.title = " ".join("".join(self.current).split())
                self.current, self.in_title = [], False  # the <title> is not body text
            elif self.in_h1 and tag == "h1":
                self.h1, self.in_h1 = " ".join("".join(self.current).split()), False
            self.break_block()

    def handle_data(self, data):
        if not self.hidden:
            self.current.append(data)


def _close_markup(html: str) -> str:
    """Drop a tag, comment or declaration left open at the end, as browsers do.

    Python's ``html.parser`` (before 3.13.4) rescans such a tail once per character:
    ``"<a" * 80_000`` takes half a minute, ``"<?" * 1_000_000`` six. Everything before the
    last ``>`` parses in linear time.

    >>> _close_markup("<p>Testo.</p><a<a<a"), _close_markup("<p>prezzo <5 euro")
    ('<p>Testo.</p>', '<p>prezzo <5 euro')
    """
    end = html.rfind(">") + 1
    tail = re.compile(r"<[A-Za-z!?/]").search(html, end)
    return html[:tail.start()] if tail else html


def parse_html_article(raw: str, source: str = "") -> Article:
    """An HTML page's visible text: title from the first <h1> (else <title>), scripts and styles dropped.

    >>> a = parse_html_article("<title>T</title><h1>Putin a Pyongyang</h1><script>x()</script>"
    ...                        "<p>Il presidente &egrave; arrivato.</p><p>© IPA</p>")
    >>> a.title, a.body
    ('Putin a Pyongyang', 'Il presidente è arrivato.')
    """
    where = _display(source) or "(text)"
    page = _VisibleText()
    try:
        page.feed(_close_markup(clean_text(raw)))
        page.close()
    except (AssertionError, ValueError) as err:  # html.parser gives up on some broken markup
        raise input_error("malformed html", where, f"malformed HTML ({' '.join(str(err).split())[:80]})") from None
    page.break_block()
    blocks = [block for block in page.blocks if block != page.h1]
    title = page.h1 or page.title
    if not title:
        return parse_text_article("\n\n".join(blocks), source)
    if blocks and blocks[0] == title:
        blocks = blocks[1:]
    body = _body("\n\n".join(blocks).split("\n"))
    _check_length(where, title, body)
    day = None
    match = re.match(r"\d{4}-\d{2}-\d{2}", (page.date or "").strip())
    if match:
        try:
            day = date.fromisoformat(match.group())
        except ValueError:
            pass  # page metadata is often junk; the article is still worth reading
    url = page.url if page.url and re.match(r"https?://\S+$", page.url) else None
    return Article(content_id(title, body), title, body, day, url, source)


# ---- files ---------------------------------------------------------------------------------
def _check_file(path: Path, where: str) -> None:
    try:
        exists, is_dir, is_file = path.exists(), path.is_dir(), path.is_file()
    except (OSError, ValueError) as err:  # name too long, no permission on a folder, NUL in the name
        raise input_error("unreadable", where, f"cannot read ({getattr(err, 'strerror', None) or err})") from None
    if not exists:
        raise input_error("missing", where, "no such file or folder")
    if is_dir:
        raise input_error("unreadable", where, "is a folder, expected a file")
    if not is_file:  # a FIFO or a device: reading it could block for ever
        raise input_error("unreadable", where, "not a regular file")


def _read_bytes(path: Path, where: str, limit: int) -> bytes:
    """At most ``limit`` bytes; a larger file is refused from its size, before it is read."""
    _check_file(path, where)
    try:
        size = path.stat().st_size
        if size <= limit:
            with path.open("rb") as handle:
                data = handle.read(limit + 1)  # the file may have grown since stat
            size = len(data)
    except OSError as err:
        raise input_error("unreadable", where, f"cannot read ({err.strerror})") from None
    if size > limit:
        raise input_error("too large", where, f"file too large ({size / 1024 / 1024:.1f} MB, limit "
                          f"{limit // (1024 * 1024)} MB); not parsed")
    return data


def _binary_kind(data: bytes) -> str | None:
    for signature, kind in SIGNATURES.items():
        if data.startswith(signature):
            return kind
    return None


def _decode(where: str, data: bytes) -> str:
    """Bytes → text: BOM'd UTF-16/32, UTF-8, else Windows-1252; binary is refused."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise input_error("encoding", where, f"not valid {codec.upper()} (byte {err.start})") from None
    kind = _binary_kind(data)
    if kind:
        raise input_error("binary", where, f"binary file ({kind}), not an article")
    data = data.rstrip(b"\x00")  # NUL padding left by a crashed writer
    if data.count(b"\x00") * 10 > len(data):  # text has a stray NUL or two, binaries plenty
        raise input_error("binary", where, "binary file (contains NUL bytes), not an article")
    data = data.replace(b"\x00", b"")  # a few stray NULs in text: drop them
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        if _UTF8_MULTIBYTE.search(data):  # UTF-8 with broken bytes: guessing would garble it
            raise input_error("encoding", where, f"not valid UTF-8 (byte {err.start}); "
                              "re-encode it as UTF-8") from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise input_error("encoding", where, f"not UTF-8 or Latin-1 text (byte {err.start}); "
                              "re-encode it as UTF-8") from None
    if len(_BINARY_CONTROL.findall(text)) * 20 > len(text):  # a stray ESC or BEL is not binary
        raise input_error("binary", where, "binary file (control characters), not an article")
    return text


def read_text_file(path: Path) -> Article:
    """One article from a ``.txt``, ``.md`` or ``.html`` file."""
    path = Path(path)
    where = _display(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        _check_file(path, where)
        raise input_error("unknown format", where, f"unknown format {suffix or '(no suffix)'!r} "
                          "(expected .txt, .md, .html or .jsonl)")
    html = suffix in HTML_SUFFIXES
    text = _decode(where, _read_bytes(path, where, MAX_HTML_BYTES if html else MAX_FILE_BYTES))
    if not html and len(text) > 2 * MAX_ARTICLE_CHARS:  # far too long even after cleaning: stop here
        raise input_error("too large", where, f"article too long ({len(text):,} characters, limit "
                          f"{MAX_ARTICLE_CHARS:,}); split it into several articles")
    if not clean_text(text).strip():
        raise input_error("empty", where, "empty file")
    return parse_html_article(text, str(path)) if html else parse_text_article(text, str(path))


def _lines(handle: BinaryIO) -> Iterator[tuple[int, bytes | None, int]]:
    """(number, line, size) for each ``\\n``-ended line; ``line`` is None past the size limit."""
    number = 0
    while True:
        line = handle.readline(MAX_JSONL_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        size = len(line)
        if size > MAX_JSONL_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of it, never holding it all
                line = handle.readline(1024 * 1024)
                size += len(line)
            yield number, None, size
        else:
            yield number, line, size


def _jsonl_article(where: str, line: bytes) -> Article:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as err:
        raise input_error("encoding", where, f"not valid UTF-8 (byte {err.start})") from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise input_error("malformed jsonl", where, f"malformed JSON ({err.msg})") from None
    except (ValueError, RecursionError) as err:  # huge integers, absurd nesting
        raise input_error("malformed jsonl", where,
                          f"malformed JSON ({' '.join(str(err).split())[:80] or 'too deeply nested'})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise input_error("malformed jsonl", where, "expected an object with a string 'text' field")
    for name in ("title", "url", "date"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise input_error("malformed jsonl", where, f"'{name}' must be a string")
    if record.get("id") is not None and not isinstance(record["id"], (str, int)):
        raise input_error("malformed jsonl", where, "'id' must be a string or a number")
    title = " ".join(clean_text(record.get("title") or "").split())
    body = _body(clean_text(record["text"]).split("\n"))
    if not body:
        raise input_error("empty", where, "empty 'text'")
    _check_length(where, title, body)
    day = _parse_date(record["date"].strip()[:10], where) if (record.get("date") or "").strip() else None
    url = clean_text(record.get("url") or "").strip() or None
    if url and not re.match(r"https?://[^\s<>\"{}|\\^`]+$", url):
        raise input_error("malformed jsonl", where, f"'url' must be an http(s) URL, not {url[:60]!r}")
    article_id = clean_text(str(record["id"])).strip() if record.get("id") not in (None, "") else ""
    # the id becomes an IRI: nothing an IRI cannot hold
    if article_id and (len(article_id) > 200 or re.search(r"[\s<>\"{}|\\^`]", article_id)):
        raise input_error("malformed jsonl", where, f"'id' must be up to 200 characters without "
                          f"spaces or <>\"{{}}|\\^`, not {article_id[:60]!r}")
    return Article(article_id or content_id(title, body), title, body, day, url, where)


def read_jsonl_file(path: Path, on_error: Callable[[InputError], None] | None = None) -> Iterator[Article]:
    """One article a line: ``id``, ``title``, ``date``, ``url``, ``text`` (only ``text`` required).

    The file is streamed. A bad line raises an ``InputError`` naming ``file:line``; with
    ``on_error`` it is passed there instead and the following lines are still read.
    Errors about the whole file (missing, binary, empty) are always raised.
    """
    path = Path(path)
    where = _display(path)
    _check_file(path, where)
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
            if head.startswith(tuple(bom for bom, _ in BOMS)):  # rare: decode it whole
                text = _decode(where, _read_bytes(path, where, MAX_HTML_BYTES))
                handle = _Utf8Lines(text)
            else:
                nuls = head.rstrip(b"\x00").count(b"\x00") * 10 > len(head)
                kind = _binary_kind(head) or ("contains NUL bytes" if nuls else None)
                if kind:
                    raise input_error("binary", where, f"binary file ({kind}), not an article")
                handle.seek(0)
            found = False
            for number, line, size in _lines(handle):
                if number == 1 and line is not None:
                    line = line.removeprefix(b"\xef\xbb\xbf")
                if line is not None and not line.strip():
                    continue
                found = True
                try:
                    if line is None:
                        raise input_error("too large", f"{where}:{number}", f"line too long "
                                          f"({size / 1024 / 1024:.1f} MB, limit "
                                          f"{MAX_JSONL_LINE_BYTES // (1024 * 1024)} MB); not parsed")
                    yield _jsonl_article(f"{where}:{number}", line)
                except InputError as err:
                    if on_error is None:
                        raise
                    on_error(err)
    except OSError as err:
        raise input_error("unreadable", where, f"cannot read ({err.strerror})") from None
    if not found:
        raise input_error("empty", where, "empty file")


class _Utf8Lines:
    """A decoded text served as UTF-8 lines, like a binary file handle."""

    def __init__(self, text: str):
        self.lines = iter(text.encode("utf8", "surrogatepass").splitlines(keepends=True))

    def readline(self, size: int = -1) -> bytes:
        return next(self.lines, b"")


# ---- inputs --------------------------------------------------------------------------------
def iter_input_files(inputs: list[Path]) -> Iterator[Path]:
    """Expand folders (recursively, sorted, hidden files skipped); named paths pass as they are.

    A named file that is missing or of an unknown format is refused by the reader with its
    own one-line message, so one mistyped name does not stop a build.
    """
    for path in inputs:
        path = Path(path)
        try:
            is_dir = path.is_dir()
        except (OSError, ValueError):
            is_dir = False  # the reader reports it
        if is_dir:
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                              and p.name.lower() != "readme.md"
                              and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            yield path


def read_file(path: Path, on_error: Callable[[InputError], None] | None = None) -> Iterator[Article]:
    """The articles of one file of any supported format."""
    if Path(path).suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, on_error)
    else:
        yield read_text_file(path)


def read_articles(inputs: list[Path], on_error: Callable[[InputError], None] | None = None) -> Iterator[Article]:
    """Yield every article in ``inputs`` (files or folders).

    Without ``on_error`` the first bad input raises; with it, each ``InputError`` (a file,
    or a JSON Lines line) is passed to ``on_error`` and reading goes on.
    """
    for path in iter_input_files(inputs):
        try:
            yield from read_file(path, on_error)
        except InputError as err:
            if on_error is None:
                raise
            on_error(err)
