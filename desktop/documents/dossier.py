"""The *dossier d'installation* of one household, in its two versions.

**Version du foyer** (handed to the household): a cover with the household's
name, their officer's contact and a QR code to the programme's website; their
project as understood (types, maturity, housing wishes and budget, arrival
date); the members of the household with their own contact details; each need
and where it stands; the offers and partners proposed, with their contacts; a
presentation of each wished territory (reference figures and the editable
texts of ``resources/territories``); next steps as a checklist with dates; a
note on their personal data.

It **never** contains exchanges (internal or not: their summaries are the
officer's words), internal notes, notes on needs or referrals, the texts of
follow-ups (only the date of the next contact, as "prochain rendez-vous"),
status reasons, the print log, or anything of another household. The data it
is built from does not hold them (:mod:`desktop.documents.dossier_data`), and
``tests/documents`` reads the PDF back to check.

**Version chargé d'accueil** (internal): all of the above, plus the case status
and its history with reasons, follow-ups open and done, every exchange (the
internal ones marked), the notes on needs and referrals, and who printed the
dossier when. Each of its pages says it is not to be handed out.

Documents are written in French through :func:`desktop.i18n.translate`, like
every visible text.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desktop.cases.timeline import channel_label
from desktop.documents import french, programme
from desktop.documents.dossier_data import (
    DossierData,
    Member,
    NeedItem,
    ReferralItem,
    TerritoryFacts,
    load_dossier,
)
from desktop.documents.fonts import BOLD, REGULAR
from desktop.documents.markup import escape, fixed, inline_markdown
from desktop.documents.output import write_file
from desktop.documents.qr import qr_drawing
from desktop.documents.renderer import Document, SectionTitle, paragraph, ruled_table
from desktop.documents.territory_texts import TERRITORIES_DIR
from desktop.i18n import translate
from desktop.labels import (
    document_version_label,
    housing_tenure_label,
    housing_type_label,
    maturity_label,
    need_domain_label,
    need_state_label,
    offer_kind_label,
    partner_category_label,
    person_role_label,
    project_type_label,
    referral_state_label,
    school_level_label,
)
from desktop.models import (
    DocumentVersion,
    HousingTenure,
    NeedDomain,
    NeedState,
    ReferralState,
    TerritoryKind,
)
from desktop.storage import Database
from desktop.workflow.status import status_label

NNBSP = french.NNBSP
EPCI_KINDS = {
    "CC": "Communauté de communes",
    "CA": "Communauté d'agglomération",
    "CU": "Communauté urbaine",
    "METRO": "Métropole",
}
QR_SIZE = 27 * mm


def _t(text: str) -> str:
    return translate("Dossier", text)


class _Picture(Flowable):
    """A cached vector drawing placed in the story (drawn, never mutated: safe to share)."""

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.width = drawing.width
        self.height = drawing.height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        renderPDF.draw(self.drawing, self.canv, 0, 0)


class Dossier(Document):
    """The dossier d'installation of one household (see the module docstring)."""

    def __init__(self, data: DossierData) -> None:
        self.data = data
        self.title = _t("Dossier d'installation — {name}").format(name=data.name)
        self.subject = document_version_label(data.version)
        self.running_title = _t("Dossier d'installation · {name}").format(name=data.name)
        self._widths = self.content_width

    # Page decorations --------------------------------------------------------------

    def draw_first_page(self, canvas: Canvas) -> None:
        super().draw_first_page(canvas)
        width, height = self.page_size
        right = width - self.margin_right
        canvas.setFillColor(programme.WHITE)
        canvas.setFont(BOLD, 11)
        canvas.drawRightString(right, height - 16 * mm, _t("Dossier d'installation"))
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(programme.TAGLINE_ON_BLUE)
        canvas.drawRightString(
            right, height - 21.5 * mm, _t("Édité le {day}").format(day=french.day(self.data.today))
        )
        if self.data.internal:
            self._internal_tag(canvas, right, height - 43 * mm)

    def decorate_page(self, canvas: Canvas, number: int, total: int) -> None:
        super().decorate_page(canvas, number, total)
        if self.data.internal:
            width, _height = self.page_size
            self._internal_tag(canvas, width - self.margin_right, 7 * mm)

    @staticmethod
    def _internal_tag(canvas: Canvas, right: float, y: float) -> None:
        """The red "internal" tag, right-aligned at ``right``: on the cover and every footer."""
        text = _t("DOCUMENT INTERNE — NE PAS REMETTRE AU FOYER")
        canvas.saveState()
        canvas.setFont(BOLD, 7)
        width = canvas.stringWidth(text, BOLD, 7) + 8
        canvas.setFillColor(programme.INTERNAL)
        canvas.roundRect(right - width, y - 2.2, width, 10, 2, stroke=0, fill=1)
        canvas.setFillColor(programme.WHITE)
        canvas.drawRightString(right - 4, y + 0.6, text)
        canvas.restoreState()

    # Story ---------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        data = self.data
        flowables: list[Flowable] = [*self._cover()]
        flowables += self._project()
        flowables += self._members()
        flowables += self._needs()
        flowables += self._referrals()
        flowables += self._territories()
        flowables += self._next_steps()
        if data.internal:
            flowables += self._follow_ups()
            flowables += self._exchanges()
            flowables += self._status_history()
            flowables += self._prints()
        else:
            flowables += self._privacy()
        return flowables

    def _cover(self) -> list[Flowable]:
        data = self.data
        kicker = (
            _t("Dossier d'installation — version chargé d'accueil")
            if data.internal
            else _t("Dossier d'installation")
        )
        flowables: list[Flowable] = [
            paragraph(escape(kicker.upper()), "kicker"),
            paragraph(escape(data.name), "title"),
        ]
        if data.internal:
            facts = [
                _t("Statut : {status}").format(status=status_label(data.status)),
                _t("inscrit le {day}").format(day=french.day(data.registered_at)),
            ]
            if data.event:
                facts.append(_t("rencontré : {event}").format(event=data.event))
            facts.append(_t("réf. {id}").format(id=data.household_id.hex))
            flowables.append(paragraph(escape(" · ".join(facts)), "muted"))
        else:
            flowables.append(
                paragraph(
                    fixed(
                        escape(
                            _t(
                                "Bienvenue ! Ce dossier rassemble ce que nous avons compris de "
                                "votre projet d'installation en {region}, les propositions qui "
                                "vous ont été faites, les contacts utiles et les prochaines "
                                "étapes. Gardez-le à portée de main : votre chargé·e d'accueil "
                                "vous accompagne jusqu'à votre installation."
                            ).format(region=programme.REGION_NAME)
                        )
                    ),
                    "lead",
                )
            )
        flowables += [Spacer(1, 4 * mm), self._contact_card()]
        return flowables

    def _contact_card(self) -> Table:
        officer = self.data.officer
        left: list[Flowable] = [paragraph(escape(_t("Votre chargé·e d'accueil").upper()), "kicker")]
        if officer is not None:
            left.append(paragraph(f"<b>{escape(officer.name)}</b>", "lead"))
            left.append(paragraph(escape(officer.email), "body"))
            if officer.phone:
                left.append(paragraph(escape(french.phone(officer.phone)), "body"))
        else:
            left.append(
                paragraph(
                    escape(
                        _t(
                            "Un·e chargé·e d'accueil vous sera bientôt attribué·e ; en attendant, "
                            "le site du programme répond à vos questions."
                        )
                    ),
                    "body",
                )
            )
        right: list[Flowable] = [
            _Picture(qr_drawing(programme.WEBSITE_URL, QR_SIZE)),
        ]
        text = [
            paragraph(escape(_t("Le programme en ligne").upper()), "kicker"),
            paragraph(
                escape(
                    _t(
                        "Scannez ce code pour retrouver les services, les offres et les "
                        "événements du programme :"
                    )
                ),
                "small",
            ),
            paragraph(
                f'<link href="{escape(programme.WEBSITE_URL)}"><font size="8"><b>'
                f"{escape(programme.WEBSITE_LABEL)}</b></font></link>",
                "cell",
            ),
        ]
        width = self.content_width
        table = Table(
            [[left, right, text]],
            colWidths=[width - QR_SIZE - 72 * mm, QR_SIZE + 6 * mm, 66 * mm],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (0, 0), programme.BLUE_PALE),
                    ("BACKGROUND", (1, 0), (2, 0), programme.ACCENT_PALE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ("LEFTPADDING", (1, 0), (1, 0), 6),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                    ("LEFTPADDING", (2, 0), (2, 0), 6),
                    ("RIGHTPADDING", (2, 0), (2, 0), 4),
                ]
            )
        )
        return table

    def _project(self) -> list[Flowable]:
        data = self.data
        rows: list[tuple[str, str]] = []
        if data.project_types:
            rows.append(
                (_t("Projet"), ", ".join(project_type_label(p) for p in data.project_types))
            )
        if data.maturity is not None:
            rows.append((_t("Avancement"), maturity_label(data.maturity)))
        if data.target_date is not None:
            rows.append((_t("Arrivée envisagée"), french.day(data.target_date)))
        housing = [
            housing_type_label(data.housing_type) if data.housing_type else "",
            housing_tenure_label(data.housing_tenure).lower() if data.housing_tenure else "",
        ]
        if any(housing):
            rows.append((_t("Logement recherché"), " — ".join(part for part in housing if part)))
        if data.housing_budget_eur is not None:
            rows.append(
                (_t("Budget logement"), _budget(data.housing_tenure, data.housing_budget_eur))
            )
        if data.housing_notes:
            rows.append((_t("Précisions sur le logement"), data.housing_notes))
        if data.territories:
            rows.append(
                (
                    _t("Territoires souhaités"),
                    ", ".join(f"{t.rank}. {t.name}" for t in data.territories),
                )
            )
        if data.origin:
            rows.append((_t("Lieu de vie actuel"), data.origin))
        title = (
            _t("Le projet du foyer")
            if data.internal
            else _t("Votre projet, tel que nous l'avons compris")
        )
        flowables: list[Flowable] = [SectionTitle(title)]
        if not rows:
            return [
                *flowables,
                _empty(_t("Le projet reste à préciser lors de votre prochain échange.")),
            ]
        return [*flowables, self._key_values(rows)]

    def _key_values(self, rows: list[tuple[str, str]]) -> Table:
        cells = [
            [paragraph(escape(label), "cell_muted"), paragraph(escape(value), "cell")]
            for label, value in rows
        ]
        return ruled_table(cells, [48 * mm, self.content_width - 48 * mm], header=False)

    def _members(self) -> list[Flowable]:
        data = self.data
        title = _t("Les membres du foyer") if data.internal else _t("Votre foyer")
        flowables: list[Flowable] = [SectionTitle(title)]
        if not data.members:
            return [*flowables, _empty(_t("Aucun membre n'est encore enregistré."))]
        header = [
            paragraph(escape(text), "cell_head")
            for text in (
                _t("Nom"),
                _t("Rôle"),
                _t("Né·e en"),
                _t("Activité, scolarité"),
                _t("Coordonnées"),
            )
        ]
        rows = [header] + [_member_row(member) for member in data.members]
        widths = [40 * mm, 16 * mm, 16 * mm, 50 * mm, self.content_width - 122 * mm]
        return [*flowables, ruled_table(rows, widths)]

    def _needs(self) -> list[Flowable]:
        data = self.data
        title = _t("Les besoins") if data.internal else _t("Vos besoins et où nous en sommes")
        flowables: list[Flowable] = [SectionTitle(title)]
        if not data.needs:
            return [*flowables, _empty(_t("Aucun besoin particulier n'a été noté pour l'instant."))]
        heads = [_t("Besoin"), _t("Pour"), _t("Où en est-on")]
        if data.internal:
            heads.append(_t("Note (interne)"))
            widths = [40 * mm, 28 * mm, 26 * mm, self.content_width - 94 * mm]
        else:
            widths = [70 * mm, 50 * mm, self.content_width - 120 * mm]
        rows: list[list[Any]] = [[paragraph(escape(h), "cell_head") for h in heads]]
        for need in data.needs:
            row = [
                paragraph(f"<b>{escape(need_domain_label(need.domain))}</b>", "cell"),
                paragraph(escape(need.person or _t("tout le foyer")), "cell"),
                _state(need_state_label(need.state), _need_color(need)),
            ]
            if data.internal:
                row.append(
                    paragraph(escape(need.note or "—"), "internal" if need.note else "cell_muted")
                )
            rows.append(row)
        return [*flowables, ruled_table(rows, widths)]

    def _referrals(self) -> list[Flowable]:
        data = self.data
        title = _t("Offres et contacts proposés")
        flowables: list[Flowable] = [SectionTitle(title)]
        if not data.referrals:
            return [
                *flowables,
                _empty(_t("Aucune offre ni aucun partenaire ne vous a encore été proposé.")),
            ]
        heads = [_t("Proposition"), _t("Contact"), _t("Où en est-on")]
        rows: list[list[Any]] = [[paragraph(escape(h), "cell_head") for h in heads]]
        for referral in data.referrals:
            rows.append(self._referral_row(referral))
        widths = [80 * mm, 58 * mm, self.content_width - 138 * mm]
        return [*flowables, ruled_table(rows, widths)]

    def _referral_row(self, referral: ReferralItem) -> list[Any]:
        what: list[Flowable] = [paragraph(f"<b>{escape(referral.title)}</b>", "cell")]
        kind = (
            offer_kind_label(referral.offer_kind)
            if referral.offer_kind
            else partner_category_label(referral.partner_category)
            if referral.partner_category
            else ""
        )
        meta = [part for part in (kind, referral.place) if part]
        if referral.valid_until:
            meta.append(_t("jusqu'au {day}").format(day=french.day(referral.valid_until)))
        if meta:
            what.append(paragraph(escape(" · ".join(meta)), "cell_muted"))
        if referral.details:
            what.append(paragraph(escape(referral.details), "cell"))
        if self.data.internal and referral.note:
            what.append(
                paragraph(escape(_t("Note : {note}").format(note=referral.note)), "internal")
            )
        contact: list[Flowable] = []
        if referral.organisation and referral.organisation != referral.title:
            contact.append(paragraph(f"<b>{escape(referral.organisation)}</b>", "cell"))
        for value in (
            referral.contact_name,
            french.phone(referral.contact_phone) if referral.contact_phone else None,
            referral.contact_email,
        ):
            if value:
                contact.append(paragraph(escape(value), "cell"))
        if not contact:
            contact.append(paragraph(escape(_t("par votre chargé·e d'accueil")), "cell_muted"))
        state = [
            _state(referral_state_label(referral.state), _referral_color(referral.state)),
            paragraph(
                escape(_t("proposé le {day}").format(day=french.day(referral.proposed_on))),
                "cell_muted",
            ),
        ]
        return [what, contact, state]

    def _territories(self) -> list[Flowable]:
        data = self.data
        title = _t("Les territoires souhaités") if data.internal else _t("Vos territoires")
        flowables: list[Flowable] = [SectionTitle(title)]
        if not data.territories:
            return [
                *flowables,
                _empty(_t("Aucun territoire n'a encore été choisi : parlons-en ensemble.")),
            ]
        shown: set[str] = set()
        for territory in data.territories:
            flowables += self._territory(territory, shown)
        return flowables

    def _territory(self, territory: TerritoryFacts, shown: set[str]) -> list[Flowable]:
        heading = paragraph(
            f"{territory.rank}.{NNBSP}{escape(territory.name)}".replace(NNBSP, "\u00a0"), "h2"
        )
        heading.keepWithNext = True
        flowables: list[Flowable] = [heading, self._key_values(_territory_facts(territory))]
        texts = [text for text in territory.texts if text.code not in shown]
        if not texts and not territory.texts:
            flowables.append(paragraph(escape(_fallback_text(territory)), "body"))
        for text in texts:
            shown.add(text.code)
            if text.title and text.code != territory.code:
                flowables.append(paragraph(f"<b>{escape(text.title)}</b>", "body"))
            bullets = []
            for block in text.blocks:
                if block.kind == "bullet":
                    bullets.append(block.text)
                    continue
                flowables += _bullets(bullets)
                bullets = []
                flowables.append(paragraph(fixed(inline_markdown(block.text)), "body"))
            flowables += _bullets(bullets)
        if territory.texts and not texts:
            flowables.append(
                paragraph(escape(_t("Présentation du territoire : voir plus haut.")), "muted")
            )
        return [Spacer(1, 2 * mm), *flowables]

    def _next_steps(self) -> list[Flowable]:
        flowables: list[Flowable] = [SectionTitle(_t("Prochaines étapes"))]
        steps = next_steps(self.data)
        if not steps:
            return [
                *flowables,
                _empty(
                    _t(
                        "Votre chargé·e d'accueil vous proposera les prochaines étapes lors de "
                        "votre prochain échange."
                    )
                ),
            ]
        flowables += [_check(done, text) for done, text in steps]
        return flowables

    def _privacy(self) -> list[Flowable]:
        return [
            Spacer(1, 6 * mm),
            paragraph(
                fixed(
                    escape(
                        _t(
                            "Vos données personnelles servent uniquement à vous accompagner dans "
                            "votre installation ; elles sont conservées trois ans après notre "
                            "dernier échange. Vous pouvez à tout moment les consulter, les faire "
                            "corriger ou effacer en le demandant à votre chargé·e d'accueil."
                        )
                    )
                ),
                "small",
            ),
        ]

    # Internal sections -------------------------------------------------------------

    def _follow_ups(self) -> list[Flowable]:
        flowables: list[Flowable] = [SectionTitle(_t("Relances"), color=programme.INTERNAL)]
        if not self.data.follow_ups:
            return [*flowables, _empty(_t("Aucune relance."))]
        heads = [_t("Échéance"), _t("À faire"), _t("Fait le")]
        rows: list[list[Any]] = [[paragraph(escape(h), "cell_head") for h in heads]]
        for follow_up in self.data.follow_ups:
            rows.append(
                [
                    paragraph(escape(french.day(follow_up.due_on)), "cell"),
                    paragraph(escape(follow_up.what), "cell"),
                    paragraph(
                        escape(
                            french.day(follow_up.done_on) if follow_up.done_on else _t("à faire")
                        ),
                        "cell" if follow_up.done_on else "cell_bold",
                    ),
                ]
            )
        widths = [26 * mm, self.content_width - 52 * mm, 26 * mm]
        return [*flowables, ruled_table(rows, widths)]

    def _exchanges(self) -> list[Flowable]:
        flowables: list[Flowable] = [
            SectionTitle(_t("Historique des échanges"), color=programme.INTERNAL)
        ]
        if not self.data.exchanges:
            return [*flowables, _empty(_t("Aucun échange enregistré."))]
        for exchange in self.data.exchanges:
            meta = [french.day_and_time(exchange.occurred_at), channel_label(exchange.channel)]
            if exchange.author:
                meta.append(exchange.author)
            head = f"<b>{escape(' · '.join(meta))}</b>"
            if exchange.internal:
                tag = escape(_t("INTERNE"))
                head += f' <font color="{_hex(programme.INTERNAL)}"><b>{tag}</b></font>'
            flowables.append(paragraph(head, "cell"))
            flowables.append(paragraph(escape(exchange.summary), "body"))
        return flowables

    def _status_history(self) -> list[Flowable]:
        flowables: list[Flowable] = [
            SectionTitle(_t("Historique du statut"), color=programme.INTERNAL)
        ]
        if not self.data.status_history:
            return [*flowables, _empty(_t("Aucun changement de statut."))]
        heads = [_t("Date"), _t("Statut"), _t("Motif"), _t("Par")]
        rows: list[list[Any]] = [[paragraph(escape(h), "cell_head") for h in heads]]
        for step in self.data.status_history:
            rows.append(
                [
                    paragraph(escape(french.day(step.changed_at)), "cell"),
                    paragraph(escape(status_label(step.to_status)), "cell_bold"),
                    paragraph(escape(step.reason or "—"), "cell"),
                    paragraph(escape(step.officer or "—"), "cell_muted"),
                ]
            )
        widths = [24 * mm, 28 * mm, self.content_width - 92 * mm, 40 * mm]
        return [*flowables, ruled_table(rows, widths)]

    def _prints(self) -> list[Flowable]:
        flowables: list[Flowable] = [
            SectionTitle(_t("Impressions de ce dossier"), color=programme.INTERNAL)
        ]
        if not self.data.prints:
            return [*flowables, _empty(_t("Ce dossier n'a encore jamais été imprimé."))]
        heads = [_t("Date"), _t("Version"), _t("Par")]
        rows: list[list[Any]] = [[paragraph(escape(h), "cell_head") for h in heads]]
        for past in self.data.prints:
            rows.append(
                [
                    paragraph(escape(french.day_and_time(past.printed_at)), "cell"),
                    paragraph(escape(document_version_label(past.version)), "cell"),
                    paragraph(escape(past.officer or "—"), "cell_muted"),
                ]
            )
        widths = [34 * mm, 80 * mm, self.content_width - 114 * mm]
        return [*flowables, ruled_table(rows, widths)]


