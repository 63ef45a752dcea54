"""The old address of bot.core.domain, kept only for bot/model.py (its owner is reshaping it on
another branch and moves its import there); everything else imports bot.core.domain."""

from bot.core.domain import *  # noqa: F403
