"""The *Offres* page: the shared catalogue of offers and partners, browsed and edited."""
