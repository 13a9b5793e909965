"""Suggesting catalogue offers to a household, ranked, each with its reasons in French (no Qt)."""
