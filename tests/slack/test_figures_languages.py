"""The seeded team's figures (tests/slack/figures_seed.py, worked out in test_figures_table.py) as
Norwegian, Swedish and Danish people read them: labels, number formats (a non-breaking space or a
dot between thousands, a decimal comma), each person's own spelling of currencies (a Norwegian
writes NOK as "kr", a Swede and a Dane write "NOK"; a Dane writes DKK as "kr."), week headings,
and no English word in a Scandinavian message.

The values are the English table's, written by hand in each language; the figures are read with
the same rules (spaces of every kind read as one, bars and arrows left out) and the raw text is
checked for the spaces and separators separately."""

from __future__ import annotations

import re

import pytest
from freezegun import freeze_time

from tests.slack import figures_seed as seed
from tests.slack.figures_seed import ALEX, KARI, LARS, METTE, say
from tests.slack.test_digest import _jobs
from tests.slack.test_figures_table import _clean, _digest_posts, block, home

NBSP = "\u00a0"
LOCALES = {LARS: "nb-NO", METTE: "sv-SE", ALEX: "da-DK"}  # Kari reads English
LANGUAGE = {LARS: "nb", METTE: "sv", ALEX: "da"}

_WORDS = r"[^\W\d_]+(?: [^\W\d_]+)*?"  # "Vunne avtaler", "Möten": letters of any language
# A week away in brackets (mendB33): "2 · (0) · 1"
_TREND = re.compile(rf"^(?P<label>{_WORDS}): (?P<value>\(?\d+\)?(?: · \(?\d+\)?)+)$")
_ROW_PART = re.compile(rf"^(?P<label>{_WORDS}) (?P<value>(?:[0-9–]|NOK|SEK|EUR|DKK|kr\b|€).*)$")


def figures(text: str) -> dict[str, str]:
    """test_figures_table.figures for any language: "Label: value", seller-row "Label value",
    bullets under a heading joined under the heading's name, trend rows as "trend Label", a
    row's ":warning: …" as "warning"; a label seen again gets "#2"."""
    found: dict[str, str] = {}

    def put(label: str, value: str) -> None:
        key, n = label, 1
        while key in found:
            n += 1
            key = f"{label}#{n}"
        found[key] = value

    heading = None
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("• ") and heading:
            found[heading] = ", ".join(filter(None, [found.get(heading, ""), _clean(line[2:])]))
            continue
        if trend := _TREND.match(line.replace("*", "")):
            put("trend " + trend["label"], trend["value"])
            continue
        if line.startswith("*") and line.endswith("*") and line.count("*") == 2:
            heading = _clean(line)
            continue
        for part in line.split(" · "):
            part = _clean(part)
            if part.startswith(":warning: "):
                put("warning", part.removeprefix(":warning: "))
            elif ": " in part:
                label, value = part.split(": ", 1)
                put(label, value)
            elif row := _ROW_PART.match(part):
                put(row["label"], row["value"])
    return found


def check(got: dict[str, str], expected: dict[str, str], where: str) -> None:
    shown = {k: got.get(k) for k in expected}
    assert shown == expected, f"{where}: {shown} != {expected}\n(all figures read: {got})"


# English that must never reach a Scandinavian reader (whole words, any case). "Pipeline",
# "leads", "App Home" and the commands are the same in all four languages.
_ENGLISH = re.compile(
    r"\b(the|and|of|with|your|you|this|week|weeks|meetings?|calls?|offers?|wins?|won|revenue|"
    r"closing|average|pace|now|converted|rate|customers?|goals?|totals?|only|enough|away|"
    r"working|backwards|quarter|activity|level|new|up to|last)\b",
    re.IGNORECASE,
)


def no_english(text: str, where: str) -> None:
    words = [m.group(0) for m in _ENGLISH.finditer(text.replace("/kpi settings", ""))]
    assert not words, f"{where}: English {words} in\n{text}"


def numbers_written_the_local_way(text: str, language: str, where: str) -> None:
    if language in {"nb", "sv"}:
        # 1 200 000 with non-breaking spaces; a decimal comma.
        assert not re.search(r"\d[ ,.\u202f]\d{3}(?!\d)", text), where
        assert not re.search(r"\d\.\d", text), where
        assert re.search(rf"\d{NBSP}\d{{3}}", text), where
    else:
        # 1.200.000; a decimal comma.
        assert not re.search(rf"\d[ ,{NBSP}\u202f]\d{{3}}(?!\d)", text), where
        assert re.search(r"\d\.\d{3}", text), where
    assert "Nkr" not in text and "NKr" not in text, where


