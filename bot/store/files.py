"""The store's files on disk: created private, and checked for who else can read them.

The store holds post keys, levels, drafts and their posts' text, and names of helpers and posters:
only the account running llumi should read it (directory 0700, files 0600), and the same goes for
`.env`, which holds the platform secrets.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path


def create_private(path: Path) -> None:
    """Create the store's directory (0700) and file (0600) before SQLite does (it would follow
    the umask, usually world-readable); SQLite gives its -wal and -shm files the file's mode."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def read_or_create_secret(path: Path, *, create: bool) -> bytes | None:
    """The store's private key (0600, beside it), created on first need."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if not create:
            return None
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return path.read_bytes()
    key = secrets.token_bytes(32)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def readable_by_others(path: Path) -> str | None:
    """ "group" or "others" when someone besides the owner may read `path` (None: private or
    absent). A directory counts when others may enter it."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    bits = (stat.S_IROTH | stat.S_IXOTH, stat.S_IRGRP | stat.S_IXGRP)
    if not path.is_dir():
        bits = (stat.S_IROTH, stat.S_IRGRP)
    if mode & bits[0]:
        return "others"
    if mode & bits[1]:
        return "group"
    return None


def store_files(db_path: Path) -> list[Path]:
    """The store's directory and every file of it that exists (database, WAL, key)."""
    names = [f"{db_path}{suffix}" for suffix in ("", "-wal", "-shm", ".key")]
    return [db_path.parent, *(Path(n) for n in names if Path(n).exists())]
