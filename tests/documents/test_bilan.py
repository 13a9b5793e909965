"""The bilan read back from its PDF (the eight known households), and escale report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.documents.bilan import bilan_file_name, bilan_pdf, load_bilan, write_bilan
from desktop.documents.charts import nice_ceiling
from desktop.documents.output import OutputError
from desktop.paths import database_path
from desktop.reporting.indicators import IndicatorFilter, MonthFigures
from desktop.reporting.months import every_month
from desktop.storage import Database
from tests.documents.reading import page_texts, text_of
from tests.reporting.test_indicators import OFFICER, TODAY, cases  # noqa: F401 - the households

pytestmark = pytest.mark.usefixtures("cases", "escale_passphrase")

NNBSP = "\u202f"
YEAR = IndicatorFilter(registered_from=date(2026, 1, 1), registered_to=date(2026, 12, 31))


def test_the_bilan_prints_the_figures_of_the_period(database: Database) -> None:
    pdf = bilan_pdf(database, YEAR, today=TODAY)
    pages = page_texts(pdf)
    first, everything = pages[0], " ".join(pages)
    assert "Bilan 2026" in first
    assert "Foyers inscrits du 01/01/2026 au 31/12/2026" in first
    assert "Édité le 25/11/2026" in first
    # Gillet registered in December 2025: seven households of 2026, as escale stats counts them.
    assert "7 foyers inscrits" in first
    assert "2 foyers installés" in first
    assert "4 personnes installées" in first
    assert "1 enfants scolarisés" in first
    assert f"60{NNBSP}800{NNBSP}€ dépensés chaque année dans la région" in first
    assert "De l'inscription à l'installation" in everything
    assert "Installations par mois" in everything
    assert "avr. 26" in everything and "mai 26" in everything
    for heading in ("Par département", "Par intercommunalité", "Définitions"):
        assert heading in everything
    assert "Nièvre (58)" in everything
    assert "Territoire non renseigné" in everything
    assert f"15{NNBSP}200{NNBSP}€ par personne installée et par an" in everything
    for number, page in enumerate(pages, start=1):
        assert page.rstrip().endswith(f"page {number} / {len(pages)}")
    assert "Colin" not in everything and "@" not in everything  # counts, never people


def test_the_territory_tables_add_up_to_the_totals(database: Database) -> None:
    text = text_of(bilan_pdf(database, today=TODAY))
    nievre = text[text.index("Nièvre (58)") :]
    # Nièvre: 4 registered, 3 contacted, 3 accompanied, 2 settled, 4 people, 1 schooled.
    assert nievre.startswith(f"Nièvre (58) 4 3 3 2 4 1 60{NNBSP}800{NNBSP}€")
    total = text[text.index("Total") :]
    assert total.startswith(f"Total 8 6 4 2 4 1 60{NNBSP}800{NNBSP}€")


def test_a_departement_and_other_filters_are_named_on_the_cover(database: Database) -> None:
    flt = IndicatorFilter(departement="58", officer_id=OFFICER)
    first = page_texts(bilan_pdf(database, flt, today=TODAY))[0]
    assert "Tous les foyers inscrits · Nièvre (58) · suivis par Claire Dumas" in first
    assert "Bilan du programme d'accueil" in first


def test_an_empty_period_still_makes_a_bilan(database: Database) -> None:
    flt = IndicatorFilter(registered_from=date(2030, 1, 1))
    text = text_of(bilan_pdf(database, flt, today=TODAY))
    assert "Aucun foyer ne s'est inscrit sur cette période." in text
    assert "Aucune installation sur la période." in text


def test_file_names_say_what_the_bilan_covers() -> None:
    assert bilan_file_name(YEAR, TODAY) == "bilan-2026.pdf"
    assert bilan_file_name(IndicatorFilter(departement="2A"), TODAY) == "bilan-2a-2026-11-25.pdf"
    spring = IndicatorFilter(registered_from=date(2026, 3, 1), registered_to=date(2026, 5, 31))
    assert bilan_file_name(spring, TODAY) == "bilan-2026-03-01-au-2026-05-31.pdf"


@pytest.mark.parametrize(("top", "ceiling"), [(0, 4), (3, 4), (7, 8), (29, 40), (375, 400)])
def test_chart_axes_end_on_round_numbers(top: int, ceiling: int) -> None:
    assert nice_ceiling(top) == ceiling


def test_an_unwritable_folder_is_said_in_french(database: Database, tmp_path: Path) -> None:
    data = load_bilan(database, today=TODAY)
    with pytest.raises(OutputError, match="le dossier n'existe pas"):
        write_bilan(tmp_path / "absent" / "bilan.pdf", data)


def test_escale_report_writes_the_bilan(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "bilan 2026.pdf"
    status = main(
        [
            "report",
            "--data-dir",
            str(data_dir),
            "--from",
            "01/01/2026",
            "--to",
            "2026-12-31",
            "--departement",
            "58",
            "-o",
            str(output),
        ]
    )
    assert status == 0
    pages = len(PdfReader(output).pages)
    assert capsys.readouterr().out.strip() == (
        f"Bilan — foyers inscrits du 01/01/2026 au 31/12/2026 (3 foyers) : {pages} pages, {output}"
    )
    assert "Nièvre (58)" in text_of(output)
    assert database_path(data_dir).exists()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--from", "31/02/2026"], "--from : « 31/02/2026 » n'existe pas"),
        (["--from", "2026-05-01", "--to", "2026-01-01"], "--to : la période finit le 01/01/2026"),
        (["--departement", "99"], "--departement : aucun département n'a le code « 99 »"),
        (["--spending-per-person", "-5"], "--spending-per-person attend un montant positif"),
    ],
)
def test_escale_report_refuses_bad_input_in_french(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: list[str],
    message: str,
) -> None:
    output = tmp_path / "bilan.pdf"
    assert main(["report", "--data-dir", str(data_dir), *options, "-o", str(output)]) == 2
    assert message in capsys.readouterr().err
    assert not output.exists()


def test_escale_report_into_a_missing_folder(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "absent" / "bilan.pdf"
    assert main(["report", "--data-dir", str(data_dir), "-o", str(output)]) == 2
    assert "le dossier n'existe pas. Choisissez un autre dossier." in capsys.readouterr().err


def test_charts_show_every_month_between_the_first_and_last_settlement() -> None:
    months = every_month(
        [MonthFigures(date(2025, 11, 1), 1, 3), MonthFigures(date(2026, 2, 1), 2, 5)]
    )
    assert [(month.month, month.people) for month in months] == [
        (date(2025, 11, 1), 3),
        (date(2025, 12, 1), 0),
        (date(2026, 1, 1), 0),
        (date(2026, 2, 1), 5),
    ]
    assert every_month([]) == []
