"""/kpi: the seller's own tools (undo, help)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot import i18n
from bot.errors import EXAMPLES, UserError
from bot.listeners.commands import kpi_me, kpi_privacy, kpi_team
from bot.listeners.events.messages import take_back_reaction
from bot.rendering.blocks import sections_message
from bot.rendering.replies import undone_reply
from bot.rendering.text import render
from bot.services import activities
from bot.services.dates import fold
from bot.services.kpi_args import (
    MENTION,
    as_typed,
    only_a_longer_period,
    respelt_word,
    without_emoji,
)
from bot.unit_of_work import Request

# Subcommands, with the words people use for them in four languages (accents folded).
ME_WORDS = {"", "me", "meg", "mig", "jeg", "jag", "status"}
HELP_WORDS = {"help", "hjelp", "hjalp", "hjaelp", "?"}
UNDO_WORDS = {"undo", "angre", "angra", "fortryd"}
SETUP_WORDS = {"setup", "oppsett", "installer", "satt", "opsaetning"}
SETTINGS_WORDS = {"settings", "innstillinger", "installningar", "indstillinger"}
MANAGER_WORDS = {"managers", "manager", "ledere", "chefer", "chefs"}
GOAL_WORDS = {"goal", "goals", "mal", "maal", "malsetting", "malsaetning", "malsattning"}
AWAY_WORDS = {
    *("away", "borte", "borta", "bortrest", "ledig", "ferie", "semester", "vaek", "franvarande"),
    # Why someone is away is theirs to say: sick, on holiday, out of office (folded).
    *("ooo", "vacation", "holiday", "holidays", "leave", "fravaer", "franvaro", "permisjon"),
    # A day off, time off in lieu, parental leave (folded): "/kpi fri neste uke" (was: next
    # week's figures asked for), "/kpi avspasering fredag", "/kpi pappaperm uke 2-10".
    *("fri", "fridag", "off", "avspasering", "afspadsering", "kompledig", "komp", "orlov"),
    *("pappaperm", "mammaperm", "foreldrepermisjon", "foraldraledig", "barsel", "barselsorlov"),
    *("tjenstledig", "tjanstledig"),
}
# A holiday's name first says away as well, and is read with the rest ("/kpi vinterferie uke 8",
# "/kpi sportlov v. 9", "/kpi fellesferien"; was: the help, "I don't know …").
HOLIDAY_WORDS = {
    *("vinterferie", "vinterferien", "sportlov", "sportlovet", "hostferie", "hostferien"),
    *("efterarsferie", "efterarsferien", "hostlov", "hostlovet", "paskeferie", "paskeferien"),
    *("pasklov", "pasklovet", "paskelov", "juleferie", "juleferien", "julferie", "jullov"),
    *("jullovet", "sommerferie", "sommerferien", "sommarlov", "sommarlovet", "sommarsemester"),
    *("fellesferie", "fellesferien", "industrisemester", "industrisemestern", "vinterlov"),
    # mendB33: Swedish Christmas leave ("/kpi julledig v. 52 och 53" was "longer than a week")
    *("julledig", "julledigt", "julledighet", "julledigheten", "julefri", "julfri"),
}
AWAY_WORDS |= HOLIDAY_WORDS
# Sick: away as well; said alone, it is today ("/kpi syk").
SICK_WORDS = {"syk", "sykmeldt", "syg", "sygemeldt", "sjuk", "sjukskriven", "sick", "ill"}
SICK_WORDS |= {"vab", "vabb", "vabbar", "sykemelding"}  # "vab i dag": a sick child
BACK_WORDS = {"back", "tilbake", "tillbaka", "tilbage"}
CUSTOMER_WORDS = {"customer", "kunde", "kund"}
ROLE_WORDS = {"role", "rolle", "roll"}
PLAN_WORDS = {"plan", "planlegg", "planera", "planlaeg", "backwards"}
CALLDAY_WORDS = {"callday", "call-day", "ringedag", "ringdag", "ringedagen", "calls-due"}
# The Christmas break said in English, in two words: a holiday's name (folded).
_CHRISTMAS_LEAVE = [
    f"{christmas} {leave}"
    for christmas in ("christmas", "xmas")
    for leave in ("holiday", "holidays", "break", "leave", "vacation", "hols")
]
# Subcommands people split in two words ("call day", "my data"): read as one.
TWO_WORD_SUBS = {
    **{"call day": "callday", "ringe dag": "ringedag", "my data": "mydata"},
    **{"mine data": "mydata", "mina data": "mydata", "min data": "mydata"},
    **{"set up": "setup", "sett opp": "setup", "min status": "me", "my status": "me"},
    **{"mine tall": "me", "mina siffror": "me", "mine tal": "me", "my numbers": "me"},
}
# "my week", "min uke", "uka mi", "min vecka", "min uge" (folded): the seller's own week, as
# "/kpi me" (kpiargs25; was: the help, "I don't know 'my week'").
TWO_WORD_SUBS |= {
    f"{mine} {week}": "me"
    for mine, weeks in (
        ("my", ("week",)),
        ("min", ("uke", "uka", "vecka", "veckan", "uge")),
        ("mi", ("uke", "uka")),
    )
    for week in weeks
}
TWO_WORD_SUBS |= {"uka mi": "me", "uken min": "me", "veckan min": "me", "ugen min": "me"}
# "min forrige uke", "my last week", "min förra vecka", "min sidste uge": a week with the
# seller's own before it, read as after "me" (kpiargs25; was: the help).
OWN_WORDS = {"my", "min", "mi", "mitt"}
_FOR_ME = re.compile(r"(?:for|fur|til|till) (?:meg|me|mig|mej)")
MYDATA_WORDS = {"mydata", "data", "minedata", "minadata", "mindata"}
ERASE_WORDS = {"erase", "slett", "radera", "slet"}
LANGUAGE_WORDS = {"language", "lang", "sprak", "sprog"}
CURRENCY_WORDS = {"currency", "valuta"}
ALL_SUBS = (
    ME_WORDS | HELP_WORDS | UNDO_WORDS | SETUP_WORDS | SETTINGS_WORDS | MANAGER_WORDS
    | GOAL_WORDS | AWAY_WORDS | SICK_WORDS | BACK_WORDS | CUSTOMER_WORDS | ROLE_WORDS
    | PLAN_WORDS | CALLDAY_WORDS | MYDATA_WORDS | ERASE_WORDS | LANGUAGE_WORDS | CURRENCY_WORDS
)  # fmt: skip
# Each subcommand's words to one of them (a typo of two that mean the same is read as either).
SUB_MEANING = {
    word: min(words)
    for words in (
        *(ME_WORDS, HELP_WORDS, UNDO_WORDS, SETUP_WORDS, SETTINGS_WORDS, MANAGER_WORDS),
        *(GOAL_WORDS, AWAY_WORDS, SICK_WORDS, BACK_WORDS, CUSTOMER_WORDS, ROLE_WORDS),
        *(PLAN_WORDS, CALLDAY_WORDS, MYDATA_WORDS, ERASE_WORDS, LANGUAGE_WORDS, CURRENCY_WORDS),
    )
    for word in words
}
# The subcommands a typo is read as: every one but erase.
RESPELT_MEANING = {word: sub for word, sub in SUB_MEANING.items() if word not in ERASE_WORDS}
# The example under an error, by subcommand (keys of bot.errors.EXAMPLES).
EXAMPLE_OF = (
    ("plan", PLAN_WORDS),
    ("callday", CALLDAY_WORDS),
    ("setup", SETUP_WORDS),
    ("managers", MANAGER_WORDS),
    ("goal", GOAL_WORDS),
    ("away", AWAY_WORDS | SICK_WORDS),
    ("tier", CUSTOMER_WORDS),
    ("role", ROLE_WORDS),
    ("erase", ERASE_WORDS),
    ("language", LANGUAGE_WORDS),
    ("currency", CURRENCY_WORDS),
)


# Subcommands that answer as things stand today, with no period of their own to choose.
TAKES_NO_PERIOD = (
    PLAN_WORDS | CALLDAY_WORDS | MYDATA_WORDS | SETUP_WORDS | SETTINGS_WORDS | GOAL_WORDS
    | HELP_WORDS | MANAGER_WORDS | ROLE_WORDS | LANGUAGE_WORDS | CURRENCY_WORDS
)  # fmt: skip


# Subcommands about one person, named or mentioned.
ABOUT_ONE_PERSON = PLAN_WORDS | CALLDAY_WORDS | ERASE_WORDS


def names_a_period(text: str, today: date) -> bool:
    """Whether `text`, mentions aside, is a week, a day or a longer period and nothing else."""
    words = MENTION.sub(" ", text).strip()
    if not words:
        return False
    return kpi_me.named_week(words, today) is not None or only_a_longer_period(words)


def handle_kpi_command(
    ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    text = without_emoji(as_typed(command.get("text") or ""))  # entities and links as typed
    words = text.split()
    today = request.now.date()
    if (
        len(words) > 1
        and fold(words[0]) in OWN_WORDS
        and kpi_me.named_week(" ".join(words[1:]), today) is not None
    ):
        words = ["me", *words[1:]]  # "min forrige uke", "min uke 47" (kpiargs25; was: the help)
        text = " ".join(words)
    elif " ".join(fold(w) for w in words[:2]) in _CHRISTMAS_LEAVE:
        # mendB33: "/kpi Christmas holiday weeks 52 and 53" (was "longer than a week"): a
        # holiday's name, read with the rest as typed
        words = ["juleferie", *words[2:]]
    elif " ".join(fold(w) for w in words[:2]) in TWO_WORD_SUBS:
        words = [TWO_WORD_SUBS[" ".join(fold(w) for w in words[:2])], *words[2:]]
        text = " ".join(words)
    elif len(words) > 2 and _FOR_ME.fullmatch(" ".join(fold(w) for w in words[-2:])):
        if kpi_me.named_week(" ".join(words[:-2]), today) is not None:
            words = ["me", *words[:-2]]  # "forrige uke for meg" (kpiargs25; was: the help)
            text = " ".join(words)
    sub = fold(words[0]).rstrip(":") if words else ""  # "/kpi språk: norsk"
    rest = text.split(None, 1)[1] if len(words) > 1 else ""
    if sub not in ALL_SUBS and kpi_me.named_week(text, request.now.date()) is None:
        # "/kpi gaol meetings 10", "/kpi instillinger": a subcommand with two letters swapped
        # or one left out inside it is that subcommand (its answer says what was done); never
        # erase ("/kpi earse @ola" gets the help, never the erase question)
        sub = respelt_word(sub, RESPELT_MEANING) or sub
    request.example = next((key for key, subs in EXAMPLE_OF if sub in subs), None)
    mentioned = set(MENTION.findall(rest))
    if sub in ABOUT_ONE_PERSON and len(mentioned) > 1:
        # "/kpi plan @mette @lars", "/kpi erase @a @b": never the first alone, the rest dropped
        raise UserError("one_person", command=f"/kpi {words[0]}", count=len(mentioned))
    if sub in TAKES_NO_PERIOD and names_a_period(rest, request.now.date()):
        # "/kpi plan nästa vecka", "/kpi callday fredag", "/kpi goals Q1": said, never the
        # words dropped and today's answer given as if they had been read
        said = " ".join(MENTION.sub(" ", rest).split())[:60]
        raise UserError("no_period", command=f"/kpi {words[0]}", text=said)

    def say(message: dict[str, Any] | None) -> None:
        if message is not None:
            respond(**message, response_type="ephemeral")

    if sub in ME_WORDS or sub not in ALL_SUBS:
        # "/kpi", "/kpi forrige uke", "/kpi me last week", "/kpi v47": the seller's own week,
        # one that ended as it stood at its end. Words that are no week: help (or, after "me",
        # an error), from the same read.
        week_text = rest if sub in ME_WORDS else text
        # A week refused here ("/kpi neste uke": not come yet) has /kpi's example under it
        # (kpiargs25; was "/teamstatus last week")
        request.example = "kpi_week"
        mine = kpi_me.me(request, week_text, named_me=sub in ME_WORDS)
        if mine is None:
            retention = request.deps.settings.retention_months
            mine = [help_message(request.language, " ".join(words)[:50], retention)]
        for message in mine:
            say(message)
    elif sub in UNDO_WORDS:
        with request.writing() as uow:
            undone = activities.undo_last(uow.session, uow.who, rest, now=uow.now)
        take_back_reaction(client, undone.message)
        say(undone_reply(request.language, undone))
    elif sub in SETUP_WORDS:
        say(kpi_team.setup(request, client))
    elif sub in SETTINGS_WORDS:
        say(kpi_team.open_settings(request, client, command["trigger_id"]))
    elif sub in MANAGER_WORDS:
        say(kpi_team.managers(request, words, text))
    elif sub in GOAL_WORDS:
        say(kpi_team.goal(request, rest))
    elif sub in HOLIDAY_WORDS:
        say(kpi_me.away(request, text))  # "vinterferie uke 8": the holiday is read with when
    elif sub in AWAY_WORDS:
        say(kpi_me.away(request, rest))
    elif sub in SICK_WORDS:
        say(kpi_me.away(request, rest if rest.strip() else "today"))
    elif sub in BACK_WORDS:
        say(kpi_me.back(request, rest))
    elif sub in CUSTOMER_WORDS:
        say(kpi_me.customer(request, client, rest))
    elif sub in ROLE_WORDS:
        say(kpi_team.role(request, rest))
    elif sub in PLAN_WORDS:
        say(kpi_me.plan(request, rest))
    elif sub in CALLDAY_WORDS:
        say(kpi_me.callday(request, rest))
    elif sub in MYDATA_WORDS:
        say(kpi_privacy.my_data(request, client))
    elif sub in ERASE_WORDS:
        say(kpi_privacy.erase(request, rest))
    elif sub in LANGUAGE_WORDS:
        say(kpi_me.language(request, rest))
    elif sub in CURRENCY_WORDS:
        say(kpi_me.bare_currency(request, rest))
    else:
        with request.reading() as uow:  # help: the person's language
            language = uow.who.language
        say(help_message(language, None, request.deps.settings.retention_months))


def help_message(language: str, unknown: str | None, retention_months: int) -> dict[str, Any]:
    t = i18n.translations(language)
    examples = {kind: t.gettext(example) for kind, example in EXAMPLES.items()}
    return sections_message(
        render(language, "help", unknown=unknown, examples=examples),
        render(language, "privacy_notice", retention_months=retention_months),
    )
