"""``GET /region/v1/indicators``: the coordinator's region-wide counts, no personal data."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from server.api.deps import CoordinatorDep, EngineDep
from server.api.http import BoundedRoute
from server.database import reading
from server.indicators import region_counts

router = APIRouter(prefix="/region/v1", tags=["coordination"], route_class=BoundedRoute)


class TerritoryCounts(BaseModel):
    code: str
    name: str
    total: int
    by_status: dict[str, int]


class RegionIndicators(BaseModel):
    total: int
    by_status: dict[str, int]
    territories: list[TerritoryCounts]


@router.get("/indicators", response_model=RegionIndicators)
def get_indicators(caller: CoordinatorDep, engine: EngineDep) -> RegionIndicators:
    with reading(engine) as session:
        return RegionIndicators.model_validate(region_counts(session))
