"""The programme's identity on paper: its name, website and colours, in one place.

The colours are the application's (``desktop/ui/style.py``), so a printed dossier
looks like the screen it came from; the website is what the QR code opens.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor

PROGRAMME_NAME = "Escale"
REGION_NAME = "Bourgogne-Franche-Comté"
TAGLINE = "Programme régional d'accueil des nouveaux habitants"
WEBSITE_URL = "https://www.bourgognefranchecomte.fr/escale"
"""Where the QR code of every dossier leads: the programme's page on the region's site."""
WEBSITE_LABEL = "bourgognefranchecomte.fr/escale"
"""The same address as a person types it, printed beside the QR code."""

BLUE: Color = HexColor("#1f4e79")
BLUE_LIGHT: Color = HexColor("#2b639a")
BLUE_PALE: Color = HexColor("#e8eff7")
ACCENT: Color = HexColor("#e07a2f")
ACCENT_PALE: Color = HexColor("#fbe9dc")
ACCENT_TEXT: Color = HexColor("#b35a14")
INK: Color = HexColor("#1d2733")
MUTED: Color = HexColor("#5b6775")
RULE: Color = HexColor("#d8dfe8")
GREEN: Color = HexColor("#2e7d4f")
INTERNAL: Color = HexColor("#8a1c1c")
"""Marks what only the officer's copy shows."""
INTERNAL_PALE: Color = HexColor("#fbeaea")
WHITE: Color = HexColor("#ffffff")
TAGLINE_ON_BLUE: Color = HexColor("#b9cde2")