# Helpers --------------------------------------------------------------------------------


def _hex(color: Any) -> str:
    return "#" + color.hexval()[2:]


def _empty(text: str) -> Flowable:
    return paragraph(escape(text), "emphasis")


def _budget(tenure: HousingTenure | None, amount: int) -> str:
    """The stored budget is a monthly rent for a renter and a price for a buyer."""
    if tenure is HousingTenure.RENT:
        return _t("{amount} par mois (loyer)").format(amount=french.euros(amount))
    if tenure is HousingTenure.BUY:
        return _t("{amount} (prix d'achat)").format(amount=french.euros(amount))
    return french.euros(amount)


def _member_row(member: Member) -> list[Any]:
    activity = []
    if member.occupation:
        activity.append(member.occupation)
    if member.job_sought:
        activity.append(_t("recherche : {job}").format(job=member.job_sought))
    if member.remote_worker:
        activity.append(_t("en télétravail"))
    if member.school_level is not None:
        activity.append(school_level_label(member.school_level))
    if member.childcare_need:
        activity.append(_t("mode de garde à trouver"))
    contact = [
        value
        for value in (member.email, french.phone(member.phone) if member.phone else None)
        if value
    ]
    return [
        paragraph(f"<b>{escape(member.full_name)}</b>", "cell"),
        paragraph(escape(person_role_label(member.role)), "cell"),
        paragraph(escape(str(member.birth_year) if member.birth_year else "—"), "cell"),
        paragraph(escape("\n".join(activity) or "—"), "cell"),
        paragraph(escape("\n".join(contact) or "—"), "cell_muted"),
    ]


