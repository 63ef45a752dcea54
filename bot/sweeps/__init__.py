"""Sweeps: the posts nobody answered, found on a schedule and sent to moderators as a digest."""
