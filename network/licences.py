"""The licences content may carry; the Open Government Licence is the default."""

from dataclasses import dataclass

from django.db import models


@dataclass(frozen=True)
class Licence:
    name: str
    url: str


class LicenceChoice(models.TextChoices):
    OGL_3 = "OGL-UK-3.0", "Open Government Licence v3.0"
    CC_BY_4 = "CC-BY-4.0", "Creative Commons Attribution 4.0"
    CC_BY_SA_4 = "CC-BY-SA-4.0", "Creative Commons Attribution-ShareAlike 4.0"
    CC0 = "CC0-1.0", "Creative Commons Zero 1.0 (public domain)"


LICENCE_URLS = {
    LicenceChoice.OGL_3: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    LicenceChoice.CC_BY_4: "https://creativecommons.org/licenses/by/4.0/",
    LicenceChoice.CC_BY_SA_4: "https://creativecommons.org/licenses/by-sa/4.0/",
    LicenceChoice.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}


def licence(code: str) -> Licence:
    """Return the licence for a LicenceChoice code."""
    choice = LicenceChoice(code)
    return Licence(choice.label, LICENCE_URLS[choice])