# -- the private summaries of week 47: each seller in their own language ------------------------

SUMMARY_W47 = {
    LARS: {
        "Møter": "1 / 4 (eget snitt 0,3)",
        "Samtaler": "0 (eget snitt 0,3)",
        "Tilbud": "1 (kr 450 000) (eget snitt 0,3)",
        "Aktivitetsnivå": "2 (eget snitt 1,3)",
        "Tilbud#2": "2 (kr 750 000)",
        "Vunne avtaler": "1 (kr 300 000)",
        # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
        "Omsetning": "kr 300 000 / kr 886 154 i rute ville vært kr 369 231 per søn. 22. nov. 2026",
        "Treffprosent": "ikke nok avsluttede avtaler ennå (1 avsluttet siste 90 dager)",
        "Pipeline": "kr 450 000",
        "Nye kunder i 2026-Q4": "1",
        "Varme leads uten neste steg": "Volvo · SEK 500 000 — ikke noe neste steg ennå — siste kontakt tir. 17. nov. 2026",
        # From week 44, when the team was set up (Monday 26 October): the weeks before it,
        # nothing logged for them, are no figures (were four zeros, weeks kpibot did not count).
        "trend Møter": "1 · 0 · 0 · 1",
        "trend Samtaler": "0 · 1 · 0 · 0",
        "trend Tilbud": "1 · 0 · 0 · 1",
    },
    METTE: {
        "Möten": "1 / 3 (eget snitt 1)",
        "Samtal": "0 (eget snitt 0)",
        "Offerter": "0 (eget snitt 0,5)",
        "Aktivitetsnivå": "1 (eget snitt 1,5)",
        "Offerter#2": "1 (230 000 NOK)",  # a Swede writes NOK, never "Nkr" or "kr"
        "Vunna affärer": "0",
        # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
        "Omsättning": "0 NOK / 830 769 NOK i fas vore 313 846 NOK per sön 22 nov. 2026",
        "Avslutsgrad": "inte tillräckligt många avslutade affärer än"
        " (0 avslutade de senaste 90 dagarna)",
        "Pipeline": "230 000 NOK",
        "Nya kunder under 2026-Q4": "0",
        "Varma leads utan nästa steg": "Kongsberg · 20 000 € — inget nästa steg ännu — senaste kontakt mån 2 nov. 2026, Nammo — inget nästa steg ännu — senaste kontakt tors 19 nov. 2026",
        # week 46 away Wed-Fri (figures_seed): in brackets, as her average leaves it out
        "trend Möten": "2 · 0 · (0) · 1",
        "trend Samtal": "0 · 0 · (1) · 0",
        "trend Offerter": "0 · 1 · (0) · 0",
    },
    ALEX: {
        "Møder": "1 / 3 (eget gennemsnit 0)",
        "Opkald": "0 (eget gennemsnit 0)",
        "Tilbud": "0 (eget gennemsnit 1)",
        "Aktivitetsniveau": "2 (eget gennemsnit 2,3)",
        "Tilbud#2": "3 (295.000 NOK)",
        # A Dane's own krone is "kr.": DKK 40,000 is "40.000 kr.".
        "Vundne aftaler": "3 (150.000 NOK + 40.000 DKK ikke omregnet)",
        # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
        "Omsætning": "150.000 NOK + 40.000 DKK ikke omregnet"
        " / 881.250 NOK på sporet ville være 375.000 NOK pr. søn. 22. nov. 2026",
        "Hitrate (90 dage)": "60 % / 75 %",
        "Pipeline": "0 NOK",
        "Nye kunder i 2026-Q4": "3",
        "trend Møder": "0 · 0 · 0 · 1",
        "trend Opkald": "0 · 0 · 0 · 0",
        "trend Tilbud": "3 · 0 · 0 · 0",
    },
}
SUMMARY_HEADINGS = {
    LARS: (
        "Din uke 47",
        "*Uke 47*",
        "*2026-Q4 til og med søn. 22. nov. 2026*",
        "*Dine siste 4 uker*",
    ),
    METTE: (
        "Din vecka 47",
        "*Vecka 47*",
        "*2026-Q4 till och med sön 22 nov. 2026*",
        "*Dina senaste 4 veckor*",
    ),
    ALEX: (
        "Din uge 47",
        "*Uge 47*",
        "*2026-Q4 til og med søn. 22. nov. 2026*",
        "*Dine seneste 4 uger*",
    ),
}
SUGGESTION_W47 = {
    # The leads as week 47 ended, said so (holidays19: the summary of a week that has ended).
    LARS: ":bulb: Ved slutten av uke 47 hadde 1 varmt lead ikke noe neste steg."
    " Har det fortsatt ikke det, planlegg ett i App Home.",
    METTE: ":bulb: I slutet av vecka 47 hade 2 varma leads inget nästa steg."
    " Planera ett i App Home för varje som fortfarande saknar det.",
    ALEX: ":bulb: Med 2 møder mere havde du nået dit mål på 3.",
}

