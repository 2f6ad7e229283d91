"""Text cut into overlapping chunks for embedding."""

from __future__ import annotations

from collections.abc import Iterator


def chunk_text(text: str, *, size: int = 700, overlap: int = 120) -> list[str]:
    """Chunks of at most `size` characters cut at line boundaries (inside an over-long line: at sentence, then
    word boundaries); each chunk after the first starts with up to `overlap` characters, whole words, from the
    end of the previous one so a fact split across a boundary is still retrievable in one piece."""
    if size <= 0 or overlap < 0 or overlap >= size - 1:
        raise ValueError("chunk_text needs size > 0 and 0 <= overlap < size - 1")
    # Units leave room for the carried-over tail plus its line break, so no chunk exceeds `size`.
    units = [piece for line in text.split("\n") for piece in _split_long(line.strip(), size - overlap - 1)]
    chunks: list[str] = []
    current: list[str] = []
    fresh = False  # does `current` hold anything beyond the carried-over tail?
    for unit in units:
        if fresh and len("\n".join([*current, unit])) > size:
            chunks.append("\n".join(current).strip())
            tail = _tail(chunks[-1], overlap)
            current, fresh = ([tail] if tail else []), False
        if unit or fresh:  # blank lines separate paragraphs inside a chunk, never open one
            current.append(unit)
            fresh = True
    if fresh:
        chunks.append("\n".join(current).strip())
    return [c for c in chunks if c]


def _split_long(line: str, limit: int) -> Iterator[str]:
    while len(line) > limit:
        window = line[:limit + 1]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 1 if cut >= limit // 2 else window.rfind(" ")
        if cut <= 0:
            cut = limit  # one enormous "word" (a URL, base64): cut it anywhere
        yield line[:cut].strip()
        line = line[cut:].strip()
    yield line


def _tail(chunk: str, overlap: int) -> str:
    """The last `overlap` characters of a chunk, starting at a word boundary."""
    if overlap == 0:
        return ""
    tail = chunk[-overlap:]
    if len(chunk) > overlap and not chunk[-overlap - 1].isspace():
        tail = tail.split(maxsplit=1)[1] if len(tail.split(maxsplit=1)) == 2 else ""
    return tail.strip()
