"""``Runtime`` and ``RuntimeFamily``: the Synthetics runtime versions a canary can run on."""

from __future__ import annotations

import enum
from typing import ClassVar


class RuntimeFamily(enum.Enum):
    """The language family of a canary runtime (decides where an asset's handler file must be)."""

    NODEJS = "NODEJS"
    PYTHON = "PYTHON"
    OTHER = "OTHER"


class Runtime:
    """A Synthetics runtime version (``syn-...``): its name and language family.

    Args:
        name: the runtime version name, e.g. ``syn-nodejs-puppeteer-10.0``.
        family: the language family of the runtime.
    """

    SYNTHETICS_NODEJS_PUPPETEER_3_5: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_3_6: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_3_7: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_3_8: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_3_9: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_4_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_5_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_5_1: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_5_2: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_6_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_6_1: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_6_2: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_7_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_8_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_9_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_9_1: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_10_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_11_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_12_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PUPPETEER_13_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PLAYWRIGHT_1_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PLAYWRIGHT_2_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PLAYWRIGHT_3_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PLAYWRIGHT_4_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PLAYWRIGHT_5_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PLAYWRIGHT_5_1: ClassVar[Runtime]
    SYNTHETICS_NODEJS_PLAYWRIGHT_6_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_3_0: ClassVar[Runtime]
    SYNTHETICS_NODEJS_3_1: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_1_0: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_1_1: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_1_2: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_1_3: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_2_0: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_2_1: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_3_0: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_4_0: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_4_1: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_5_0: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_5_1: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_6_0: ClassVar[Runtime]
    SYNTHETICS_PYTHON_SELENIUM_7_0: ClassVar[Runtime]

    def __init__(self, name: str, family: RuntimeFamily) -> None:
        self.name = name
        """The runtime version name."""
        self.family = family
        """The language family."""

    def __repr__(self) -> str:
        return f"Runtime({self.name!r}, {self.family})"


def _define() -> None:
    nodejs, python = RuntimeFamily.NODEJS, RuntimeFamily.PYTHON
    versions = {
        ("NODEJS_PUPPETEER", "nodejs-puppeteer", nodejs): (
            "3.5", "3.6", "3.7", "3.8", "3.9", "4.0", "5.0", "5.1", "5.2", "6.0", "6.1", "6.2", "7.0", "8.0", "9.0",
            "9.1", "10.0", "11.0", "12.0", "13.0"),
        ("NODEJS_PLAYWRIGHT", "nodejs-playwright", nodejs): ("1.0", "2.0", "3.0", "4.0", "5.0", "5.1", "6.0"),
        ("NODEJS", "nodejs", nodejs): ("3.0", "3.1"),
        ("PYTHON_SELENIUM", "python-selenium", python): (
            "1.0", "1.1", "1.2", "1.3", "2.0", "2.1", "3.0", "4.0", "4.1", "5.0", "5.1", "6.0", "7.0"),
    }
    for (constant, slug, family), numbers in versions.items():
        for number in numbers:
            setattr(Runtime, f"SYNTHETICS_{constant}_{number.replace('.', '_')}",
                    Runtime(f"syn-{slug}-{number}", family))


_define()
