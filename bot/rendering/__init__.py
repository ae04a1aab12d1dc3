"""Jinja2 text fragments and Block Kit builders (slack_sdk.models)."""
