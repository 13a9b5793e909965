"""How often each thing happens in the demo data: the shape of a year of the programme.

Statuses follow the first-year figures (12,000 registered, 1,260 accompanied,
about 150 settled); the other weights are plausible guesses an officer would
recognise, kept apart from the generator so they can be tuned at a glance.
"""

from __future__ import annotations

from desktop.demo.sampling import WeightedPool
from desktop.models import (
    Channel,
    ConsentChannel,
    HousingTenure,
    HousingType,
    Maturity,
    NeedState,
    OfferKind,
    ProjectType,
    ReferralState,
    SchoolLevel,
    Source,
    Status,
)

STATUSES = WeightedPool.of(
    [
        (Status.NEW, 52.5),
        (Status.CONTACTED, 25.0),
        (Status.ACCOMPANIED, 10.0),
        (Status.SETTLED, 1.5),
        (Status.PAUSED, 3.0),
        (Status.ABANDONED, 8.0),
    ]
)
# Youngest and oldest age, in days, of a household with this status: a case is
# not settled the week it registers.
AGE_DAYS = {
    Status.NEW: (0, 730),
    Status.CONTACTED: (5, 730),
    Status.ACCOMPANIED: (30, 730),
    Status.SETTLED: (150, 730),
    Status.PAUSED: (40, 730),
    Status.ABANDONED: (30, 730),
}
SOURCES = WeightedPool.of(
    [
        (Source.WEBSITE, 70),
        (Source.FAIR, 15),
        (Source.PHONE, 8),
        (Source.PARTNER, 5),
        (Source.OTHER, 2),
    ]
)
CONSENT_CHANNELS = {
    Source.WEBSITE: ConsentChannel.WEBSITE,
    Source.FAIR: ConsentChannel.FAIR,
    Source.PHONE: ConsentChannel.PHONE,
    Source.PARTNER: ConsentChannel.EMAIL,
    Source.OTHER: ConsentChannel.PAPER,
}
PROJECTS = WeightedPool.of(
    [
        (ProjectType.JOB_MOVE, 45),
        (ProjectType.REMOTE_WORK, 25),
        (ProjectType.BUSINESS, 10),
        (ProjectType.RETIREMENT, 12),
        (ProjectType.OTHER, 8),
    ]
)
MATURITIES = WeightedPool.of([(Maturity.IDEA, 40), (Maturity.PLANNED, 40), (Maturity.IMMINENT, 20)])
TENURES = WeightedPool.of(
    [(HousingTenure.RENT, 45), (HousingTenure.BUY, 45), (HousingTenure.UNDECIDED, 10)]
)
HOUSING_TYPES = WeightedPool.of(
    [
        (HousingType.HOUSE, 55),
        (HousingType.APARTMENT, 25),
        (HousingType.LAND, 5),
        (HousingType.ANY, 15),
    ]
)
TARGET_COUNTS = WeightedPool.of([(1, 45), (2, 35), (3, 20)])
CHILD_COUNTS = WeightedPool.of([(0, 45), (1, 22), (2, 23), (3, 10)])
CHANNELS = WeightedPool.of(
    [
        (Channel.PHONE, 40),
        (Channel.EMAIL, 30),
        (Channel.MEETING, 10),
        (Channel.VISIT, 6),
        (Channel.EVENT, 7),
        (Channel.NOTE, 7),
    ]
)
INTERACTION_COUNTS = {
    Status.CONTACTED: (1, 3),
    Status.ACCOMPANIED: (3, 8),
    Status.SETTLED: (4, 8),
    Status.PAUSED: (2, 5),
    Status.ABANDONED: (1, 4),
}
NEED_STATES = {
    Status.NEW: WeightedPool.of([(NeedState.OPEN, 1)]),
    Status.CONTACTED: WeightedPool.of([(NeedState.OPEN, 70), (NeedState.IN_PROGRESS, 30)]),
    Status.ACCOMPANIED: WeightedPool.of(
        [
            (NeedState.OPEN, 25),
            (NeedState.IN_PROGRESS, 50),
            (NeedState.MET, 20),
            (NeedState.DROPPED, 5),
        ]
    ),
    Status.SETTLED: WeightedPool.of(
        [(NeedState.MET, 75), (NeedState.IN_PROGRESS, 10), (NeedState.DROPPED, 15)]
    ),
    Status.PAUSED: WeightedPool.of([(NeedState.OPEN, 60), (NeedState.IN_PROGRESS, 40)]),
    Status.ABANDONED: WeightedPool.of([(NeedState.DROPPED, 60), (NeedState.OPEN, 40)]),
}
OFFER_KINDS = WeightedPool.of(
    [
        (OfferKind.JOB, 45),
        (OfferKind.HOUSING, 30),
        (OfferKind.BUSINESS, 8),
        (OfferKind.SERVICE, 10),
        (OfferKind.EVENT, 7),
    ]
)
REFERRAL_STATES = WeightedPool.of(
    [
        (ReferralState.PROPOSED, 30),
        (ReferralState.SENT, 35),
        (ReferralState.ACCEPTED, 20),
        (ReferralState.DECLINED, 15),
    ]
)
SCHOOLED = frozenset(
    {SchoolLevel.NURSERY, SchoolLevel.PRIMARY, SchoolLevel.MIDDLE, SchoolLevel.HIGH}
)
