"""Derive Escale's compact reference files from the shared INSEE / La Poste data.

Run from the project root when ``../shared/data`` changes::

    .venv/bin/python tools/build_reference_data.py [--source ../shared/data]

It writes ``resources/reference/*.csv.gz`` (deterministic: same input, same bytes)
and ``manifest.json``, whose ``version`` tells databases to reload their copy.
Only current communes (``commune-actuelle``) are kept: the former and delegated
ones are not places anyone lives in today.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
TARGET = PROJECT / "resources" / "reference"
SOURCE_VERSION = "@etalab/decoupage-administratif 6.0.0 (COG 2026, base La Poste)"


def write_table(target: Path, name: str, header: list[str], rows: list[list[Any]]) -> str:
    """Write one gzip'd CSV with a fixed mtime, so rebuilding changes no byte."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = text.getvalue().encode("utf-8")
    with (
        (TARGET / f"{name}.csv.gz").open("wb") as raw,
        gzip.GzipFile(
            filename=f"{name}.csv", mode="wb", fileobj=raw, mtime=0, compresslevel=9
        ) as archive,
    ):
        archive.write(data)
    return hashlib.sha256(data).hexdigest()


def load(source: Path, name: str) -> list[dict[str, Any]]:
    return json.loads((source / f"{name}.json").read_text(encoding="utf-8"))


def build(source: Path, target: Path = TARGET) -> dict[str, Any]:
    target.mkdir(parents=True, exist_ok=True)
    regions = sorted(load(source, "regions"), key=lambda r: r["code"])
    departements = sorted(load(source, "departements"), key=lambda d: d["code"])
    epcis = sorted(load(source, "epci"), key=lambda e: e["code"])
    communes = sorted(
        (c for c in load(source, "communes") if c["type"] == "commune-actuelle"),
        key=lambda c: c["code"],
    )
    epci_of = {member["code"]: epci["code"] for epci in epcis for member in epci["membres"]}

    digests = {
        "regions": write_table(
            target, "regions", ["code", "nom"], [[r["code"], r["nom"]] for r in regions]
        ),
        "departements": write_table(
            target,
            "departements",
            ["code", "nom", "region"],
            [[d["code"], d["nom"], d["region"]] for d in departements],
        ),
        "epci": write_table(
            target,
            "epci",
            ["siren", "nom", "type", "population"],
            [[e["code"], e["nom"], e["type"], e["populationTotale"]] for e in epcis],
        ),
        "communes": write_table(
            target,
            "communes",
            ["code", "nom", "departement", "region", "epci", "population", "codes_postaux"],
            [
                [
                    c["code"],
                    c["nom"],
                    c["departement"],
                    c["region"],
                    epci_of.get(c["code"], ""),
                    c.get("population", ""),
                    " ".join(sorted(c.get("codesPostaux", []))),
                ]
                for c in communes
            ],
        ),
    }
    manifest = {
        "source": SOURCE_VERSION,
        "licence": "Licence Ouverte (INSEE, La Poste) ; paquet npm sous licence MIT",
        "version": hashlib.sha256("".join(sorted(digests.values())).encode()).hexdigest()[:16],
        "counts": {
            "regions": len(regions),
            "departements": len(departements),
            "epci": len(epcis),
            "communes": len(communes),
        },
    }
    (target / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=PROJECT.parent / "shared" / "data")
    manifest = build(parser.parse_args().source)
    print(json.dumps(manifest["counts"]))


if __name__ == "__main__":
    main()
