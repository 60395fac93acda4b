from django.db import models


class Phase(models.TextChoices):
    """Project phases, after the GOV.UK service lifecycle."""

    DISCOVERY = "discovery", "Discovery"
    ALPHA = "alpha", "Alpha"
    BETA = "beta", "Beta"
    LIVE = "live", "Live"
    RETIRED = "retired", "Retired"
