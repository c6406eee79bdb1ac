"""Writing the files quiz produces: atomically, and never over the files it was given.

Every file quiz writes (decks, exports, reports, Anki packages, backups) goes through
`atomic_path` or `write_atomic`: the content is written to a temporary file in the target's own
folder, flushed to disk (`fsync`), then renamed over the target in one step, so a reader sees the
old file or the new one, never half of one; on any failure the temporary file is removed. And
`check_output` refuses an output path that is empty, a folder, or the same file as one of the
command's inputs (the progress database, a deck, a JSON export), which a command would otherwise
replace with its own output.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path

from quiz.errors import QuizError

# Files SQLite keeps beside a database: writing over them corrupts the database too.
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` to write to; renamed over `path` when the block ends.

    The folder is created if needed. If the block raises, the temporary file is deleted and
    `path` is left as it was. The caller closes the file before the block ends; it is fsynced
    here before the rename.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the platform allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Replace `path` with `data` (text is written as UTF-8, line ends untouched) atomically.

    The new file gets the usual permissions (0o666 less the umask), like a plain `open`.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(path) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as out:
            out.write(raw)


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (the same inode, or the same resolved path)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        pass
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError):
        return False


def check_output(path: Path | str, inputs: Iterable[Path] = (), *, option: str = "-o",
                 database: Path | None = None) -> Path:
    """`path` as a Path, if it can be written: QuizError naming `option` when it is empty, a
    folder, one of `inputs`, or the progress `database` (or a file SQLite keeps beside it)."""
    if not str(path).strip():
        raise QuizError(f"{option}: give a file name to write to")
    path = Path(path)
    if path.is_dir():
        raise QuizError(f"{option}: {path} is a folder; give a file name")
    if database is not None:
        db = Path(database)
        for suffix in ("", *SQLITE_SIDE_FILES):
            if same_file(path, db.with_name(db.name + suffix)):
                raise QuizError(f"{option}: {path} is the progress database; writing there would "
                                "replace every review in it; choose another file")
    for source in inputs:
        if same_file(path, Path(source)):
            same = "" if str(source) == str(path) else f" ({source})"
            raise QuizError(f"{option}: {path} is an input of this command{same}; writing there "
                            "would replace it; choose another file")
    return path
