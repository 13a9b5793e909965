"""The Qt layer of Escale: the application start-up, the main window, dialogs and pages.

Only this package imports Qt; it reaches the cases, storage and sync code through
their plain functions, so everything below it stays usable headless.
"""
