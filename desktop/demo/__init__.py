"""Demo data: a realistic, reproducible caseload for ``escale demo`` and the benchmarks."""

from __future__ import annotations

from desktop.demo.generator import DemoSummary, generate_demo

__all__ = ["DemoSummary", "generate_demo"]
