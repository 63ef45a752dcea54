"""The Reddit adapter: watches subreddits, alerts moderators by modmail, answers commands."""

from adapters.reddit.adapter import RedditAdapter

__all__ = ["RedditAdapter"]
