"""The customer portfolio (`/teamstatus customers`) of the seeded team (tests/slack/figures_seed.py)
with a few wins with a margin and tiers on top, worked out by hand: the groups, the thresholds and
how they are named, wins in other currencies after conversion, and those without a rate."""

from __future__ import annotations

from tests.slack import figures_seed as seed
from tests.slack.figures_seed import ALEX, KARI, LARS, METTE, say

# Thursday of W48 ("now"), after everything the seed logs: wins with a margin, and tiers.
MARGINS_AND_TIERS = (
    (LARS, "/logwin", "Orkla 400k margin 30%"),
    (METTE, "/logwin", "Nammo 150k margin 12%"),  # her open offer of NOK 150,000
    (ALEX, "/logwin", "Aker EUR 8000 margin 35%"),  # NOK 92,000 at 11.5
    (ALEX, "/logwin", "Hydro 20k margin 5%"),
    (ALEX, "/logwin", "Maersk DKK 10000 margin 40%"),  # no DKK rate
    (KARI, "/kpi", "customer Equinor tier A"),
    (KARI, "/kpi", "customer Telenor tier B"),
    (KARI, "/kpi", "customer Volvo tier A"),  # an open offer, no win
)

# Won in the 12 months to Thu 26 Nov, in NOK: Orkla 400,000; Equinor 300,000 (at its last
# revision); Kongsberg EUR 20,000 = 230,000; Nammo 150,000; Telenor 100,000; Aker EUR 8,000 =
# 92,000; Kitron 75,000 (Kari's win: the team's); Statkraft 50,000; Hydro 20,000. Maersk DKK
# 40,000 + DKK 10,000 has no rate.
# Large: the median of the 9 revenues in NOK, the 5th: 100,000. Profitable: the median of the 4
# known margins 5, 12, 30, 35: (12 + 30) / 2 = 21 %.
HEADER = (
    "Won revenue over the last 12 months. Large means at least NOK 100,000; profitable means a"
    " margin of at least 21 % (the team's medians). Tiers A/B/C in `code`."
)
GROUPS = {
    "Key customers (large and profitable)": ["Orkla — NOK 400,000, margin 30 %"],
    "Stars (large, high sales cost)": ["Nammo — NOK 150,000, margin 12 %"],
    "Question marks (small, profitable)": ["Aker — NOK 92,000, margin 35 %"],
    "Phase out or new (small, low margin)": ["Hydro — NOK 20,000, margin 5 %"],
    # Largest first; an A-customer without a margin is here, not "phase out".
    "Margin unknown (no win with a margin logged)": [
        "Equinor `A` — NOK 300,000",
        "Kongsberg — NOK 230,000",
        "Telenor `B` — NOK 100,000",
        "Kitron — NOK 75,000",
        "Statkraft — NOK 50,000",
        "Volvo `A` — NOK 0",
    ],
    # Its margin is known (40 % of DKK 10,000), its size in NOK is not: never NOK 0, never
    # "small" and never "no win with a margin logged".
    "Not placed (won only in a currency without a rate)": [
        "Maersk — DKK 50,000 not converted, as no rate is set in /kpi settings"
    ],
}


def groups(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    heading = None
    for line in text.splitlines():
        if line.startswith("*") and line.endswith("*"):
            heading = line.strip("*")
            found[heading] = []
        elif line.startswith("• ") and heading:
            found[heading].append(line[2:].replace("\u00a0", " "))
    return found


def test_the_portfolio_of_the_seeded_team_by_hand(slack, clock) -> None:  # type: ignore[no-untyped-def]
    seed.setup(slack, clock)
    seed.run(slack, clock, (*seed.BEFORE_W48, *seed.AFTER_W47, *seed.AWAY_W48))
    clock.set(seed.NOW)
    before = say(slack, KARI, "/teamstatus", "customers")
    # No margins yet: the margin threshold is not named (no "21 %", no "medians"); the revenue
    # median of Equinor, Kongsberg, Telenor, Kitron, Statkraft is Telenor's 100,000.
    assert "Large means at least NOK 100,000 (the team's median). No margins logged yet" in before
    assert "medians" not in before and "Phase out" not in before
    assert groups(before) == {
        "Margin unknown (no win with a margin logged)": [
            "Equinor — NOK 300,000",
            "Kongsberg — NOK 230,000",
            "Telenor — NOK 100,000",
            "Kitron — NOK 75,000",
            "Statkraft — NOK 50,000",
        ],
        "Not placed (won only in a currency without a rate)": [
            "Maersk — DKK 40,000 not converted, as no rate is set in /kpi settings"
        ],
    }

    for user, command, text in MARGINS_AND_TIERS:
        reply = say(slack, user, command, text)
        assert ":trophy:" in reply or ":white_check_mark:" in reply, reply
    text = say(slack, KARI, "/teamstatus", "customers")
    assert HEADER in text, text
    assert groups(text) == GROUPS, text
    # A seller does not see the team's customers.
    assert "Orkla" not in say(slack, LARS, "/teamstatus", "customers")
