"""SQLite storage, one room per concern; `Store` is all of them over one connection.

What is kept follows the design's storage rules: ids, levels, signal categories and spans,
timings, model and prompt version for everything; post and draft text only where a feature needs
it (drafts shown, feedback), purged after the retention period (feedback not yet exported is kept)
and at once when the platform says the post was deleted. Signals are stored without their text
(the span is enough to find it in the post). One connection guarded by a lock: every method is
short, so adapters may call it from the event loop or from a worker thread.
"""

from bot.store.alerts import AlertTables
from bot.store.checkpoints import CheckpointTables
from bot.store.connection import SCHEMA_VERSION, STORE_ERRORS
from bot.store.drafts import DraftTables
from bot.store.records import (
    AlertRecord,
    DraftRecord,
    FeedbackRecord,
    JournalEntry,
    QueuedConcern,
    StoredScreening,
)
from bot.store.retention import RetentionTables
from bot.store.screenings import ScreeningTables
from bot.store.verdicts import VerdictRecord, VerdictTables


class Store(
    CheckpointTables, ScreeningTables, AlertTables, DraftTables, RetentionTables, VerdictTables
):
    """The bot's memory across restarts. Create with `Store.open(path)` (or ":memory:")."""


__all__ = [
    "SCHEMA_VERSION",
    "STORE_ERRORS",
    "AlertRecord",
    "DraftRecord",
    "FeedbackRecord",
    "JournalEntry",
    "QueuedConcern",
    "Store",
    "StoredScreening",
    "VerdictRecord",
]