def _need_color(need: NeedItem) -> Any:
    return {
        NeedState.OPEN: programme.ACCENT_TEXT,
        NeedState.IN_PROGRESS: programme.BLUE_LIGHT,
        NeedState.MET: programme.GREEN,
        NeedState.DROPPED: programme.MUTED,
    }[need.state]


def _referral_color(state: ReferralState) -> Any:
    return {
        ReferralState.PROPOSED: programme.ACCENT_TEXT,
        ReferralState.SENT: programme.BLUE_LIGHT,
        ReferralState.ACCEPTED: programme.GREEN,
        ReferralState.DECLINED: programme.MUTED,
    }[state]


def _state(label: str, color: Any) -> Flowable:
    return paragraph(f'<font color="{_hex(color)}"><b>● </b></font><b>{escape(label)}</b>', "cell")


def _territory_facts(territory: TerritoryFacts) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    kind = {
        TerritoryKind.COMMUNE: _t("Commune"),
        TerritoryKind.EPCI: EPCI_KINDS.get(territory.epci_kind or "", _t("Intercommunalité")),
        TerritoryKind.DEPARTEMENT: _t("Département"),
    }[territory.kind]
    if territory.postcodes:
        kind += " — " + ", ".join(territory.postcodes)
    rows.append((_t("Territoire"), kind))
    if territory.population is not None:
        rows.append(
            (
                _t("Population"),
                _t("{count} habitants").format(count=french.number(territory.population)),
            )
        )
    if territory.communes is not None:
        rows.append((_t("Communes"), french.number(territory.communes)))
    if territory.intercommunalities is not None:
        rows.append((_t("Intercommunalités"), french.number(territory.intercommunalities)))
    if territory.kind is not TerritoryKind.EPCI and territory.epci_name:
        rows.append((_t("Intercommunalité"), territory.epci_name))
    if territory.kind is not TerritoryKind.DEPARTEMENT and territory.departement_name:
        rows.append(
            (_t("Département"), f"{territory.departement_name} ({territory.departement_code})")
        )
    return rows