# -- /kpi now (Thursday of W48) ------------------------------------------------------------------

KPI_NOW = {
    LARS: {
        # Thursday: the part of the average for the 4 working days so far is beside it.
        "Møter": "1 / 4 (eget snitt 0,5 i uken, 0,4 for 4 arbeidsdager)",
        "Samtaler": "1 (eget snitt 0,3 i uken, 0,2 for 4 arbeidsdager)",
        "Tilbud": "0 (tidligere tilbud revidert opp med kr 90 000) (eget snitt 0,5 i uken, 0,4 for 4 arbeidsdager)",
        "Aktivitetsnivå": "2 (eget snitt 1,5 i uken, 1,2 for 4 arbeidsdager)",
        "Tilbud#2": "2 (kr 840 000)",
        "Vunne avtaler": "1 (kr 300 000)",
        # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
        "Omsetning": "kr 300 000 / kr 886 154 i rute ville vært kr 443 077 nå",
        "Treffprosent": "ikke nok avsluttede avtaler ennå (1 avsluttet siste 90 dager)",
        "Pipeline": "kr 540 000",
        "Nye kunder dette kvartalet": "1",
        "Varme leads uten neste steg": "Volvo · SEK 600 000 — ikke noe neste steg ennå — siste kontakt tir. 24. nov. 2026",
    },
    METTE: {
        # Away on Thursday: 3 working days so far.
        "Möten": "0 / 1,8 (eget snitt 1 i veckan, 0,6 för 3 arbetsdagar)",
        "Samtal": "0 (eget snitt 0 i veckan, 0 för 3 arbetsdagar)",
        "Offerter": "1 (150 000 NOK) (eget snitt 0,3 i veckan, 0,2 för 3 arbetsdagar)",
        "Aktivitetsnivå": "2 (eget snitt 1,3 i veckan, 0,8 för 3 arbetsdagar)",
        "Offerter#2": "2 (380 000 NOK)",
        "Vunna affärer": "1 (230 000 NOK)",
        # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
        "Omsättning": "230 000 NOK / 793 846 NOK i fas vore 369 231 NOK vid det här laget",
        "Avslutsgrad": "inte tillräckligt många avslutade affärer än"
        " (1 avslutad de senaste 90 dagarna)",
        "Pipeline": "150 000 NOK",
        "Nya kunder detta kvartal": "1",
        "Varma leads utan nästa steg": "Nammo · 150 000 NOK — inget nästa steg ännu — senaste kontakt mån 23 nov. 2026",
    },
    ALEX: {
        "Møder": "1 / 3 (eget gennemsnit 0,3 om ugen, 0,2 for 4 arbejdsdage)",
        "Opkald": "0 (eget gennemsnit 0 om ugen, 0 for 4 arbejdsdage)",
        "Tilbud": "0 (eget gennemsnit 0,8 om ugen, 0,6 for 4 arbejdsdage)",
        "Aktivitetsniveau": "1 (eget gennemsnit 2,3 om ugen, 1,8 for 4 arbejdsdage)",
        "Tilbud#2": "3 (295.000 NOK)",
        "Vundne aftaler": "3 (150.000 NOK + 40.000 DKK ikke omregnet)",
        # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
        "Omsætning": "150.000 NOK + 40.000 DKK ikke omregnet"
        " / 881.250 NOK på sporet ville være 450.000 NOK nu",
        "Hitrate (90 dage)": "60 % / 75 %",
        "Pipeline": "0 NOK",
        "Nye kunder i dette kvartal": "3",
    },
}
KPI_HEADINGS = {
    LARS: (
        "Uke 48, man. 23. nov. 2026 – søn. 29. nov. 2026",
        "*Denne uken*",
        "*Dette kvartalet (2026-Q4)*",
    ),
    METTE: (
        "Vecka 48, mån 23 nov. 2026 – sön 29 nov. 2026",
        "*Denna vecka*",
        "*Detta kvartal (2026-Q4)*",
    ),
    ALEX: (
        "Uge 48, man. 23. nov. 2026 – søn. 29. nov. 2026",
        "*Denne uge*",
        "*Dette kvartal (2026-Q4)*",
    ),
}
# The arrow beside the name: activities against the own average × the share of the week the
# seller could work by Thursday. Lars 2 vs 1.5 × 4/5 = 1.2 (+0.8); Alex 1 vs 2.25 × 4/5 = 1.8
# (−0.8); Mette, away Thursday, 2 vs 1.33 × 3/5 = 0.8 (+1.2).
ARROW_NOW = {LARS: "→", ALEX: "→", METTE: "↗"}

