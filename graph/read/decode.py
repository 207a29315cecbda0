"""Stage 1, read: bytes to text (BOMs, UTF-8, UTF-16, GB18030 via charset detection), NFC."""
from __future__ import annotations

import codecs
import threading
import unicodedata

import charset_normalizer

from graph.errors import InputError


_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive or Office file"),
    (b"\x1f\x8b", "gzip archive"), (b"\x7fELF", "executable"), (b"\xd0\xcf\x11\xe0", "old Office document"),
    (b"Rar!", "RAR archive"), (b"7z\xbc\xaf", "7z archive"), (b"OggS", "Ogg media"), (b"ID3", "MP3 audio"),
    (b"SQLite format 3\x00", "SQLite database"), (b"\x1aE\xdf\xa3", "video"), (b"wOFF", "font"),
    (b"BZh", "bzip2 archive"), (b"\xfd7zXZ\x00", "xz archive"), (b"MZ", "Windows executable"),
)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
_CJK_ENCODINGS = {"gb18030", "gbk", "gb2312", "hz", "big5", "big5hkscs", "cp950", "euc_jp", "euc_kr",
                  "shift_jis", "cp932", "cp949", "iso2022_jp", "iso2022_kr", "utf_16", "utf_16_le",
                  "utf_16_be", "utf_32", "utf_8", "ascii"}


#: at most this share of bytes may be undecodable (each replaced by U+FFFD); above it the file is refused
MAX_BAD_SHARE = 0.001
_bad = threading.local()


def _record(exc: UnicodeDecodeError):
    _bad.spans.append((exc.start, exc.end))
    return "\ufffd", exc.end


codecs.register_error("govgraph-record", _record)


def lenient(data: bytes, encoding: str) -> tuple[str, list[tuple[int, int]]]:
    r"""Decode with every undecodable byte sequence replaced by U+FFFD: (text, [(start, end) byte spans]).

    >>> lenient("党建".encode() + b"\xff" + "引领".encode(), "utf-8")
    ('党建\ufffd引领', [(6, 7)])
    """
    _bad.spans = []
    try:
        text = data.decode(encoding, errors="govgraph-record")
        return text, _bad.spans
    finally:
        _bad.spans = []


def acceptable(data: bytes, spans) -> bool:
    """Few enough bad bytes to replace: at most 0.1 % of the file (and always one stray sequence)."""
    return sum(e - s for s, e in spans) <= max(MAX_BAD_SHARE * len(data), 4)


def decode_report(data: bytes) -> tuple[str, str, list[tuple[int, int]]]:
    r"""``decode`` that also returns the byte spans it replaced by U+FFFD (empty for clean text).

    >>> text, enc, bad = decode_report("党建引领。".encode() * 300 + b"\xff" + "完".encode())
    >>> enc, bad, text[-2:]
    ('utf-8', [(4500, 4501)], '\ufffd完')
    """
    if not data:
        raise InputError("empty file")
    for magic, kind in _MAGIC:
        if data.startswith(magic) and (kind != "Windows executable" or b"\x00" in data[:512]):
            raise InputError(f"binary file ({kind}), not a text report")
    text = encoding = None
    bad: list[tuple[int, int]] = []
    tried = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text, bad = lenient(data, enc)
            encoding = enc
            if not acceptable(data, bad):
                raise InputError(f"undecodable: starts with a {enc} byte-order mark but is not {enc} "
                                 f"(first bad byte at offset {bad[0][0]})") from None
            break
    if text is None:
        utf8, bad = lenient(data, "utf-8")
        if not bad:
            text, encoding = utf8, "utf-8"
        else:
            tried.append(("UTF-8", bad[0][0]))
            try:
                text, encoding = _detect(data)
                bad = []
            except InputError as exc:
                if acceptable(data, bad) and _plausibility(utf8) > 0.9:
                    text, encoding = utf8, "utf-8"
                else:
                    gb, gbad = lenient(data, "gb18030")
                    if acceptable(data, gbad) and _plausibility(gb) > 0.9 and _cjk_share(gb) > 0.2:
                        text, encoding, bad = gb, "gb18030", gbad
                    elif "NUL" in str(exc) or "binary" in str(exc):
                        raise
                    else:
                        tried.append(("GB18030", gbad[0][0] if gbad else None))
                        where = ", ".join(f"{name} (first bad byte at offset {at})" if at is not None
                                          else f"{name} (implausible text)" for name, at in tried)
                        raise InputError(f"undecodable: tried {where}, UTF-16 and charset detection; "
                                         f"more than {MAX_BAD_SHARE:.1%} of the bytes do not decode",
                                         hint="save the file as UTF-8") from None
    if not text.strip("\ufeff \t\r\n\x00\u3000"):
        raise InputError("empty file")
    sample = text[:200_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v" or ch == "\x7f")
    if controls > max(2, len(sample) // 100):
        raise InputError("binary file (control bytes), not a text report")
    return unicodedata.normalize("NFC", text), encoding, bad


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text: BOM, then strict UTF-8, then charset detection (GB18030 preferred for Chinese).

    Returns the text, NFC-normalised, and the encoding's name.

    Raises
    ------
    InputError
        For empty, binary or undecodable data (the message is the reason alone).

    Examples
    --------
    >>> decode("党建引领。".encode("utf-16"))
    ('党建引领。', 'utf-16')
    >>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    graph.errors.InputError: binary file (PNG image), not a text report
    """
    text, encoding, _ = decode_report(data)
    return text, encoding


def _detect(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes: UTF-16 without BOM, else charset-normalizer checked against GB18030."""
    head = data[:8192]
    if b"\x00" in head:
        odd_nul = head[1::2].count(0) / max(1, len(head[1::2]))
        even_nul = head[0::2].count(0) / max(1, len(head[0::2]))
        for enc, ratio in (("utf-16-le", odd_nul), ("utf-16-be", even_nul)):
            if ratio > 0.2:
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    continue
                if _plausibility(text) > 0.9:
                    return text, enc
        raise InputError("binary file (NUL bytes), not a text report")
    best = charset_normalizer.from_bytes(data).best()
    detected = (str(best), best.encoding) if best is not None else None
    if detected and detected[1] in _CJK_ENCODINGS and _plausibility(detected[0]) > 0.9:
        return detected
    # The detector misreads short GB text as single-byte code pages; try GB18030 strictly.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausibility(text) > 0.9 and _cjk_share(text) > 0.2:
        return text, "gb18030"
    if detected and _plausibility(detected[0]) > 0.97:
        return detected
    raise InputError("undecodable: not UTF-8, UTF-16 or GB18030 text, and no plausible encoding detected",
                     hint="save the file as UTF-8")


def _is_texty(ch: str) -> bool:
    o = ord(ch)
    return (0x20 <= o < 0x7F or ch in "\t\n\r\f" or 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF
            or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F
            or 0x2460 <= o <= 0x25FF or 0x20000 <= o <= 0x3134F or o in (0xB7, 0xD7, 0xFEFF, 0xA0)
            or 0xF900 <= o <= 0xFAFF or 0x2E80 <= o <= 0x2FDF)


def _plausibility(text: str) -> float:
    sample = text[:100_000]
    return sum(map(_is_texty, sample)) / max(1, len(sample))


def _cjk_share(text: str) -> float:
    sample = text[:100_000]
    return sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") / max(1, len(sample))