def _fallback_text(territory: TerritoryFacts) -> str:
    where = territory.departement_name
    name = territory.name
    if where and territory.kind is not TerritoryKind.DEPARTEMENT:
        name = f"{name} ({where})"
    return _t(
        "{name} vous attend en {region}. Votre chargé·e d'accueil vous présentera ses "
        "services, ses écoles, ses emplois et sa vie locale, et vous mettra en relation avec les "
        "acteurs du territoire."
    ).format(name=name, region=programme.REGION_NAME)


def _bullets(items: list[str]) -> list[Flowable]:
    return [paragraph(fixed(inline_markdown(item)), "bullet", bullet="•") for item in items]


def _check(done: bool, text: str) -> Flowable:
    if done:
        return paragraph(fixed(escape(text)), "check_done", bullet="✓")
    return paragraph(fixed(escape(text)), "check", bullet="☐")


NEED_STEPS: dict[NeedDomain, str] = {
    NeedDomain.JOB: "Emploi : consulter les offres proposées et envoyer vos candidatures ; "
    "France Travail peut vous accompagner.",
    NeedDomain.PARTNER_JOB: "Emploi du conjoint : préparer un CV à jour, que nous "
    "transmettrons aux employeurs partenaires.",
    NeedDomain.HOUSING: "Logement : organiser les visites et préparer votre dossier de location "
    "ou de financement.",
    NeedDomain.SCHOOL: "École : inscrire les enfants à la mairie de votre future commune, puis "
    "auprès de l'école.",
    NeedDomain.CHILDCARE: "Garde d'enfant : contacter le relais petite enfance de votre future "
    "commune.",
    NeedDomain.HEALTH: "Santé : choisir un médecin traitant et faire suivre votre dossier médical.",
    NeedDomain.TRANSPORT: "Mobilité : repérer les lignes de car et de train et les solutions de "
    "covoiturage.",
    NeedDomain.BUSINESS: "Création d'entreprise : rencontrer la chambre consulaire (CCI ou CMA) "
    "de votre territoire.",
    NeedDomain.SOCIAL_LIFE: "Vie sociale : découvrir les associations et les événements de votre "
    "futur territoire.",
}


