"""The committed reference files are exactly what the build script derives from shared/data."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from desktop.storage.reference_data import REFERENCE_DIR

PROJECT = Path(__file__).resolve().parent.parent
SHARED_DATA = PROJECT.parent / "shared" / "data"


def test_committed_reference_files_match_the_shared_data(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_reference_data", PROJECT / "tools" / "build_reference_data.py"
    )
    assert spec is not None
    assert spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)

    manifest = builder.build(SHARED_DATA, tmp_path)

    committed = json.loads((REFERENCE_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert manifest == committed
    for built in sorted(tmp_path.glob("*.csv.gz")):
        assert built.read_bytes() == (REFERENCE_DIR / built.name).read_bytes(), built.name
