"""The household page: the form, the status pipeline and the timeline of one household."""
