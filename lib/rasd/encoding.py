"""Reading bytes as text: the encodings Arabic news files come in, detected, never asked.

The order of attempts is: a byte order mark (UTF-8, UTF-16 LE/BE), UTF-16
without a mark (recognised by the NUL and 0x06 high bytes of Arabic and ASCII
code units), strict UTF-8, UTF-8 with a few damaged or Windows-1256 lines
(read line by line, see :attr:`Decoded.note`), and finally Windows-1256 when
it decodes to mostly Arabic letters. Bytes that decode to control characters
text files never hold are a binary file, not text. Line endings are then
normalised to LF; nothing else in the text is changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "BINARY",
    "UNDECODABLE",
    "DecodeError",
    "Decoded",
    "arabic_share",
    "decode_bytes",
    "normalize_newlines",
]

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_NEWLINE_RE = re.compile("\r\n?|[\u2028\u2029]")
# Runs of characters of the Arabic blocks, and runs of letters (counted by removing them).
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+")
_LETTER_RE = re.compile(r"[^\W\d_]+")
_BAD_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
_BAD_CONTROL_BYTES_RE = re.compile(b"[\x00-\x08\x0b\x0e-\x1f]")
_HIGH_BYTE_RE = re.compile(b"[\x80-\xff]")
_UTF8_SEQ_RE = re.compile(
    b"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xef][\x80-\xbf]{2}"
    b"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf4][\x80-\xbf]{3}"
)
# Share of the non-ASCII bytes that form UTF-8 sequences for bytes to be read as UTF-8
# with damage (Windows-1256 Arabic is almost never valid UTF-8).
_MIN_UTF8_SHARE = 0.5
# Above this share of control bytes (or of replaced characters) bytes are binary, not text.
_MAX_BINARY_SHARE = 0.005
# Above this share of characters replaced by U+FFFD a decoding is not accepted.
_MAX_REPLACED_SHARE = 0.01
# Share of Arabic among the letters of a Windows-1256 reading for it to be accepted.
_MIN_ARABIC_SHARE = 0.5
# Share of one byte parity that must be 0x00 or 0x06 to read BOM-less UTF-16.
_MIN_HIGH_BYTE_SHARE = 0.4
UNDECODABLE = "not valid UTF-8, UTF-16 or Windows-1256"
BINARY = "contains control bytes that text never holds: a binary file, not text"


class DecodeError(ValueError):
    """Raised when bytes are in none of the supported encodings; the message is plain words."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes.

    Attributes:
        text: The decoded text with LF line endings (no byte order mark).
        encoding: The codec that read it (``utf-8``, ``utf-8-sig``, ``utf-16-le``,
            ``utf-16-be`` or ``cp1256``).
        note: What was not read cleanly, in plain words (lines in another
            encoding, bytes replaced by U+FFFD), or ``""``.
    """

    text: str
    encoding: str
    note: str = ""


def normalize_newlines(text: str) -> str:
    """Turn CR LF, CR and the Unicode line/paragraph separators into LF."""
    return _NEWLINE_RE.sub("\n", text)


def arabic_share(text: str) -> float:
    """Fraction of the letters of ``text`` that are Arabic (0.0 when there are no letters)."""
    letters = len(text) - len(_LETTER_RE.sub("", text))
    if not letters:
        return 0.0
    return (len(text) - len(_ARABIC_RE.sub("", text))) / letters


def _utf16_without_bom(data: bytes) -> str | None:
    """Codec name when ``data`` looks like UTF-16 without a byte order mark, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    for codec, parity in (("utf-16-le", 1), ("utf-16-be", 0)):
        high = sample[parity::2]
        if (high.count(0) + high.count(6)) / len(high) >= _MIN_HIGH_BYTE_SHARE:
            return codec
    return None


