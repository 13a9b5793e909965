"""The *bilan*: the programme's figures for a period, ready to hand to elected officials.

What it shows, in this order: the period and the territory it covers; the
headline figures (registered, contacted, accompanied, settled households and
people, children schooled, yearly spending in the region, median time to
settle); a sentence that says them; for an event, the stand's tally (its
visitors by wished territory and by project); the funnel from registration to settling
with the rate of each step; the settlements month by month; a table by
département then by intercommunality (each with its totals); and a short note
that defines every figure, so the numbers quoted from it are read the same way
by everyone. Every page ends with "page x / y".

The figures are those of :func:`~desktop.reporting.indicators.compute_indicators`
(the dashboard's and ``escale stats``'s): nothing personal is printed, only
counts. Like the dossier, it is built without Qt, from a worker thread or the
command line (``escale report``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import Connection, text

from desktop.documents import french, programme
from desktop.documents.charts import funnel_drawing, monthly_bars_drawing
from desktop.documents.fonts import BOLD, REGULAR
from desktop.documents.markup import escape, fixed
from desktop.documents.output import write_file
from desktop.documents.renderer import Document, SectionTitle, paragraph, ruled_table, style
from desktop.i18n import translate
from desktop.labels import source_label
from desktop.reporting.indicators import (
    DEFAULT_SPENDING_PER_PERSON_EUR,
    IndicatorFilter,
    Indicators,
    TerritoryFigures,
    compute_indicators,
)
from desktop.reporting.months import every_month
from desktop.reporting.presentation import stand_count, stand_heading, unknown_territory_label
from desktop.reporting.stand import StandTally, TallyRow, compute_stand_tally
from desktop.storage import Database

NNBSP = french.NNBSP
_Row = TypeVar("_Row", TallyRow, TerritoryFigures)


def _t(text_: str) -> str:
    return translate("Bilan", text_)


def _text(text_: str) -> str:
    """Plain text as paragraph markup, a narrow no-break space before « : » and « ; »."""
    return escape(text_.replace(" :", f"{NNBSP}:").replace(" ;", f"{NNBSP};"))


@dataclass(frozen=True)
class BilanData:
    """What the bilan prints: the figures, and the few names it needs to say what they cover."""

    indicators: Indicators
    today: date
    scope: list[str] = field(default_factory=list)
    """What the figures are about beyond the period: « Nièvre (58) », « Salon de Paris »…"""
    epci_departements: dict[str, str] = field(default_factory=dict)
    """Each intercommunality's département (the one most of its communes are in)."""
    stand: StandTally | None = None
    """The stand's tally, when the figures are an event's."""


def load_bilan(
    database: Database,
    flt: IndicatorFilter | None = None,
    *,
    today: date,
    spending_per_person_eur: int = DEFAULT_SPENDING_PER_PERSON_EUR,
) -> BilanData:
    """Compute the figures of ``flt`` and read the names the bilan prints, in one connection."""
    flt = flt or IndicatorFilter()
    with database.engine.connect() as connection:
        indicators = compute_indicators(
            connection, flt, spending_per_person_eur=spending_per_person_eur
        )
        scope = _scope_labels(connection, flt)
        stand = compute_stand_tally(connection, flt)
        sirens = [row.code for row in indicators.by_epci if row.code]
        if stand is not None:
            sirens += [row.code for row in stand.by_epci if row.code]
        departements = _epci_departements(connection, sorted(set(sirens)))
    return BilanData(indicators, today, scope, departements, stand)


def render_bilan(data: BilanData) -> bytes:
    return Bilan(data).render()


def bilan_pdf(
    database: Database,
    flt: IndicatorFilter | None = None,
    *,
    today: date,
    spending_per_person_eur: int = DEFAULT_SPENDING_PER_PERSON_EUR,
) -> bytes:
    """The bilan of ``flt`` as PDF bytes (for the preview, or to write)."""
    return render_bilan(
        load_bilan(database, flt, today=today, spending_per_person_eur=spending_per_person_eur)
    )