def next_steps(data: DossierData) -> list[tuple[bool, str]]:
    """The checklist both versions show: (done, text), built only from what the household may see.

    The next contact's date, the referrals still awaiting an answer, the open
    needs, then the arrival; never the text of a follow-up.
    """
    steps: list[tuple[bool, str]] = []
    if data.next_contact_on is not None:
        who = data.officer.name if data.officer else _t("votre chargé·e d'accueil")
        steps.append(
            (
                False,
                _t("Prochain rendez-vous avec {who} : le {day}.").format(
                    who=who, day=french.day(data.next_contact_on)
                ),
            )
        )
    for referral in data.referrals:
        if referral.state in (ReferralState.PROPOSED, ReferralState.SENT):
            contact = referral.contact_name or referral.organisation
            text = (
                _t("Prendre contact avec {contact} au sujet de {title} (proposé le {day}).")
                if contact
                else _t("Donner suite à {title} (proposé le {day}).")
            )
            steps.append(
                (
                    False,
                    text.format(
                        contact=contact,
                        title=french.guillemets(referral.title),
                        day=french.day(referral.proposed_on),
                    ),
                )
            )
        elif referral.state is ReferralState.ACCEPTED:
            steps.append(
                (True, _t("{title} : accepté.").format(title=french.guillemets(referral.title)))
            )
    for need in data.needs:
        if need.state in (NeedState.OPEN, NeedState.IN_PROGRESS):
            steps.append((False, _t(NEED_STEPS[need.domain])))
        elif need.state is NeedState.MET:
            steps.append(
                (True, _t("{domain} : c'est réglé.").format(domain=need_domain_label(need.domain)))
            )
    if data.target_date is not None:
        steps.append(
            (
                data.target_date < data.today,
                _t("Votre arrivée en {region}, envisagée le {day}.").format(
                    region=programme.REGION_NAME, day=french.day(data.target_date)
                ),
            )
        )
    return steps


