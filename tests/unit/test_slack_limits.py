"""Slack's limits as the stand-in enforces them (bot/offline/limits.py), and the renderers at
sizes too costly to build through commands: nothing beyond a limit, nothing cut off unsaid."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from bot import i18n
from bot.errors import EXAMPLES
from bot.offline import limits
from bot.rendering.blocks import (
    MODAL_TITLES,
    OPTION_LABELS,
    pieces,
    question_message,
    text_message,
)
from bot.rendering.home import home_view
from bot.rendering.replies import PLAN_NAME
from bot.rendering.settings import settings_modal
from bot.rendering.status import goals_list_text, pack_sections
from bot.rendering.text import message_text
from bot.services.read_models import LeadLine
from bot.services.teams import GoalEntry, GoalList, TeamSettings

LANGUAGES = ("en", "nb", "sv", "da")


def _plain(text: str) -> dict[str, str]:
    return {"type": "plain_text", "text": text}


def _mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": text}


def _button(text: str = "Go", **more: Any) -> dict[str, Any]:
    return {"type": "button", "text": _plain(text), "action_id": "go", **more}


def _option(text: str, value: str = "v") -> dict[str, Any]:
    return {"text": _plain(text), "value": value}


def _select(options: list[dict[str, Any]], **more: Any) -> dict[str, Any]:
    return {"type": "static_select", "action_id": "pick", "options": options, **more}


SECTION = {"type": "section", "text": _mrkdwn("x")}
# (what is sent, the JSON pointer Slack names), one per documented limit.
MESSAGES = [
    ({"blocks": [SECTION] * 51}, "/blocks"),
    ({"blocks": [{"type": "section", "text": _mrkdwn("x" * 3001)}]}, "/blocks/0/text/text"),
    ({"blocks": [{"type": "section", "text": _mrkdwn("")}]}, "/blocks/0/text/text"),
    ({"blocks": [{"type": "section", "fields": [_mrkdwn("f")] * 11}]}, "/blocks/0/fields"),
    (
        {"blocks": [{"type": "section", "fields": [_mrkdwn("f" * 2001)]}]},
        "/blocks/0/fields/0/text",
    ),
    ({"blocks": [{"type": "header", "text": _plain("h" * 151)}]}, "/blocks/0/text/text"),
    ({"blocks": [{"type": "header", "text": _mrkdwn("h")}]}, "/blocks/0/text/type"),
    ({"blocks": [{"type": "context", "elements": [_mrkdwn("c")] * 11}]}, "/blocks/0/elements"),
    (
        {
            "blocks": [
                {"type": "actions", "elements": [_button(action_id=f"a{i}") for i in range(26)]}
            ]
        },
        "/blocks/0/elements",
    ),
    (
        {"blocks": [{"type": "actions", "elements": [_button("b" * 76)]}]},
        "/blocks/0/elements/0/text/text",
    ),
    (
        {"blocks": [{"type": "actions", "elements": [_button(value="v" * 2001)]}]},
        "/blocks/0/elements/0/value",
    ),
    (
        {"blocks": [{"type": "actions", "elements": [_button(action_id="a" * 256)]}]},
        "/blocks/0/elements/0/action_id",
    ),
    ({"blocks": [{**SECTION, "block_id": "b" * 256}]}, "/blocks/0/block_id"),
    (
        {"blocks": [{**SECTION, "block_id": "same"}, {**SECTION, "block_id": "same"}]},
        "/blocks/1/block_id",
    ),
    (
        {"blocks": [{"type": "image", "image_url": "https://x", "alt_text": "a" * 2001}]},
        "/blocks/0/alt_text",
    ),
    (
        {"blocks": [{**SECTION, "accessory": _select([_option("o" * 76)])}]},
        "/blocks/0/accessory/options/0/text/text",
    ),
    (
        {"blocks": [{**SECTION, "accessory": _select([_option("o", "v" * 151)])}]},
        "/blocks/0/accessory/options/0/value",
    ),
    (
        {"blocks": [{**SECTION, "accessory": _select([_option("o")] * 101)}]},
        "/blocks/0/accessory/options",
    ),
    (
        {
            "blocks": [
                {**SECTION, "accessory": _select([_option("o")], initial_option=_option("p"))}
            ]
        },
        "/blocks/0/accessory/initial_option",
    ),
    (
        {
            "blocks": [
                {
                    "type": "actions",
                    "elements": [
                        _button(
                            confirm={
                                "title": _plain("t"),
                                "text": _plain("x" * 301),
                                "confirm": _plain("y"),
                                "deny": _plain("n"),
                            }
                        )
                    ],
                }
            ]
        },
        "/blocks/0/elements/0/confirm/text/text",
    ),
    ({"attachments": [{"blocks": [SECTION] * 51}]}, "/attachments/0/blocks"),
]


@pytest.mark.parametrize(("message", "pointer"), MESSAGES)
def test_a_message_beyond_a_limit_is_refused_where_slack_says(message: dict, pointer: str) -> None:
    for method in ("chat.postMessage", "chat.postEphemeral", "chat.update", "response_url"):
        found = limits.check(method, message)
        assert [v.pointer for v in found] == [pointer], found
        assert limits.refused(found) == found


def test_a_message_at_each_limit_passes() -> None:
    message = {
        "text": "x" * 40_000,
        "blocks": [
            {"type": "header", "text": _plain("h" * 150)},
            {"type": "section", "text": _mrkdwn("x" * 3000), "block_id": "b" * 255},
            {"type": "section", "fields": [_mrkdwn("f" * 2000)] * 10},
            {"type": "context", "elements": [_mrkdwn("c")] * 10},
            {
                "type": "actions",
                "elements": [
                    _button("b" * 75, value="v" * 2000, action_id=f"a{i}") for i in range(25)
                ],
            },
            {**SECTION, "accessory": _select([_option("o" * 75, f"{i}") for i in range(100)])},
            *[SECTION] * 44,
        ],
    }
    assert len(message["blocks"]) == 50
    assert limits.check("chat.postMessage", message) == []


def test_text_beyond_40000_characters_is_cut_off_not_refused() -> None:
    found = limits.check("chat.postMessage", {"text": "x" * 40_001})
    assert [v.pointer for v in found] == ["/text"] and limits.refused(found) == []


def _modal(**more: Any) -> dict[str, Any]:
    return {"type": "modal", "title": _plain("Settings"), "blocks": [SECTION], **more}


VIEWS = [
    (_modal(blocks=[SECTION] * 101), "/view/blocks"),
    ({"type": "home", "blocks": [SECTION] * 101}, "/view/blocks"),
    (_modal(title=_plain("t" * 25)), "/view/title/text"),
    (_modal(submit=_plain("s" * 25)), "/view/submit/text"),
    (_modal(close=_plain("c" * 25)), "/view/close/text"),
    (_modal(private_metadata="m" * 3001), "/view/private_metadata"),
    (_modal(callback_id="c" * 256), "/view/callback_id"),
    (
        _modal(
            blocks=[
                {"type": "input", "label": _plain("l" * 2001), "element": _select([_option("o")])}
            ]
        ),
        "/view/blocks/0/label/text",
    ),
    (
        _modal(
            blocks=[
                {
                    "type": "input",
                    "label": _plain("l"),
                    "hint": _plain("h" * 2001),
                    "element": _select([_option("o")]),
                }
            ]
        ),
        "/view/blocks/0/hint/text",
    ),
]


@pytest.mark.parametrize(("view", "pointer"), VIEWS)
def test_a_view_beyond_a_limit_is_refused_where_slack_says(view: dict, pointer: str) -> None:
    for method in ("views.open", "views.update", "views.push", "views.publish"):
        assert [v.pointer for v in limits.check(method, {"view": view})] == [pointer]


def test_a_modal_and_a_home_at_their_limits_pass() -> None:
    modal = _modal(
        title=_plain("t" * 24),
        submit=_plain("s" * 24),
        close=_plain("c" * 24),
        private_metadata="m" * 3000,
        blocks=[SECTION] * 100,
    )
    assert limits.check("views.open", {"view": modal}) == []
    assert (
        limits.check("views.publish", {"view": {"type": "home", "blocks": [SECTION] * 100}}) == []
    )


# -- the renderers, large ------------------------------------------------------------------------
def _lines(n: int) -> list[str]:
    return [f"• Kunde{i:04d} " + "Vestlandske Fjordkraft Industrier Havbruk " * 3 for i in range(n)]


def test_a_long_list_goes_on_in_the_next_section_never_cut_off() -> None:
    lines = _lines(500)
    sections = pack_sections(["*Warm leads*\n" + "\n".join(lines)])
    texts = [s.text.text for s in sections]
    assert all(0 < len(t) <= 2900 for t in texts)
    joined = "\n".join(texts)
    assert all(line in joined for line in lines)
    assert pieces("x" * 5000, 3000) == ["x" * 2999 + "…"]  # one line longer than a section


def test_a_long_reply_is_several_sections_with_every_line() -> None:
    lines = _lines(200)
    message = text_message("\n".join(lines))
    assert limits.check("chat.postEphemeral", message) == []
    assert len(message["blocks"]) > 1
    assert all(line in message_text(message) for line in lines)


def test_a_question_with_thirty_one_answers_has_two_rows_of_buttons() -> None:
    options = [(f"lead:{i}", f"NOK {i},000 " + "a very long note " * 8) for i in range(30)]
    message = question_message("en", "Which offer?", "tok", [*options, ("cancel", "Cancel")])
    assert limits.check("chat.postMessage", message) == []
    rows = [b for b in message["blocks"] if b["type"] == "actions"]
    assert [len(r["elements"]) for r in rows] == [25, 6]
    labels = [e["text"]["text"] for r in rows for e in r["elements"]]
    assert len(labels[0]) == 75 and labels[0].endswith("…")
    assert [e["value"] for r in rows for e in r["elements"]][-1] == "tok|cancel"


def _lead(i: int) -> LeadLine:
    return LeadLine(
        id=i,
        customer=f"K{i:03d} " + "Vestlandske Fjordkraft Industrier Havbruk Shipping Eiendom " * 2,
        status="open",
        temperature="warm",
        offer_amount=Decimal(125_000),
        currency="NOK",
        next_step=None,
        next_step_due=None,
        snoozed_until=None,
        updated_at=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        last_activity_on=date(2026, 11, 13),
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_of_a_seller_with_200_warm_leads(language: str) -> None:
    leads = [_lead(i) for i in range(200)]
    view = home_view(
        language,
        status=None,
        report=None,
        leads=leads,
        recent=[],
        team_report=None,
        open_leads=leads[:8],
        open_leads_more=192,
    )
    assert limits.check("views.publish", {"view": view}) == []
    text = message_text(view)
    assert sum(f"K{i:03d} " in text for i in range(200)) == 20
    assert "180" in text and "`/kpi me`" in text  # how many more, and where
    assert "192" in text and i18n.translations(language).gettext(EXAMPLES["owner"]) in text
    assert language == "en" or "more warm leads" not in text  # said in the seller's language


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_settings_form_of_a_team_of_sixty_with_their_own_goals(language: str) -> None:
    own = [
        GoalEntry("meetings", "week", Decimal(5)),
        GoalEntry("calls", "week", Decimal(20)),
        GoalEntry("offers", "week", Decimal(3)),
        GoalEntry("wins", "quarter", Decimal(4)),
        GoalEntry("revenue", "year", Decimal(3_000_000)),
        GoalEntry("new_customer_revenue", "year", Decimal(1_000_000)),
    ]
    listed = GoalList([], [], [], [(f"U3{i:04d}", own) for i in range(60)], "NOK")
    team = TeamSettings(
        1, "C0SALES", "Salg", language, "Europe/Oslo", "NOK", 0, "08:00", True, True
    )
    view = settings_modal(language, team, {}, "{}", listed=listed)
    assert limits.check("views.open", {"view": view}) == []
    shown = message_text(view)
    assert "`/kpi goals`" in shown  # the rest: where they are
    assert sum(f"<@U3{i:04d}>" in shown for i in range(60)) < 60
    # …and `/kpi goals` lists them all.
    reply = text_message(goals_list_text(language, listed))
    assert limits.check("chat.postEphemeral", reply) == []
    assert all(f"<@U3{i:04d}>" in message_text(reply) for i in range(60))


# Every text a modal's title, submit or close button says, as the renderers name them.
VIEW_WORDS = [
    *MODAL_TITLES.values(),
    "Team settings",
    "Plan next step",
    "Hand over",
    "Save",
    "Cancel",
    "Close",
]
# Button labels that are fixed words (a question's answers, the Home's and the nudge's buttons).
BUTTON_WORDS = [*OPTION_LABELS.values(), "Plan next step", "Hand over", "Undo", "Import"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_of_a_modals_title_and_buttons_fits_unshortened(language: str) -> None:
    """The renderers cut a title at 24 characters as a last resort; no language needs it."""
    t = i18n.translations(language)
    long = [w for w in VIEW_WORDS if len(t.gettext(w)) > limits.VIEW_TITLE]
    assert long == [], [t.gettext(w) for w in long]
    example = {
        "name": "x" * 50,
        "date": "onsdag 30. desember 2026 kl 14",
        "amount": "NOK 12 345 678,50",
        "customer": "x" * (PLAN_NAME - 1) + "…",  # a plan's button: the name cut there
        # talks on two days (readers24): Norway's longest two; a longer list (Danish days,
        # three days) cuts the name further to fit (test_readers24)
        "count": 99,  # "Record all 99" (conv24); talks on days: 2 (readers24)
        "days": "tor. 30. sep. og tor. 1. okt.",
        # days27: "This week: Monday and Tuesday done, Wednesday and Thursday planned"
        "done": "søndag og lørdag",
        "planned": "onsdag og torsdag",
        # steps30: a month said by its name ("Today, with a follow-up in September")
        "said": "i september",
        # mendE31: a count's correction ("Take back 1 meeting"), the longest of the four
        "talks": "20 telefonsamtaler",
        "all": i18n.all_of(99, language),  # views34: "Record all 99" ("both" for two)
    }
    wide = [w for w in BUTTON_WORDS if len(t.gettext(w) % example) > limits.BUTTON_TEXT]
    assert wide == [], [t.gettext(w) for w in wide]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_message_past_fifty_blocks_says_how_many_lines_are_left_out_and_where(
    language: str,
) -> None:
    """The digest and the private summary end at 50 blocks (they were cut there silently): the
    last says how many lines were left out and where to read them."""
    from slack_sdk.models.blocks import DividerBlock, MarkdownTextObject, SectionBlock

    from bot.rendering.status import within_message

    sections = [SectionBlock(text=MarkdownTextObject(text=f"a{i}\nb{i}")) for i in range(60)]
    blocks = [DividerBlock(), *sections]
    assert within_message(blocks[:50], language, "`/teamstatus 2026-W47`") == blocks[:50]
    fitted = within_message(blocks, language, "`/teamstatus 2026-W47`")
    message = {"text": "x", "blocks": [b.to_dict() for b in fitted]}
    assert len(fitted) == 50 and limits.check("chat.postMessage", message) == []
    last = fitted[-1].elements[0].text
    # The divider and 48 sections kept, the 49 blocks before the note: 12 of 2 lines left out.
    assert "24" in last and "`/teamstatus 2026-W47`" in last
    if language == "en":
        assert last.startswith("…and 24 more lines, not shown: a Slack message holds 50 blocks.")
    else:
        assert "more lines" not in last  # translated


def test_a_plan_longer_than_a_section_goes_on_in_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    """/kpi plan was one section cut at 2,900 characters."""
    import bot.rendering.plan as plan_rendering
    from bot.services.planning import PlanView

    lines = _lines(100)
    monkeypatch.setattr(plan_rendering, "render", lambda *a, **k: "\n".join(lines))
    view = PlanView(
        user_id="U0KARI",
        name="Kari",
        plan=None,
        quarter="2026-Q4",
        quarter_end=date(2026, 12, 31),
        currency="NOK",
        suggested={},
        own=True,
    )
    message = plan_rendering.plan_message(view, "en")
    assert limits.check("chat.postEphemeral", message) == []
    assert len(message["blocks"]) > 1
    assert all(line in message_text(message) for line in lines)