def write_bilan(path: Path, data: BilanData) -> Path:
    """Render and write to ``path``, whole or not at all.

    Raises:
        OutputError: the folder cannot be written (French message).
    """
    return write_file(path, render_bilan(data))


def bilan_file_name(flt: IndicatorFilter, today: date) -> str:
    """``bilan-2026-01-01-au-2026-12-31.pdf``, ``bilan-58-2026.pdf``…: says what it covers."""
    parts = ["bilan"]
    if flt.departement:
        parts.append(flt.departement.lower())
    year = _calendar_year(flt)
    if year is not None:
        parts.append(str(year))
    elif flt.registered_from or flt.registered_to:
        start = flt.registered_from.isoformat() if flt.registered_from else "debut"
        end = flt.registered_to.isoformat() if flt.registered_to else today.isoformat()
        parts.append(f"{start}-au-{end}")
    else:
        parts.append(today.isoformat())
    return "-".join(parts) + ".pdf"


def _calendar_year(flt: IndicatorFilter) -> int | None:
    start, end = flt.registered_from, flt.registered_to
    if start and end and start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return start.year
    return None


def period_text(flt: IndicatorFilter) -> str:
    """« Foyers inscrits du 01/01/2026 au 31/12/2026 », or « Tous les foyers inscrits »."""
    start, end = flt.registered_from, flt.registered_to
    if start and end:
        return _t("Foyers inscrits du {start} au {end}").format(
            start=french.day(start), end=french.day(end)
        )
    if start:
        return _t("Foyers inscrits depuis le {start}").format(start=french.day(start))
    if end:
        return _t("Foyers inscrits jusqu'au {end}").format(end=french.day(end))
    return _t("Tous les foyers inscrits")


def _scope_labels(connection: Connection, flt: IndicatorFilter) -> list[str]:
    labels: list[str] = []

    def name(sql: str, key: str) -> str | None:
        value = connection.execute(text(sql), {"key": key}).scalar()
        return str(value) if value is not None else None

    if flt.departement:
        found = name("SELECT name FROM departement WHERE code = :key", flt.departement)
        labels.append(f"{found} ({flt.departement})" if found else flt.departement)
    if flt.epci:
        labels.append(name("SELECT name FROM epci WHERE siren = :key", flt.epci) or flt.epci)
    if flt.officer_id:
        officer = name("SELECT name FROM officer WHERE id = :key", _stored_id(flt.officer_id))
        labels.append(_t("suivis par {name}").format(name=officer or "?"))
    if flt.source:
        labels.append(_t("origine : {source}").format(source=source_label(flt.source)))
    if flt.event_id:
        event = name("SELECT name FROM event WHERE id = :key", _stored_id(flt.event_id))
        labels.append(_t("rencontrés : {event}").format(event=event or "?"))
    return labels


def _stored_id(value: uuid.UUID) -> str:
    return value.hex


def _epci_departements(connection: Connection, sirens: Sequence[str]) -> dict[str, str]:
    if not sirens:
        return {}
    params = {f"s{index}": siren for index, siren in enumerate(sirens)}
    rows = connection.execute(
        text(
            "SELECT epci_siren, departement_code, count(*) FROM commune "
            f"WHERE epci_siren IN ({', '.join(':' + key for key in params)}) "
            "GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2"
        ),
        params,
    )
    departements: dict[str, str] = {}
    for siren, departement, _communes in rows:
        departements.setdefault(str(siren), str(departement))
    return departements


# Formatting ---------------------------------------------------------------------------


def money(value: int) -> str:
    """``5700000`` → ``5,7 M€``; ``60800`` → ``60 800 €`` (narrow no-break spaces)."""
    if abs(value) >= 1_000_000:
        millions = f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".")
        return f"{millions.replace('.', ',')}{NNBSP}M€"
    return french.euros(value)


