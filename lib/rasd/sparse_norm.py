"""A normalised text whose offset map is kept sparse, for one pass over a raw string.

:func:`rasd.text.normalize` builds the whole offset map (one integer per
character), which every extractor of the pipeline uses. A caller that reads a
raw string once and maps only a few spans back (:func:`rasd.dates.find_dates`
given a string) needs the map at a few places only: :func:`normalize_sparse`
keeps only where it shifts (a character deleted or expanded by normalisation) and
computes an entry when it is asked for. ``tests/test_fastpaths_v8.py`` checks
every entry against :func:`rasd.text.normalize`.
"""

from __future__ import annotations

from bisect import bisect_right

from rasd.text import NormText, _fold_parts, _respell

__all__ = ["SparseOffsets", "normalize_sparse"]


class SparseOffsets:
    """The offset map of :class:`~rasd.text.NormText`, read on demand.

    The map is a run of stretches: in an *identity* stretch the ``k``-th entry is
    ``orig + k``; in a *constant* one (the characters a single original character
    expands to) every entry is ``orig``. ``starts`` holds the first index of each
    stretch, ``origs`` its original offset and ``steps`` 1 (identity) or 0
    (constant).
    """

    __slots__ = ("starts", "origs", "steps", "size")

    def __init__(self, starts: list[int], origs: list[int], steps: list[int], size: int) -> None:
        """Keep the stretches and the number of entries."""
        self.starts, self.origs, self.steps, self.size = starts, origs, steps, size

    def __len__(self) -> int:
        """The number of entries (``len(norm) + 1``)."""
        return self.size

    def __getitem__(self, index: int) -> int:
        """The original offset of ``norm[index]`` (an integer index only)."""
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("offset index out of range")
        k = bisect_right(self.starts, index) - 1
        return self.origs[k] + self.steps[k] * (index - self.starts[k])


def normalize_sparse(text: str) -> NormText:
    """:func:`rasd.text.normalize` with a :class:`SparseOffsets` map.

    The result equals ``normalize(text)`` in ``norm``, ``original``, every offset,
    ``to_original`` and ``to_norm``; its ``offsets`` is not a tuple, so it is
    meant for one pass (not to be compared, hashed or kept).

    Args:
        text: Any string.

    Returns:
        A :class:`~rasd.text.NormText` whose ``offsets`` is sparse.
    """
    parts = _fold_parts(text)
    norm = _respell("".join(parts))
    starts, origs, steps = [0], [0], [1]
    n = pos = 0
    for kept, out in zip(parts[::2], parts[1::2], strict=False):
        pos += len(kept)
        n += len(kept)
        if len(out) != 1:
            if out:
                starts.append(n)
                origs.append(pos)
                steps.append(0)
                n += len(out)
            starts.append(n)
            origs.append(pos + 1)
            steps.append(1)
        else:
            n += 1
        pos += 1
    return NormText(text, norm, SparseOffsets(starts, origs, steps, len(norm) + 1))  # type: ignore[arg-type]
