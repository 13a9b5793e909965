"""What an erasure removes from each synced table, shared by the client and the server.

Erasure is anonymisation: the records stay (the programme's figures count them:
status and its dates, territories, numbers of people and of children at school,
source, event, settlement) and every column that says who the family is, or
that an officer wrote about them in free text, takes the value below. The
server (``server/erasure.py``) and every device (``desktop/privacy/erasure.py``
and the sync's apply) use this one table, so they converge on the same values.
Values are JSON values, equal to their Python ones (strings or null).
"""

from __future__ import annotations

from typing import Any

ANONYMOUS_NAME = "Foyer anonymisé"
"""The name an erased household keeps: stored data, the same on every device."""

PERSONAL_FIELDS: dict[str, dict[str, Any]] = {
    "household": {
        "name": ANONYMOUS_NAME,
        "origin_commune_code": None,
        "origin_city": None,
        "housing_budget_eur": None,
        "housing_notes": None,
    },
    "person": {
        "first_name": "",
        "last_name": "",
        "birth_year": None,
        "occupation": None,
        "job_sought": None,
        "email": None,
        "phone": None,
    },
    "need": {"note": None},
    "interaction": {"summary": ""},
    "follow_up": {"what": ""},
    "status_change": {"reason": None},
    "referral": {"note": None},
    "household_target": {},
    "settlement": {},
    "document_print": {},
}
"""Per household-scoped table, each personal column and the value erasure leaves in it.

Kept: roles, school levels and childcare needs of the members (the counts of
adults, children and children at school), wishes, settlement, statuses and
dates, project and housing kinds, consent dates, officers. A test checks that
every household-scoped table of the sync is listed here.
"""


def anonymised(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with each personal value replaced: for a queued or logged change."""
    personal = PERSONAL_FIELDS.get(table, {})
    return {name: personal.get(name, value) for name, value in fields.items()}