# Public entry points ------------------------------------------------------------------


def render_dossier(data: DossierData) -> bytes:
    """The dossier of ``data`` as PDF bytes (no database: safe in any thread or process)."""
    return Dossier(data).render()


def dossier_pdf(
    database: Database,
    household_id: uuid.UUID,
    version: DocumentVersion,
    *,
    today: date,
    texts_dir: Path = TERRITORIES_DIR,
) -> bytes:
    """Read one household and render its dossier: the call a preview makes from a worker.

    Raises:
        DossierNotFoundError: no live household has this id.
    """
    data = load_dossier(database, household_id, version, today=today, texts_dir=texts_dir)
    return render_dossier(data)


def write_dossier(
    database: Database,
    household_id: uuid.UUID,
    version: DocumentVersion,
    path: Path,
    *,
    today: date,
    texts_dir: Path = TERRITORIES_DIR,
) -> Path:
    """Render one household's dossier into ``path``, whole or not at all; returns ``path``.

    Does not record the print: call :func:`desktop.documents.prints.record_print`
    once the officer has printed or saved it.

    Raises:
        DossierNotFoundError: no live household has this id.
        OutputError: ``path`` cannot be written (French message).
    """
    content = dossier_pdf(database, household_id, version, today=today, texts_dir=texts_dir)
    return write_file(path, content)


__all__ = [
    "Dossier",
    "dossier_pdf",
    "next_steps",
    "render_dossier",
    "write_dossier",
]
