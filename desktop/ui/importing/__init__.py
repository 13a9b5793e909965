"""Importing the regional website's registration exports from the window (see ImportDialog)."""
