"""Reading bytes as text: the encodings Arabic news files come in, detected, never asked.

The order of attempts is: a byte order mark (UTF-8, UTF-16 LE/BE), UTF-16
without a mark (recognised by the NUL and 0x06 high bytes of Arabic and ASCII
code units), strict UTF-8, and finally Windows-1256 when it decodes to mostly
Arabic letters. Line endings are then normalised to LF; nothing else in
the text is changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
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
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_BAD_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
# Share of Arabic among the letters of a Windows-1256 reading for it to be accepted.
_MIN_ARABIC_SHARE = 0.5
# Share of one byte parity that must be 0x00 or 0x06 to read BOM-less UTF-16.
_MIN_HIGH_BYTE_SHARE = 0.4
UNDECODABLE = "not valid UTF-8, UTF-16 or Windows-1256"


class DecodeError(ValueError):
    """Raised when bytes are in none of the supported encodings; the message is plain words."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes.

    Attributes:
        text: The decoded text with LF line endings (no byte order mark).
        encoding: The codec that read it (``utf-8``, ``utf-8-sig``, ``utf-16-le``,
            ``utf-16-be`` or ``cp1256``).
    """

    text: str
    encoding: str


def normalize_newlines(text: str) -> str:
    """Turn CR LF, CR and the Unicode line/paragraph separators into LF."""
    return _NEWLINE_RE.sub("\n", text)


def arabic_share(text: str) -> float:
    """Fraction of the letters of ``text`` that are Arabic (0.0 when there are no letters)."""
    letters = len(_LETTER_RE.findall(text))
    if not letters:
        return 0.0
    return len(_ARABIC_RE.findall(text)) / letters


def _utf16_without_bom(data: bytes) -> str | None:
    """Codec name when ``data`` looks like UTF-16 without a byte order mark, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    for codec, parity in (("utf-16-le", 1), ("utf-16-be", 0)):
        high = sample[parity::2]
        if sum(1 for b in high if b in (0, 6)) / len(high) >= _MIN_HIGH_BYTE_SHARE:
            return codec
    return None


def _try_decode(data: bytes, codec: str) -> str | None:
    """Strictly decode ``data`` with ``codec``, or None when it does not decode."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode the bytes of a text file, detecting its encoding.

    Args:
        data: The raw file content.

    Returns:
        The decoded text (line endings normalised) and the codec used.

    Raises:
        DecodeError: When no supported encoding reads the bytes.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _try_decode(data[len(bom) :] if codec != "utf-8-sig" else data, codec)
            if text is None:
                raise DecodeError(f"starts with a {codec} byte order mark but is not valid {codec}")
            return Decoded(normalize_newlines(text), codec)
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
    text = _try_decode(data, "cp1256")
    if text is not None and arabic_share(text) >= _MIN_ARABIC_SHARE:
        return Decoded(normalize_newlines(text), "cp1256")
    raise DecodeError(UNDECODABLE)

