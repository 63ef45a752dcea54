"""llumi's own errors: one base, so a caller can tell llumi's refusals and failures from bugs.

`Refused` is a helper's request the core will not do (an empty post, a reply too long for the
model's context): its message is one line for the asker. It is a ValueError too, so callers
written against the old refusals keep working; adapters catch `Refused`, not every ValueError.
"""

from __future__ import annotations


class LlumiError(Exception):
    """Base of the errors llumi raises on purpose."""


class Refused(LlumiError, ValueError):
    """A helper's bad request; the message says why in one line."""


class ConfigError(LlumiError, ValueError):
    """Configuration that cannot work; the message is one line a person can act on."""
