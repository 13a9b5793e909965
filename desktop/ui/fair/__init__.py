"""Fair mode (*Salon*): the event chooser, the full-screen capture screen and its lock."""
