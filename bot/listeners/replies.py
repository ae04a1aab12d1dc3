"""TRANSITIONAL re-export; deleted before this branch lands."""

from bot.rendering.replies import DEFAULT_NEXT_STEP, error_reply  # noqa: F401
