"""What the author of a request held through a database outage and given up is told, with what
they wrote or clicked given back (bot.spool decides who is told)."""

from __future__ import annotations

from bot.rendering.text import Mrkdwn, render


def given_up(language: str, what: str, time: str, said: str, *, as_slack_wrote_it: bool) -> str:
    """`what`: "deletion", "edit" or anything else (a message, a click). `said`: the author's
    words; `as_slack_wrote_it`: a message's text, which Slack sends as mrkdwn already (&amp;,
    <@U…> mentions) and is given back as it showed; otherwise (a button's plain text, "Mat &
    Vin AS", "<b>", "*x*") it is shown exactly as written, escaped."""
    lines = said.split("\n") if said else []
    if as_slack_wrote_it:
        lines = [Mrkdwn(line) for line in lines]
    return render(language, "held_given_up", what=what, time=time, said=lines)
