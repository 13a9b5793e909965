"""The dossier read back from its PDF: what each version shows, what the household's never does."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import zxingcpp

from desktop.documents import DossierNotFoundError, dossier_pdf, record_print, write_dossier
from desktop.documents.output import OutputError
from desktop.documents.programme import WEBSITE_URL
from desktop.labels import (
    document_version_label,
    offer_kind_label,
    partner_category_label,
    referral_state_label,
)
from desktop.models import (
    DocumentVersion,
    Household,
    OfferKind,
    PartnerCategory,
    ReferralState,
    Status,
    StatusChange,
)
from desktop.storage import Database
from tests.documents.factory import (
    FOLLOW_UP_TEXT,
    INTERNAL_NOTE,
    MOMENT,
    NEED_NOTE,
    PUBLIC_EXCHANGE,
    REFERRAL_NOTE,
    STATUS_REASON,
    TODAY,
    Sample,
    add_event,
    add_household,
    add_officer,
)
from tests.documents.reading import page_image, page_texts, text_of

FOYER = DocumentVersion.HOUSEHOLD
INTERNE = DocumentVersion.INTERNAL
NNBSP = "\u202f"
HOUSING_NOTES = "Près de l’école, au cœur du bourg « calme » ; ça m’irait — à voir"


@pytest.fixture
def officer_id(database: Database) -> uuid.UUID:
    return add_officer(database, name="Ana Martin", email="ana.martin@region-bfc.example.fr")


@pytest.fixture
def sample(database: Database, officer_id: uuid.UUID) -> Sample:
    sample = add_household(
        database, officer_id=officer_id, event_id=add_event(database), housing_notes=HOUSING_NOTES
    )
    with database.transaction() as session:
        session.add(
            StatusChange(
                id=uuid.uuid4(),
                household_id=sample.household_id,
                from_status=Status.CONTACTED,
                to_status=Status.ACCOMPANIED,
                changed_at=MOMENT,
                reason=STATUS_REASON,
                officer_id=officer_id,
            )
        )
    return sample


@pytest.fixture
def other(database: Database, officer_id: uuid.UUID) -> Sample:
    """Another household of the same officer, whose data must stay out of the first one's."""
    return add_household(
        database,
        name="Grünwald",
        officer_id=officer_id,
        first_name="Zoé",
        last_name="Grünwald",
        email="zoe.grunwald@example.de",
        internal_note="Autre foyer : note interne secrète Grünwald",
        housing_notes="Appartement Grünwald au centre",
    )


def render(database: Database, sample: Sample, version: DocumentVersion) -> str:
    return text_of(dossier_pdf(database, sample.household_id, version, today=TODAY))


SECTIONS = [
    "Votre projet, tel que nous l'avons compris",
    "Votre foyer",
    "Vos besoins et où nous en sommes",
    "Offres et contacts proposés",
    "Vos territoires",
    "Prochaines étapes",
]


def test_the_households_version_has_every_section_and_what_it_is_about(
    database: Database, sample: Sample, other: Sample
) -> None:
    text = render(database, sample, FOYER)
    for title in SECTIONS:
        assert title in text
    assert "Lefèvre – N'Diaye" in text
    for name in sample.member_names:
        assert name in text
    assert "Ana Martin" in text and "ana.martin@region-bfc.example.fr" in text
    assert "03 80 11 22 33" in text
    assert f"850{NNBSP}€ par mois (loyer)" in text
    assert "Infirmier·ère de nuit (H/F) – CDI – Decize" in text
    assert "Service des ressources humaines" in text and "rh@ch-decize.example.fr" in text
    assert "1. Decize" in text and "2. Côte-d'Or" in text
    assert "CC Sud Nivernais" in text and "Nièvre (58)" in text
    assert "Bordée par la Loire" in text, "the Nièvre's text from resources/territories"
    assert "métropole de Dijon" in text, "the Côte-d'Or's text"
    assert "Prochain rendez-vous avec Ana Martin : le 03/12/2026." in text
    assert "☐" in text and "✓" in text


