"""Case work on households: registering, editing, querying (no Qt here)."""