# -- the team's totals in a seller's own /teamstatus now -----------------------------------------

TEAM_NOW = {
    LARS: (
        "*Totalt for teamet*",
        {
            "Møter": "2 / 8,8",
            "Samtaler": "1",
            "Tilbud": "1 (kr 150 000; tidligere tilbud revidert opp med kr 90 000)",
            "Aktivitetsnivå": "5",
            "Vunne avtaler": "1 (kr 230 000)",
            "Treffprosent (90 dager)": "75 %",
            "Pipeline": "kr 690 000",
            "Varme leads uten neste steg": "2",
            "Nye kunder dette kvartalet": "6",
            # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
            "Omsetning": "kr 755 000 + DKK 40 000 ikke omregnet"
            " / kr 2 561 250 i rute ville vært kr 1 262 308 nå",
        },
    ),
    METTE: (
        "*Totalt för teamet*",
        {
            "Möten": "2 / 8,8",
            "Samtal": "1",
            "Offerter": "1 (150 000 NOK; tidigare offerter reviderade upp med 90 000 NOK)",
            "Aktivitetsnivå": "5",
            "Vunna affärer": "1 (230 000 NOK)",
            "Avslutsgrad (90 dagar)": "75 %",
            "Pipeline": "690 000 NOK",
            "Varma leads utan nästa steg": "2",
            "Nya kunder detta kvartal": "6",
            # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
            "Omsättning": "755 000 NOK + 40 000 DKK inte omräknat"
            " / 2 561 250 NOK i fas vore 1 262 308 NOK vid det här laget",
        },
    ),
    ALEX: (
        "*Samlet for teamet*",
        {
            "Møder": "2 / 8,8",
            "Opkald": "1",
            "Tilbud": "1 (150.000 NOK; tidligere tilbud revideret op med 90.000 NOK)",
            "Aktivitetsniveau": "5",
            "Vundne aftaler": "1 (230.000 NOK)",
            "Hitrate (90 dage)": "75 %",
            "Pipeline": "690.000 NOK",
            "Varme leads uden næste skridt": "2",
            "Nye kunder i dette kvartal": "6",
            # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
            "Omsætning": "755.000 NOK + 40.000 DKK ikke omregnet"
            " / 2.561.250 NOK på sporet ville være 1.262.308 NOK nu",
        },
    ),
}


