"""Report rows kept in a temporary file as JSON lines, not in memory: a comparison of 100,000
articles lists as many changed articles, and their findings would outgrow the rest of the run.

``ModelSpool(ArticleChange)`` takes the rows one at a time as they are built; ``finish()``
gives a read-only ``Sequence`` over them (only each row's file offset in memory) that reads one
row back per access. The file is deleted when the rows are garbage-collected.
"""

from __future__ import annotations

import io
import tempfile
from array import array
from collections.abc import Iterator, Sequence
from typing import IO, Generic, TypeVar, overload

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

__all__ = ["ModelSpool", "SpooledRows"]


class SpooledRows(Sequence[M], Generic[M]):
    """The rows of a ``ModelSpool``, in the order they were added."""

    def __init__(self, model: type[M], file: IO[bytes], offsets: array[int]) -> None:
        self._model = model
        self._file = file
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets)

    @overload
    def __getitem__(self, index: int) -> M: ...

    @overload
    def __getitem__(self, index: slice) -> list[M]: ...

    def __getitem__(self, index: int | slice) -> M | list[M]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        self._file.seek(self._offsets[index])
        return self._model.model_validate_json(self._file.readline())

    def __iter__(self) -> Iterator[M]:
        for offset in self._offsets:
            self._file.seek(offset)
            yield self._model.model_validate_json(self._file.readline())


class ModelSpool(Generic[M]):
    """Writes rows of one model to a temporary file as they come."""

    def __init__(self, model: type[M]) -> None:
        self._model = model
        # Closed (and deleted) when the rows are garbage-collected: it outlives this object.
        self._file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115
        self._offsets = array("q")

    def add(self, row: M) -> None:
        self._offsets.append(self._file.seek(0, io.SEEK_END))
        self._file.write(row.model_dump_json().encode("utf-8") + b"\n")

    def finish(self) -> SpooledRows[M]:
        return SpooledRows(self._model, self._file, self._offsets)
