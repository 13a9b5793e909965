"""Files the officer asks for from the window: the case list, the indicators (CSV, XLSX)."""