def rate(value: float | None) -> str:
    """``0.105`` → ``10,5 %``; ``—`` when there is nothing to divide."""
    if value is None:
        return "—"
    return f"{value * 100:.1f}".replace(".", ",") + f"{NNBSP}%"


def days(value: float | None) -> str:
    if value is None:
        return "—"
    return _t("{days} jours").format(days=french.number(round(value)))


def _styles() -> dict[str, ParagraphStyle]:
    body = style("body")
    return {
        "value": ParagraphStyle(
            "bilan_value",
            parent=body,
            fontName=BOLD,
            fontSize=19,
            leading=23,
            textColor=programme.BLUE,
            spaceAfter=1,
        ),
        "caption": ParagraphStyle(
            "bilan_caption", parent=body, fontSize=8, leading=10.5, spaceAfter=0
        ),
        "detail": ParagraphStyle(
            "bilan_detail",
            parent=body,
            fontSize=7.5,
            leading=10,
            textColor=programme.MUTED,
            spaceAfter=0,
        ),
        "number": ParagraphStyle(
            "bilan_number", parent=style("cell"), alignment=TA_RIGHT, spaceAfter=0
        ),
        "number_bold": ParagraphStyle(
            "bilan_number_bold", parent=style("cell_bold"), alignment=TA_RIGHT, spaceAfter=0
        ),
        "head_right": ParagraphStyle(
            "bilan_head_right", parent=style("cell_head"), alignment=TA_RIGHT
        ),
        "caption_center": ParagraphStyle(
            "bilan_chart_caption",
            parent=style("small"),
            alignment=TA_CENTER,
            spaceBefore=2,
        ),
    }


# The document --------------------------------------------------------------------------


