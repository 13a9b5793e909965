"""The *Tableau de bord*: the programme's figures for the filters chosen, with charts."""
