"""Logging to a file in the data folder: stack traces go there, never to the screen."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop.paths import log_path


def setup_logging(data_dir: Path, *, verbose: bool = False) -> Path | None:
    """Send the log to ``escale.log`` in ``data_dir``; return its path (``None`` if unwritable)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    path = log_path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        path = None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.handlers = [handler]
    return path
