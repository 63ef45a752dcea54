"""What can go wrong with a model server, in one vocabulary for every engine.

Each backend turns its client's exceptions into an `AttemptFailed` of one kind; the client decides
from the kind alone whether to try again, where, and what to tell a person. The public errors,
`ModelError` and `ModelUnavailable`, carry a one-line hint and never any post or draft text.
"""

from __future__ import annotations

from typing import Literal


class ModelError(Exception):
    """The model could not give a draft. `hint` (also the message) is one line a person can act
    on; it never contains post or draft text."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint or message


class ModelUnavailable(ModelError):
    """The model server is down, too slow, failing (5xx after retries), or lacks the model."""


FailureKind = Literal[
    "unreachable",  # no connection could be made: the host is down or the address is wrong
    "dropped",  # the connection broke before the answer was complete (the host died)
    "slow",  # no complete answer within the try's deadline
    "stream_error",  # the server reported an error in the middle of its answer
    "status",  # the server answered an HTTP error status
    "invalid",  # the server answered, but not with a model response (an HTML page, not JSON)
]

#: `AttemptFailed.detail` of a "dropped" failure where the server sent nothing at all.
EMPTY_ANSWER = "the server sent an empty answer"


class AttemptFailed(Exception):
    """One try on one host failed. `status` is the HTTP status for kind "status"; `detail` is the
    server's own error message (no request text), for the log."""

    def __init__(self, kind: FailureKind, *, status: int | None = None, detail: str = "") -> None:
        super().__init__(f"{kind} {status or ''} {detail}".strip())
        self.kind: FailureKind = kind
        self.status = status
        self.detail = detail

    @property
    def transient(self) -> bool:
        """Failures that pass: a host down or cut off, a timeout, 5xx and 429 ("try again
        later"). Other 4xx (a bad request, a missing model) would fail the same way again, and a
        server-reported stream error is retried once only (the client counts those)."""
        if self.kind == "status":
            return self.status is not None and (self.status >= 500 or self.status == 429)
        return self.kind not in ("stream_error", "invalid")

    def describe(self) -> str:
        """What went wrong, for logs, without any request text."""
        if self.kind == "status":
            return f"HTTP {self.status}"
        return {
            "unreachable": "unreachable",
            "dropped": "connection dropped",
            "slow": "timed out",
            "stream_error": "error in mid-stream",
            "invalid": "not a model response",
        }[self.kind]