def test_the_households_version_never_shows_what_is_internal(
    database: Database, sample: Sample, other: Sample
) -> None:
    record_print(database, sample.household_id, INTERNE, None)
    text = render(database, sample, FOYER)
    for secret in (
        INTERNAL_NOTE[:40],
        PUBLIC_EXCHANGE[:40],
        NEED_NOTE[:30],
        REFERRAL_NOTE[:30],
        FOLLOW_UP_TEXT[:30],
        "Envoyer la documentation du territoire",
        STATUS_REASON,
        "Historique",
        "Relances",
        "Impressions de ce dossier",
        "INTERNE",
        sample.household_id.hex,
    ):
        assert secret not in text, secret


def test_the_internal_version_shows_everything_marked(
    database: Database, sample: Sample, other: Sample
) -> None:
    text = render(database, sample, INTERNE)
    for title in ("Relances", "Historique des échanges", "Historique du statut"):
        assert title in text
    for detail in (
        INTERNAL_NOTE,
        PUBLIC_EXCHANGE,
        NEED_NOTE,
        REFERRAL_NOTE,
        FOLLOW_UP_TEXT,
        STATUS_REASON,
        "Envoyer la documentation du territoire",
        sample.household_id.hex,
    ):
        assert detail in text, detail
    pages = page_texts(dossier_pdf(database, sample.household_id, INTERNE, today=TODAY))
    assert all("DOCUMENT INTERNE — NE PAS REMETTRE AU FOYER" in page for page in pages)
    internal_exchange = text.index(INTERNAL_NOTE)
    assert "INTERNE" in text[internal_exchange - 60 : internal_exchange]


@pytest.mark.parametrize("version", list(DocumentVersion))
def test_another_households_data_never_appears(
    database: Database, sample: Sample, other: Sample, version: DocumentVersion
) -> None:
    text = render(database, sample, version)
    assert "Grünwald" not in text
    assert "zoe.grunwald@example.de" not in text
    assert "secrète" not in text


def test_accents_and_french_spaces_read_back_intact(database: Database, sample: Sample) -> None:
    text = render(database, sample, FOYER)
    assert HOUSING_NOTES in text
    for word in ("é", "è", "à", "ç", "œ", "«", "»", "’", "Côte-d'Or", "Hélène Lefèvre"):
        assert word in text
    assert f"«{NNBSP}Infirmier·ère de nuit" in text
    assert f"4{NNBSP}932 habitants" in text
    assert f"{NNBSP}€" in text


def test_past_prints_are_listed_in_the_internal_version(
    database: Database, sample: Sample, officer_id: uuid.UUID
) -> None:
    before = render(database, sample, INTERNE)
    assert "Ce dossier n'a encore jamais été imprimé." in before
    record_print(database, sample.household_id, FOYER, officer_id)
    text = render(database, sample, INTERNE)
    section = text[text.index("Impressions de ce dossier") :]
    assert "Version du foyer" in section and "Ana Martin" in section


def test_a_household_with_nothing_yet_still_gets_a_clean_dossier(database: Database) -> None:
    bare = add_household(
        database,
        name="Dupont",
        members=False,
        needs=False,
        referrals=False,
        exchanges=False,
        targets=(),
        housing_notes=None,
    )
    text = render(database, bare, FOYER)
    assert "Aucun membre n'est encore enregistré." in text
    assert "Aucun besoin particulier n'a été noté pour l'instant." in text
    assert "Aucune offre ni aucun partenaire ne vous a encore été proposé." in text
    assert "Aucun territoire n'a encore été choisi" in text
    assert "Un·e chargé·e d'accueil vous sera bientôt attribué·e" in text
    internal = render(database, bare, INTERNE)
    assert "Aucun échange enregistré." in internal and "Aucune relance." in internal


