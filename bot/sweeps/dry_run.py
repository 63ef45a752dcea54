"""What a sweep's dry run (`llumi sweep NAME --dry-run`) puts in place of delivery: alerts are
listed as NOT ESCALATED with the crisis posts, and sent nowhere."""

from __future__ import annotations

from bot.core.domain import Alert, aware
from bot.sweeps.digest import DigestEntry
from bot.sweeps.report import SweepReport


class NotEscalated:
    """The dry run's alert sink: a concern the community routes to an alert is listed as NOT
    ESCALATED with the crisis posts, and sent nowhere."""

    def __init__(self, report: SweepReport) -> None:
        self.report = report

    async def send_alert(self, alert: Alert) -> str:
        post = alert.post
        self.report.not_escalated.append(
            DigestEntry(
                key=post.key,
                url=post.url,
                section="post",
                level=alert.screening.level,
                created_at=aware(post.created_at),
                note="NOT ESCALATED (dry run).",
            )
        )
        return f"dry-run:{alert.id}"
