"""Documents in the window: preview, print, save, batches of welcome packs."""