def test_markup_emoji_and_characters_outside_the_font_render_as_text(database: Database) -> None:
    long_note = ("Une note de 2 000 caractères, répétée sans fin & sans <balise>. " * 40)[:2000]
    tricky = "<b>Ça & Co</b> <i>non fermé 😀 中文 𝔘 \x07"
    sample = add_household(
        database,
        name="<b>Ça & Co</b> " + "Bartholomée-Vandenberghe " * 5,
        first_name="Marie-Évangéline-Clothilde " * 3,
        last_name="X" * 80,
        housing_notes=long_note,
        internal_note=tricky,
    )
    for version in DocumentVersion:
        pdf = dossier_pdf(database, sample.household_id, version, today=TODAY)
        text = text_of(pdf)
        assert "<b>Ça & Co</b> Bartholomée-Vandenberghe" in text
        assert long_note[:60] in text and long_note[-40:].strip() in text
        assert "X" * 40 in text.replace(" ", "")
    internal = text_of(dossier_pdf(database, sample.household_id, INTERNE, today=TODAY))
    assert "<b>Ça & Co</b> <i>non fermé" in internal


def test_every_page_counts_its_pages(database: Database, sample: Sample) -> None:
    pages = page_texts(dossier_pdf(database, sample.household_id, INTERNE, today=TODAY))
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"page {number} / {len(pages)}" in text


def test_the_qr_code_opens_the_programmes_website(database: Database, sample: Sample) -> None:
    pdf = dossier_pdf(database, sample.household_id, FOYER, today=TODAY)
    found = zxingcpp.read_barcodes(page_image(pdf, 0))
    assert [barcode.text for barcode in found] == [WEBSITE_URL]


def test_unknown_or_deleted_households_are_refused_in_french(
    database: Database, sample: Sample
) -> None:
    with pytest.raises(DossierNotFoundError, match="Aucun foyer"):
        dossier_pdf(database, uuid.uuid4(), FOYER, today=TODAY)
    with database.transaction() as session:
        session.get_one(Household, sample.household_id).deleted = True
    with pytest.raises(DossierNotFoundError):
        dossier_pdf(database, sample.household_id, FOYER, today=TODAY)


def test_written_whole_or_refused_with_a_french_message(
    database: Database, sample: Sample, tmp_path: Path
) -> None:
    folder = tmp_path / "sortie"
    folder.mkdir()
    target = folder / "dossier.pdf"
    write_dossier(database, sample.household_id, FOYER, target, today=TODAY)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["dossier.pdf"], "no temporary file left"
    blocker = tmp_path / "fichier"
    blocker.write_text("pas un dossier")
    with pytest.raises(OutputError, match="Choisissez un autre dossier"):
        write_dossier(database, sample.household_id, FOYER, blocker / "x.pdf", today=TODAY)
    with pytest.raises(OutputError, match="permission refusée"):
        write_dossier(database, sample.household_id, FOYER, Path("/sys/dossier.pdf"), today=TODAY)


def test_territory_texts_come_from_the_folder_with_a_fallback(
    database: Database, sample: Sample, tmp_path: Path
) -> None:
    (tmp_path / "58095.md").write_text(
        "# Decize\n\nDecize, **cité** sur *la Loire*.\n\n- Un marché le vendredi\n",
        encoding="utf-8",
    )
    pdf = dossier_pdf(database, sample.household_id, FOYER, today=TODAY, texts_dir=tmp_path)
    text = text_of(pdf)
    assert "Decize, cité sur la Loire." in text and "Un marché le vendredi" in text
    assert "**" not in text
    assert "Côte-d'Or vous attend en Bourgogne-Franche-Comté" in text, "no text for 21 here"


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        (OfferKind, offer_kind_label),
        (PartnerCategory, partner_category_label),
        (ReferralState, referral_state_label),
        (DocumentVersion, document_version_label),
    ],
)
def test_every_new_choice_has_a_label(kind: type, label: object) -> None:
    labels = [label(member) for member in kind]  # type: ignore[operator]
    assert all(labels) and len(set(labels)) == len(labels)
