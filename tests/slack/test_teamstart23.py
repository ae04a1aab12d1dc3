"""teamstart23: the App Home's warm leads say a step was due only when it was missed (a step kept
on its day, as nudge23's DM has it, is not), in the seller's language."""

from __future__ import annotations

from bot.offline.slack_api import FakeUser
from tests.helpers import set_up_team, text_of
from tests.slack.test_nudges import _at

NORA = "U0NORA"
CHANNEL = "C0SALES"


def _log(slack, user: str, text: str, command: str = "/logmeeting") -> str:  # type: ignore[no-untyped-def]
    return text_of(slack.driver.command(command, text, user, CHANNEL).reply())


def _home(slack, user: str) -> str:  # type: ignore[no-untyped-def]
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": user, "channel": "D0X", "tab": "home"})
    return text_of(slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"])


def test_the_app_home_says_a_step_was_due_only_when_it_was_missed(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Was: Nora's App Home read "Neste steg hadde frist tor. 11. mars 2027: følger opp" under
    Orkla, whose step she kept (called on that Thursday), as if missed, as the nudge DM did
    before nudge23. Telenor's step of the same day, missed, still says so."""
    nora = FakeUser(NORA, "Nora Berg", tz="Europe/Oslo", locale="nb-NO")
    set_up_team(slack, users=[nora], reset=False)
    _at(clock, "2027-03-08T10:00:00Z")  # Monday
    _log(slack, NORA, "Orkla varm, følger opp torsdag")
    _log(slack, NORA, "Telenor varm, ringer torsdag")
    _at(clock, "2027-03-11T12:00:00Z")  # Thursday: Orkla called, as planned
    _log(slack, NORA, "Orkla", "/logcall")
    _at(clock, "2027-03-12T09:00:00Z")  # Friday
    home = _home(slack, NORA).replace("\xa0", " ")
    telenor = home[home.index("*Telenor*") :].split("\n\n")[0]
    orkla = home[home.index("*Orkla*") :].split("\n\n")[0]
    assert "Neste steg hadde frist tor. 11. mars 2027: ringer" in telenor, home
    assert "hadde frist" not in orkla and "Ikke noe neste steg planlagt" in orkla, home
