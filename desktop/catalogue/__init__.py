"""The shared catalogue without Qt: searching offers, adding and editing offers and partners."""