def _name_arrow(text: str, name: str) -> str:
    found = re.search(rf"^\*{name}\* (?P<arrow>[↗↘→])", text, re.M)
    assert found, text
    return found["arrow"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_each_seller_reads_the_same_figures_in_their_own_language(slack, clock) -> None:  # type: ignore[no-untyped-def]
    seed.setup(slack, clock, "en", LOCALES)
    seed.run(slack, clock, seed.BEFORE_W48)

    slack.api.reset()
    with freeze_time(seed.DIGEST_W47):
        _jobs(slack).tick()
    posts = _digest_posts(slack)
    assert "The team in week 47" in posts[seed.CHANNEL]  # the channel reads the team's English
    for user, expected in SUMMARY_W47.items():
        text, language = posts[user], LANGUAGE[user]
        where = f"summary of {seed.NAMES[user]}"
        for heading in SUMMARY_HEADINGS[user]:
            assert heading in text, (where, heading, text)
        check(figures(text), expected, where)
        assert SUGGESTION_W47[user] in text, (where, text)
        no_english(text, where)
        numbers_written_the_local_way(text, language, where)

    seed.run(slack, clock, (*seed.AFTER_W47, *seed.AWAY_W48))
    clock.set(seed.NOW)
    for user, expected in KPI_NOW.items():
        name, language = seed.NAMES[user], LANGUAGE[user]
        for where, text in (
            ("/kpi", say(slack, user, "/kpi", "")),
            ("App Home", home(slack, user)),
        ):
            where = f"{where} of {name}"
            if where.startswith("/kpi"):
                for heading in KPI_HEADINGS[user]:
                    assert heading in text, (where, heading, text)
            got = figures(text)
            check(got, {k: v for k, v in expected.items() if not k.startswith("Var")}, where)
            assert _name_arrow(text, name) == ARROW_NOW[user], where
            no_english(text.split("*Dine data*")[0].split("*Dina data*")[0], where)
            numbers_written_the_local_way(text, language, where)
        mine = say(slack, user, "/teamstatus", "")
        heading, expected_team = TEAM_NOW[user]
        team = figures(block(mine, heading, f"*{name}*"))
        check(team, expected_team, f"/teamstatus of {name}, the team")
        check(figures(mine[mine.index(f"*{name}*") :]), expected, f"/teamstatus of {name}")
        no_english(mine, f"/teamstatus of {name}")
        numbers_written_the_local_way(mine, language, f"/teamstatus of {name}")

    # Raw spellings, spaces included: a Norwegian's own krone before the amount, non-breaking
    # spaces between thousands; a Swede's NOK after it; a Dane's DKK, not the team's krone, as "DKK".
    lars = say(slack, LARS, "/kpi", "")
    # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
    assert f"Omsetning: *kr 300{NBSP}000* / kr 886{NBSP}154" in lars, lars
    mette = say(slack, METTE, "/kpi", "")
    # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
    assert f"Omsättning: *230{NBSP}000 NOK* / 793{NBSP}846 NOK" in mette, mette
    assert not re.search(r"\bkr\b", mette), mette  # a Swede's "kr" would be SEK
    alex = say(slack, ALEX, "/kpi", "")
    # Was "40.000 kr. ikke omregnet": "kr" is the team's krone (NOK), a DKK amount says DKK.
    assert "40.000 DKK ikke omregnet" in alex and "kr." not in alex, alex
    # Lars's Volvo offer in SEK: a Norwegian writes the Swedish krone with its code.
    assert f"SEK 600{NBSP}000" in home(slack, LARS)


# -- a Norwegian, Swedish or Danish team: the channel's digest and the manager's views ----------

DIGEST_W47 = {
    "nb": {
        "title": "Uke 47 · kpibot",
        "days": "man. 16. nov. 2026 – søn. 22. nov. 2026",
        "heading": "*Teamet i uke 47*",
        "figures": {
            "Møter": "3 / 10 (uke 46: 1)",
            "Samtaler": "0 (uke 46: 1)",
            "Tilbud": "1 (kr 450 000) (uke 46: 0)",
            "Aktivitetsnivå": "6 (uke 46: 4)",
            "Vunne avtaler": "1 (kr 75 000)",
            # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
            "Omsetning": "kr 525 000 + DKK 40 000 ikke omregnet"
            " / kr 2 598 173 i rute ville vært kr 1 058 077 per søn. 22. nov. 2026",
        },
        # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
        "outlook": "I dette tempoet når teamet omtrent 63 % av kvartalets omsetningsmål.",
        "win": f"• *Kari* — Kitron (kr 75{NBSP}000) · ny kunde!",
    },
    "sv": {
        "title": "Vecka 47 · kpibot",
        "days": "mån 16 nov. 2026 – sön 22 nov. 2026",
        "heading": "*Teamets vecka 47*",
        "figures": {
            "Möten": "3 / 10 (vecka 46: 1)",
            "Samtal": "0 (vecka 46: 1)",
            "Offerter": "1 (450 000 NOK) (vecka 46: 0)",
            "Aktivitetsnivå": "6 (vecka 46: 4)",
            "Vunna affärer": "1 (75 000 NOK)",
            # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
            "Omsättning": "525 000 NOK + 40 000 DKK inte omräknat"
            " / 2 598 173 NOK i fas vore 1 058 077 NOK per sön 22 nov. 2026",
        },
        # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
        "outlook": "I den här takten når teamet ungefär 63 % av kvartalets omsättningsmål.",
        "win": f"• *Kari* — Kitron (75{NBSP}000 NOK) · ny kund!",
    },
    "da": {
        "title": "Uge 47 · kpibot",
        "days": "man. 16. nov. 2026 – søn. 22. nov. 2026",
        "heading": "*Teamet i uge 47*",
        "figures": {
            "Møder": "3 / 10 (uge 46: 1)",
            "Opkald": "0 (uge 46: 1)",
            "Tilbud": "1 (450.000 NOK) (uge 46: 0)",
            "Aktivitetsniveau": "6 (uge 46: 4)",
            "Vundne aftaler": "1 (75.000 NOK)",
            # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
            "Omsætning": "525.000 NOK + 40.000 DKK ikke omregnet"
            " / 2.598.173 NOK på sporet ville være 1.058.077 NOK pr. søn. 22. nov. 2026",
        },
        # Q4 from the team's set-up on Mon 26 Oct (teamstart23), as worked in test_figures_table
        "outlook": "I dette tempo når teamet omkring 63 % af kvartalets omsætningsmål.",
        "win": "• *Kari* — Kitron (75.000 NOK) · ny kunde!",
    },
}

# /teamstatus 2026-W46 for the manager (as it stood on Sun 15 Nov; test_figures_table.ROWS_W46).
STATUS_W46 = {
    "nb": {
        "header": "Uke 46, man. 9. nov. 2026 – søn. 15. nov. 2026",
        "away": "_(borte)_",
        "Alex": {
            "Møter": "0/3",
            "Tilbud": "0",
            "Vunne avtaler": "1 (DKK 40 000 ikke omregnet)",
            "Treffprosent": "–",
            "Pipeline": "kr 115 000",
            "warning": "1 varmt lead uten neste steg",
        },
        "Lars": {
            "Møter": "0/4",
            "Tilbud": "0 (tidligere tilbud revidert opp med kr 50 000)",
            "Vunne avtaler": "1 (kr 300 000)",
            "Pipeline": "kr 0",
        },
        "Mette": {"Møter": "0/1,2", "Samtaler": "1", "Pipeline": "kr 230 000"},
    },
    "sv": {
        "header": "Vecka 46, mån 9 nov. 2026 – sön 15 nov. 2026",
        "away": "_(ledig)_",
        "Alex": {
            "Möten": "0/3",
            "Offerter": "0",
            "Vunna affärer": "1 (40 000 DKK inte omräknat)",
            "Avslutsgrad": "–",
            "Pipeline": "115 000 NOK",
            "warning": "1 varmt lead utan nästa steg",
        },
        "Lars": {
            "Möten": "0/4",
            "Offerter": "0 (tidigare offerter reviderade upp med 50 000 NOK)",
            "Vunna affärer": "1 (300 000 NOK)",
            "Pipeline": "0 NOK",
        },
        "Mette": {"Möten": "0/1,2", "Samtal": "1", "Pipeline": "230 000 NOK"},
    },
    "da": {
        "header": "Uge 46, man. 9. nov. 2026 – søn. 15. nov. 2026",
        "away": "_(væk)_",
        "Alex": {
            "Møder": "0/3",
            "Tilbud": "0",
            "Vundne aftaler": "1 (40.000 DKK ikke omregnet)",
            "Hitrate": "–",
            "Pipeline": "115.000 NOK",
            "warning": "1 varmt lead uden næste skridt",
        },
        "Lars": {
            "Møder": "0/4",
            "Tilbud": "0 (tidligere tilbud revideret op med 50.000 NOK)",
            "Vundne aftaler": "1 (300.000 NOK)",
            "Pipeline": "0 NOK",
        },
        "Mette": {"Møder": "0/1,2", "Opkald": "1", "Pipeline": "230.000 NOK"},
    },
}

# The portfolio before any margin (test_figures_portfolio): the revenue median is Telenor's
# 100,000; Maersk's DKK 40,000 has no rate.
PORTFOLIO = {
    "nb": (
        "Stor betyr minst kr 100 000 (teamets median).",
        {
            "Margin ukjent (ingen vunnet avtale med margin logget)": [
                "Equinor — kr 300 000",
                "Kongsberg — kr 230 000",
                "Telenor — kr 100 000",
                "Kitron — kr 75 000",
                "Statkraft — kr 50 000",
            ],
            "Ikke plassert (vunnet bare i en valuta uten kurs)": [
                "Maersk — DKK 40 000 ikke omregnet"
            ],
        },
    ),
    "sv": (
        "Stor betyder minst 100 000 NOK (teamets median).",
        {
            "Marginal okänd (ingen vunnen affär med marginal loggad)": [
                "Equinor — 300 000 NOK",
                "Kongsberg — 230 000 NOK",
                "Telenor — 100 000 NOK",
                "Kitron — 75 000 NOK",
                "Statkraft — 50 000 NOK",
            ],
            "Inte placerade (vunna bara i en valuta utan kurs)": [
                "Maersk — 40 000 DKK inte omräknat"
            ],
        },
    ),
    "da": (
        "Stor betyder mindst 100.000 NOK (teamets median).",
        {
            "Margin ukendt (ingen vundet aftale med margin logget)": [
                "Equinor — 300.000 NOK",
                "Kongsberg — 230.000 NOK",
                "Telenor — 100.000 NOK",
                "Kitron — 75.000 NOK",
                "Statkraft — 50.000 NOK",
            ],
            "Ikke placeret (vundet kun i en valuta uden kurs)": [
                "Maersk — 40.000 DKK ikke omregnet"
            ],
        },
    ),
}


# Norwegian on both databases; Swedish and Danish read the same queries, on SQLite only (the
# words differ, not the SQL).
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "language",
    [
        "nb",
        pytest.param("sv", marks=pytest.mark.backends("sqlite")),
        pytest.param("da", marks=pytest.mark.backends("sqlite")),
    ],
)
def test_a_scandinavian_teams_digest_status_and_portfolio(slack, clock, language: str) -> None:  # type: ignore[no-untyped-def]
    from tests.slack.test_figures_portfolio import groups

    locale = {"nb": "nb-NO", "sv": "sv-SE", "da": "da-DK"}[language]
    seed.setup(slack, clock, language, dict.fromkeys(seed.NAMES, locale))
    seed.run(slack, clock, seed.BEFORE_W48)
    slack.api.reset()
    with freeze_time(seed.DIGEST_W47):
        _jobs(slack).tick()
    digest = _digest_posts(slack)[seed.CHANNEL]
    want = DIGEST_W47[language]
    for part in ("title", "days", "heading", "outlook", "win"):
        assert want[part] in digest, (part, digest)
    check(figures(digest), want["figures"], f"{language} digest")
    no_english(digest.replace("kpibot", ""), f"{language} digest")
    numbers_written_the_local_way(digest, language, f"{language} digest")

    seed.run(slack, clock, (*seed.AFTER_W47, *seed.AWAY_W48))
    clock.set(seed.NOW)
    w46 = say(slack, KARI, "/teamstatus", "2026-W46")
    want = STATUS_W46[language]
    assert want["header"] in w46, w46
    assert want["away"] in w46[w46.index("*Mette*") :].split("\n")[0], w46
    for name in ("Alex", "Lars", "Mette"):
        got = figures(w46[w46.index(f"*{name}*") :].split("\n\n")[0])
        check(got, want[name], f"{language} /teamstatus 2026-W46 row of {name}")
    no_english(w46, f"{language} /teamstatus 2026-W46")
    numbers_written_the_local_way(w46, language, f"{language} /teamstatus 2026-W46")

    portfolio = say(slack, KARI, "/teamstatus", "customers")
    threshold, expected = PORTFOLIO[language]
    assert threshold in _clean(portfolio), portfolio
    assert {k: [_clean(v) for v in vs] for k, vs in groups(portfolio).items()} == expected
    no_english(portfolio.split("(`/logwin")[0] + portfolio.split("`)")[-1], f"{language} portfolio")