class Bilan(Document):
    """The bilan of one period (see the module docstring)."""

    def __init__(self, data: BilanData) -> None:
        self.data = data
        self.figures = data.indicators
        self.styles = _styles()
        period = period_text(self.figures.filter)
        self.title = _t("Bilan du programme — {period}").format(period=period)
        self.subject = _t("Indicateurs du programme d'accueil des nouveaux habitants")
        self.running_title = _t("Bilan du programme · {period}").format(period=period)

    def draw_first_page(self, canvas: Canvas) -> None:
        super().draw_first_page(canvas)
        width, height = self.page_size
        right = width - self.margin_right
        canvas.setFillColor(programme.WHITE)
        canvas.setFont(BOLD, 11)
        canvas.drawRightString(right, height - 16 * mm, _t("Bilan du programme"))
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(programme.TAGLINE_ON_BLUE)
        canvas.drawRightString(
            right, height - 21.5 * mm, _t("Édité le {day}").format(day=french.day(self.data.today))
        )

    def story(self) -> list[Flowable]:
        flowables = self._cover()
        flowables += self._headline()
        flowables += self._stand()
        flowables += self._funnel()
        flowables += self._months()
        flowables += self._territories()
        flowables += self._methodology()
        return flowables

    # Cover and headline figures ---------------------------------------------------------

    def _cover(self) -> list[Flowable]:
        flt = self.figures.filter
        year = _calendar_year(flt)
        title = (
            _t("Bilan {year}").format(year=year)
            if year is not None
            else _t("Bilan du programme d'accueil")
        )
        scope = [period_text(flt), *self.data.scope]
        return [
            paragraph(_text(_t("Accueil des nouveaux habitants").upper()), "kicker"),
            paragraph(_text(title), "title"),
            paragraph(_text(" · ".join(scope)), "lead"),
            Spacer(1, 3 * mm),
        ]

    def _headline(self) -> list[Flowable]:
        figures = self.figures
        people = _t("{count} personnes")
        cards = [
            (
                french.number(figures.registered.households),
                _t("foyers inscrits"),
                people.format(count=french.number(figures.registered.people)),
            ),
            (
                french.number(figures.contacted.households),
                _t("foyers contactés"),
                _t("{rate} des inscrits").format(rate=rate(figures.contact_rate)),
            ),
            (
                french.number(figures.accompanied.households),
                _t("foyers accompagnés"),
                _t("{rate} des contactés").format(rate=rate(figures.accompaniment_rate)),
            ),
            (
                french.number(figures.settled.households),
                _t("foyers installés"),
                _t("{rate} des accompagnés").format(rate=rate(figures.settlement_rate)),
            ),
            (
                french.number(figures.settled.people),
                _t("personnes installées"),
                _t("{adults} adultes, {children} enfants").format(
                    adults=french.number(figures.adults_settled),
                    children=french.number(figures.children_settled),
                ),
            ),
            (
                french.number(figures.children_schooled),
                _t("enfants scolarisés"),
                _t("dans les familles installées"),
            ),
            (
                money(figures.yearly_spending_eur),
                _t("dépensés chaque année dans la région"),
                _t("{amount} par personne installée").format(
                    amount=french.euros(figures.spending_per_person_eur)
                ),
            ),
            (
                days(figures.median_days_to_settle),
                _t("de l'inscription à l'installation"),
                _t("délai médian"),
            ),
        ]
        columns = 4
        width = self.content_width / columns
        cells = [
            [
                _cell(value, self.styles["value"]),
                _cell(caption, self.styles["caption"]),
                _cell(detail, self.styles["detail"]),
            ]
            for value, caption, detail in cards
        ]
        rows = [cells[start : start + columns] for start in range(0, len(cells), columns)]
        table = Table(rows, colWidths=[width] * columns, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), programme.BLUE_PALE),
                    ("GRID", (0, 0), (-1, -1), 5, programme.WHITE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                    ("LINEABOVE", (0, 0), (-1, 0), 2.5, programme.ACCENT),
                ]
            )
        )
        return [table, Spacer(1, 4 * mm), paragraph(self._summary_sentence(), "lead")]

    def _summary_sentence(self) -> str:
        figures = self.figures
        if not figures.registered.households:
            return _text(_t("Aucun foyer ne s'est inscrit sur cette période."))
        return _text(
            _t(
                "Sur {registered} foyers inscrits, {accompanied} ont été accompagnés et "
                "{settled} se sont installés dans la région : {people} personnes, dont "
                "{schooled} enfants aujourd'hui scolarisés. Ils y dépensent environ {money} "
                "par an."
            ).format(
                registered=french.number(figures.registered.households),
                accompanied=french.number(figures.accompanied.households),
                settled=french.number(figures.settled.households),
                people=french.number(figures.settled.people),
                schooled=french.number(figures.children_schooled),
                money=money(figures.yearly_spending_eur),
            )
        )

    # The stand's tally -------------------------------------------------------------------

    def _stand(self) -> list[Flowable]:
        """The event's visitors: by wished département and by project side by side, then by EPCI."""
        stand = self.data.stand
        if stand is None:
            return []
        lead = paragraph(
            _text(
                _t("{event} : {count} rencontrés sur le stand.").format(
                    event=stand_heading(stand),
                    count=stand_count(stand.households, stand.people),
                )
            ),
            "body",
        )
        half = (self.content_width - 6 * mm) / 2
        departements = self._tally_table(
            stand.by_departement,
            _t("Département souhaité"),
            half,
            name=lambda row: f"{row.name} ({row.code})" if row.code else unknown_territory_label(),
        )
        projects = self._tally_table(
            stand.by_project, _t("Projet"), half, name=lambda row: row.name
        )
        side_by_side = _side_by_side([departements, projects], [half + 6 * mm, half])
        note = paragraph(
            _text(
                _t(
                    "Visiteurs : les foyers enregistrés à cet événement, quel que soit leur "
                    "dossier depuis. Territoire : leur premier souhait. Un foyer peut avoir "
                    "plusieurs projets : les lignes par projet peuvent dépasser le total."
                )
            ),
            "small",
        )
        epcis = self._tally_table(
            self._by_departement(stand.by_epci, lambda row: row.households),
            _t("Intercommunalité souhaitée"),
            self.content_width,
            name=lambda row: (
                f"{row.name} ({self.data.epci_departements.get(row.code, '?')})"
                if row.code
                else _t("Intercommunalité non précisée (souhait d'un département)")
            ),
        )
        return [
            SectionTitle(_t("Bilan du stand")),
            lead,
            Spacer(1, 2 * mm),
            side_by_side,
            Spacer(1, 2 * mm),
            note,
            Spacer(1, 3 * mm),
            epcis,
        ]

    def _by_departement(self, epcis: Sequence[_Row], count: Callable[[_Row], int]) -> list[_Row]:
        """Intercommunalities by their département, the largest ``count`` first; unknown last."""
        return sorted(
            epcis,
            key=lambda row: (
                row.code is None,
                self.data.epci_departements.get(row.code or "", "~"),
                -count(row),
                row.name,
            ),
        )

    def _tally_table(
        self,
        rows: Sequence[TallyRow],
        heading: str,
        width: float,
        *,
        name: Callable[[TallyRow], str],
    ) -> Table:
        """Visitors (households, people) by one criterion."""
        head_right = self.styles["head_right"]
        number = self.styles["number"]
        table_rows: list[list[Any]] = [
            [
                paragraph(_text(heading), "cell_head"),
                _cell(_t("Foyers"), head_right),
                _cell(_t("Personnes"), head_right),
            ]
        ]
        for row in rows:
            table_rows.append(
                [
                    paragraph(_text(name(row)), "cell"),
                    _cell(french.number(row.households), number),
                    _cell(french.number(row.people), number),
                ]
            )
        numbers = [16 * mm, 20 * mm]
        return ruled_table(table_rows, [width - sum(numbers), *numbers])

    # Charts ------------------------------------------------------------------------------

    def _funnel(self) -> list[Flowable]:
        figures = self.figures
        steps = [
            (_t("Inscrits"), figures.registered, None),
            (_t("Contactés"), figures.contacted, figures.contact_rate),
            (_t("Accompagnés"), figures.accompanied, figures.accompaniment_rate),
            (_t("Installés"), figures.settled, figures.settlement_rate),
        ]
        chart_width = self.content_width * 0.46
        drawing = funnel_drawing(
            [(label, step.households) for label, step, _rate in steps], chart_width, 52 * mm
        )
        heads = [_t("Étape"), _t("Foyers"), _t("Personnes"), _t("Taux")]
        rows: list[list[Any]] = [
            [
                paragraph(_text(heads[0]), "cell_head"),
                *[_cell(head, self.styles["head_right"]) for head in heads[1:]],
            ]
        ]
        for label, step, step_rate in steps:
            rows.append(
                [
                    paragraph(_text(label), "cell_bold"),
                    _cell(french.number(step.households), self.styles["number"]),
                    _cell(french.number(step.people), self.styles["number"]),
                    _cell(rate(step_rate) if step_rate is not None else "", self.styles["number"]),
                ]
            )
        side_width = self.content_width - chart_width - 6 * mm
        table = ruled_table(rows, [side_width - 60 * mm, 18 * mm, 22 * mm, 20 * mm])
        note = paragraph(
            _text(
                _t(
                    "Le taux de chaque étape rapporte ses foyers à ceux de l'étape précédente. "
                    "De l'inscription à l'installation : {overall}."
                ).format(overall=rate(figures.overall_rate))
            ),
            "small",
        )
        layout = _side_by_side(
            [drawing, [table, Spacer(1, 2 * mm), note]], [chart_width + 6 * mm, side_width]
        )
        return [
            SectionTitle(_t("De l'inscription à l'installation")),
            KeepTogether([layout]),
        ]

    def _months(self) -> list[Flowable]:
        title = SectionTitle(_t("Installations par mois"))
        title.room_below = 78 * mm  # the chart's height: never a title alone at a page's foot
        months = every_month(self.figures.settlements_by_month)
        if not months:
            return [
                title,
                paragraph(_text(_t("Aucune installation sur la période.")), "emphasis"),
            ]
        drawing = monthly_bars_drawing(
            [month.month for month in months],
            [
                (_t("foyers installés"), [month.households for month in months], programme.BLUE),
                (_t("personnes installées"), [month.people for month in months], programme.ACCENT),
            ],
            self.content_width,
            62 * mm,
        )
        return [
            title,
            KeepTogether(
                [
                    drawing,
                    paragraph(
                        _text(
                            _t(
                                "Mois où le foyer s'est installé (date d'emménagement), "
                                "pour les foyers inscrits sur la période."
                            )
                        ),
                        "small",
                    ),
                ]
            ),
        ]

    # Territories -------------------------------------------------------------------------

    def _territories(self) -> list[Flowable]:
        figures = self.figures
        flowables: list[Flowable] = [
            SectionTitle(_t("Par département")),
            paragraph(
                _text(
                    _t(
                        "Un foyer compte là où il s'est installé, sinon dans le premier "
                        "territoire qu'il souhaite : les lignes s'additionnent au total."
                    )
                ),
                "small",
            ),
        ]
        flowables.append(
            self._territory_table(
                figures.by_departement,
                _t("Département"),
                name=lambda row: f"{row.name} ({row.code})",
            )
        )
        if figures.by_epci:
            flowables += [
                SectionTitle(_t("Par intercommunalité")),
                self._territory_table(
                    self._by_departement(figures.by_epci, lambda row: row.registered),
                    _t("Intercommunalité"),
                    name=lambda row: row.name,
                    epci=True,
                ),
            ]
        return flowables

    def _territory_table(
        self,
        rows: Sequence[TerritoryFigures],
        heading: str,
        *,
        name: Callable[[TerritoryFigures], str],
        epci: bool = False,
    ) -> Table:
        """One line per territory and a total; the intercommunalities' skip « Contactés »."""
        figures = self.figures
        columns: list[tuple[str, float, Callable[[TerritoryFigures], str], str]] = [
            (
                _t("Inscrits"),
                14,
                lambda row: french.number(row.registered),
                french.number(figures.registered.households),
            ),
            (
                _t("Contactés"),
                18,
                lambda row: french.number(row.contacted),
                french.number(figures.contacted.households),
            ),
            (
                _t("Accompagnés"),
                24,
                lambda row: french.number(row.accompanied),
                french.number(figures.accompanied.households),
            ),
            (
                _t("Foyers installés"),
                17,
                lambda row: french.number(row.settled),
                french.number(figures.settled.households),
            ),
            (
                _t("Personnes installées"),
                18.5,
                lambda row: french.number(row.people_settled),
                french.number(figures.settled.people),
            ),
            (
                _t("Enfants scolarisés"),
                18,
                lambda row: french.number(row.children_schooled),
                french.number(figures.children_schooled),
            ),
            (
                _t("Dépenses par an"),
                19,
                lambda row: money(row.yearly_spending_eur) if row.yearly_spending_eur else "—",
                money(figures.yearly_spending_eur),
            ),
        ]
        if epci:
            del columns[1]
        number, bold = self.styles["number"], self.styles["number_bold"]
        unknown = (
            _t("Intercommunalité non précisée (souhait d'un département)")
            if epci
            else unknown_territory_label()
        )
        first = [paragraph(_text(heading), "cell_head")]
        if epci:
            first.append(paragraph(_text(_t("Dép.")), "cell_head"))
        table_rows: list[list[Any]] = [
            [*first, *[_cell(head, self.styles["head_right"]) for head, *_rest in columns]]
        ]
        for row in rows:
            label = name(row) if row.code else unknown
            cells: list[Any] = [paragraph(_text(label), "cell")]
            if epci:
                code = self.data.epci_departements.get(row.code or "", "")
                cells.append(paragraph(_text(code), "cell_muted"))
            table_rows.append(
                [*cells, *[_cell(value(row), number) for _head, _width, value, _total in columns]]
            )
        total: list[Any] = [paragraph(_text(_t("Total")), "cell_bold")]
        if epci:
            total.append("")
        table_rows.append([*total, *[_cell(value, bold) for *_rest, value in columns]])
        code_width = [11 * mm] if epci else []
        number_widths = [width * mm for _head, width, _value, _total in columns]
        name_width = self.content_width - sum(code_width) - sum(number_widths)
        return ruled_table(
            table_rows,
            [name_width, *code_width, *number_widths],
            extra=[
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, programme.BLUE),
                ("LEFTPADDING", (1, 0), (-1, -1), 3),
                ("RIGHTPADDING", (1, 0), (-1, -1), 4),
            ],
        )

    # Methodology -------------------------------------------------------------------------

    def _methodology(self) -> list[Flowable]:
        figures = self.figures
        definitions = [
            (
                _t("Inscrits"),
                _t(
                    "les foyers dont la date d'inscription tombe dans la période ; tous les "
                    "autres chiffres suivent ces mêmes foyers, où qu'ils en soient aujourd'hui."
                ),
            ),
            (
                _t("Contactés, accompagnés"),
                _t(
                    "les foyers qui ont atteint cette étape un jour, même mis en pause ou "
                    "abandonnés depuis."
                ),
            ),
            (
                _t("Installés, abandons"),
                _t(
                    "les foyers qui le sont aujourd'hui : une installation annulée ou un "
                    "abandon repris ne comptent plus."
                ),
            ),
            (
                _t("Personnes installées, enfants scolarisés"),
                _t(
                    "tels que la fiche d'installation les enregistre (adultes, enfants, "
                    "enfants inscrits à l'école)."
                ),
            ),
            (
                _t("Délai médian"),
                _t(
                    "la moitié des foyers installés l'ont été en moins de temps, de leur "
                    "inscription à leur emménagement."
                ),
            ),
            (
                _t("Dépenses dans la région"),
                _t(
                    "estimation du programme : {amount} par personne installée et par an, "
                    "multipliés par le nombre de personnes installées."
                ).format(amount=french.euros(figures.spending_per_person_eur)),
            ),
            (
                _t("Territoire"),
                _t(
                    "la commune où le foyer s'est installé, sinon le premier territoire qu'il "
                    "souhaite ; les foyers sans souhait sont comptés à part."
                ),
            ),
        ]
        flowables: list[Flowable] = [SectionTitle(_t("Définitions"))]
        for term, definition in definitions:
            flowables.append(
                paragraph(
                    fixed(f"<b>{_text(term)}</b>{NNBSP}: {_text(definition)}"), "bullet", bullet="•"
                )
            )
        flowables.append(Spacer(1, 2 * mm))
        flowables.append(
            paragraph(
                _text(
                    _t(
                        "Chiffres tirés des dossiers tenus par les chargés d'accueil dans Escale, "
                        "le {day}. Aucun nom ni aucune donnée personnelle ne figure dans ce "
                        "bilan."
                    ).format(day=french.day(self.data.today))
                ),
                "small",
            )
        )
        return flowables


def _side_by_side(cells: list[Any], widths: list[float]) -> Table:
    """Flowables next to each other, tops aligned, with no padding of their own."""
    layout = Table([cells], colWidths=widths, hAlign="LEFT")
    layout.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return layout


def _cell(value: str, cell_style: ParagraphStyle) -> Paragraph:
    """Plain text in a style of this module (narrow no-break spaces kept)."""
    return Paragraph(_text(value), cell_style)