def _try_decode(data: bytes, codec: str) -> str | None:
    """Strictly decode ``data`` with ``codec``, or None when it does not decode."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _utf8_share(data: bytes) -> float:
    """Share of the non-ASCII bytes of ``data`` that are part of well-formed UTF-8 sequences."""
    high = len(_HIGH_BYTE_RE.findall(data))
    if not high:
        return 1.0
    return sum(len(seq) for seq in _UTF8_SEQ_RE.findall(data)) / high


def _looks_binary(data: bytes) -> bool:
    """True for bytes with NUL or more than a trace of other control bytes."""
    return b"\x00" in data or len(_BAD_CONTROL_BYTES_RE.findall(data)) > len(data) * _MAX_BINARY_SHARE


def _has_utf8_line(data: bytes) -> bool:
    """True when a line with non-ASCII bytes is valid UTF-8 (Windows-1256 Arabic never is)."""
    return any(_HIGH_BYTE_RE.search(line) and _try_decode(line, "utf-8") for line in data.split(b"\n"))


def _is_text(text: str) -> bool:
    """True when a decoding holds no control character that only binary files have."""
    return _BAD_CONTROL_RE.search(text) is None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _decode_lines(data: bytes) -> Decoded:
    """Decode mostly-UTF-8 bytes line by line.

    A line that is not UTF-8 is read as Windows-1256 when that gives Arabic
    text (a paragraph pasted from an older file); otherwise its bad bytes are
    replaced by U+FFFD. The note says how many lines were read either way.
    """
    lines, n_cp1256, n_damaged = [], 0, 0
    for raw in data.split(b"\n"):
        line = _try_decode(raw, "utf-8")
        if line is None and _utf8_share(raw) < _MIN_UTF8_SHARE:
            line = _try_decode(raw, "cp1256")
            if line is not None and _is_text(line) and arabic_share(line) >= _MIN_ARABIC_SHARE:
                n_cp1256 += 1
            else:
                line = None
        if line is None:
            line = raw.decode("utf-8", errors="replace")
            n_damaged += 1
        lines.append(line)
    parts = []
    if n_cp1256:
        parts.append(_plural(n_cp1256, "line") + " read as Windows-1256")
    if n_damaged:
        parts.append(_plural(n_damaged, "line") + " with bytes that are not UTF-8 (replaced by \ufffd)")
    note = "mixed encodings: UTF-8 with " + " and ".join(parts)
    return Decoded(normalize_newlines("\n".join(lines)), "utf-8", note)


def _decode_with_bom(data: bytes, bom: bytes, codec: str) -> Decoded:
    """Decode bytes that start with a byte order mark; a few damaged code units are replaced."""
    body = data if codec == "utf-8-sig" else data[len(bom) :]
    text = _try_decode(body, codec)
    note = ""
    if text is None:
        text = body.decode(codec, errors="replace")
        note = f"starts with a {codec} byte order mark but has bytes that are not {codec} (replaced by \ufffd)"
    n_controls = len(_BAD_CONTROL_RE.findall(text))
    if "\x00" in text or n_controls > len(text) * _MAX_BINARY_SHARE or _too_damaged(text):
        raise DecodeError(f"starts with a {codec} byte order mark but is not {codec} text")
    return Decoded(normalize_newlines(text), codec, note)


def _too_damaged(text: str) -> bool:
    """True when more than one character in a hundred (and more than one) was replaced."""
    replaced = text.count("\ufffd")
    return replaced > 1 and replaced > len(text) * _MAX_REPLACED_SHARE


def decode_bytes(data: bytes) -> Decoded:
    """Decode the bytes of a text file, detecting its encoding.

    Args:
        data: The raw file content.

    Returns:
        The decoded text (line endings normalised) and the codec used.

    Raises:
        DecodeError: When no supported encoding reads the bytes, or they are binary.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, bom, codec)
    codec = _utf16_without_bom(data)
    if codec:
        text = _try_decode(data, codec)
        if text is not None and not _BAD_CONTROL_RE.search(text):
            return Decoded(normalize_newlines(text), codec)
    text = _try_decode(data, "utf-8")
    if text is not None:
        if "\x00" in text:
            raise DecodeError("contains NUL bytes: a binary file, or UTF-16 text that cannot be read")
        return Decoded(normalize_newlines(text), "utf-8")
    if _looks_binary(data):
        raise DecodeError(BINARY)
    if _utf8_share(data) >= _MIN_UTF8_SHARE or _has_utf8_line(data):
        return _decode_lines(data)
    text = _try_decode(data, "cp1256")
    if text is not None and arabic_share(text) >= _MIN_ARABIC_SHARE:
        return Decoded(normalize_newlines(text), "cp1256")
    raise DecodeError(UNDECODABLE)

