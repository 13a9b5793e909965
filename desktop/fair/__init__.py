"""Fair mode without Qt: a visitor's short form, checked and saved as an ordinary household."""
