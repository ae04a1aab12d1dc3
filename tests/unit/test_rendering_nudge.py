from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from bot.ids import ActionId
from bot.rendering.nudge import lead_ids_of, nudge_message
from bot.services.read_models import LeadLine

TODAY = date(2026, 11, 20)


def lead(lead_id: int) -> LeadLine:
    return LeadLine(
        lead_id, f"Kunde {lead_id}", "open", "warm", Decimal("250000"), "NOK", "call",
        date(2026, 11, 2), None, datetime(2026, 11, 2, tzinfo=UTC),
    )  # fmt: skip


def actions(message: dict) -> list[dict]:
    return [b for b in message["blocks"] if b["type"] == "actions"]


def test_each_pending_lead_gets_its_own_five_buttons() -> None:
    message = nudge_message("nb", [lead(7), lead(9)], TODAY)
    assert lead_ids_of(message) == [7, 9]
    first, second = actions(message)
    assert first["block_id"] == "actions_7" and second["block_id"] == "actions_9"
    assert [b["action_id"] for b in first["elements"]] == [
        ActionId.PLAN_NEXT_STEP.value,
        ActionId.NUDGE_DONE.value,
        ActionId.NUDGE_SNOOZE.value,
        ActionId.NUDGE_COLD.value,
        ActionId.NUDGE_LOST.value,
    ]
    assert {b["value"] for b in first["elements"]} == {"7"}
    assert {b["value"] for b in second["elements"]} == {"9"}
    assert first["elements"][0]["text"]["text"] == "Planlegg neste steg"


def test_messages_share_no_mutable_parts() -> None:
    one = nudge_message("en", [lead(1)], TODAY)
    actions(one)[0]["elements"][0]["text"]["text"] = "changed"
    two = nudge_message("en", [lead(2)], TODAY)
    assert actions(two)[0]["elements"][0]["text"]["text"] == "Plan next step"


def every_state() -> list[LeadLine]:
    """A lead in each state a DM shows, with typed text that must not format and amounts that
    are equal but written differently (1.5 and 1.50)."""
    changed = datetime(2026, 11, 2, 23, 30, tzinfo=UTC)
    return [
        LeadLine(1, "Big_Corp *AS*", "open", "warm", Decimal("250000"), "NOK", None, None, None, changed),
        LeadLine(2, "<!channel> & co", "open", "hot", Decimal("1.5"), "SEK", "demo `x`", date(2026, 11, 19), None, changed),
        LeadLine(3, "Equinor", "open", None, Decimal("1.50"), "EUR", "call", date(2026, 11, 25), None, changed),
        LeadLine(4, "Yara", "open", "warm", None, None, None, None, date(2026, 11, 23), changed),
        LeadLine(5, "Orkla", "open", "cold", Decimal("0"), "DKK", None, None, None, changed),
        LeadLine(6, "Nammo", "lost", "warm", Decimal("99"), "USD", None, None, None, changed),
        LeadLine(7, "Hydro", "won", "hot", Decimal("1234567.25"), "NOK", None, None, None, datetime(2025, 1, 31, tzinfo=UTC)),
    ]  # fmt: skip


def lines(message: dict) -> list[str]:
    return [
        block["text"]["text"] if block["type"] == "section" else block["elements"][0]["text"]
        for block in message["blocks"][1:]
        if block["type"] != "actions"
    ]


def test_every_line_and_what_was_done_as_sellers_read_it() -> None:
    assert lines(nudge_message("en", every_state(), TODAY)) == [
        "*Big_Corp ∗AS∗* (warm) · NOK 250,000 — no next step yet — last contact Mon 2 Nov 2026",
        "*&lt;!channel&gt; &amp; co* (hot) · SEK 1.50 — the next step (demo ˋxˋ) was due Thu 19 Nov 2026",
        # mendE32: a step planned ahead, so no "no next step yet" (was said above "Next step planned")
        "*Equinor* (warm) · € 1.50 — last contact Mon 2 Nov 2026",
        ":white_check_mark: Next step planned: call, Wed 25 Nov 2026",
        "*Yara* (warm) — no next step yet — last contact Mon 2 Nov 2026",
        ":zzz: Snoozed until Mon 23 Nov 2026",
        "*Orkla* (cold) — no next step yet — last contact Mon 2 Nov 2026",
        ":snowflake: Marked cold",
        "*Nammo* (warm) · USD 99 — no next step yet — last contact Mon 2 Nov 2026",
        ":x: Marked lost",
        "*Hydro* (hot) · NOK 1,234,567.25 — no next step yet — last contact Fri 31 Jan 2025",
        ":trophy: Won",
    ]
    assert lines(nudge_message("nb", every_state()[:2], TODAY)) == [
        "*Big_Corp ∗AS∗* (varm) · kr 250\xa0000 — ikke noe neste steg ennå — siste kontakt man. 2. nov. 2026",
        "*&lt;!channel&gt; &amp; co* (het) · SEK 1,50 — neste steg (demo ˋxˋ) hadde frist tor. 19. nov. 2026",
    ]


def test_a_pass_shares_one_memo_across_its_dms_and_languages() -> None:
    memo: dict = {}
    customers = [{"name": "Statkraft", "count": 1, "last": date(2026, 6, 1)}]
    for language in ("en", "nb", "sv", "da", "en", "nb"):
        alone = nudge_message(language, every_state(), TODAY, more=2, a_customers=customers)
        shared = nudge_message(
            language, every_state(), TODAY, more=2, a_customers=customers, memo=memo
        )
        assert shared == alone
    assert len(memo) == 4 * (5 + 5)  # per language: 5 days shown, 5 amounts as written


def test_a_lead_fills_its_shapes_holes_as_the_template_prints_it() -> None:
    # bot.rendering.nudge renders the template once per language and shape of a lead, with
    # holes for its values (control characters): a lead's text holding such characters, or
    # what looks like a hole, is printed as typed, and fills no other hole.
    changed = datetime(2026, 11, 2, 23, 30, tzinfo=UTC)
    odd = [
        LeadLine(1, "Acme\x1a0\x1a", "open", "warm", None, None, None, None, None, changed),
        LeadLine(2, "Hydro\x1f", "open", "hot", None, None, "demo \x1a4\x1a", date(2026, 11, 25), None, changed),
        LeadLine(3, "Yara <b>", "open", "warm", Decimal("5"), None, "call", date(2026, 11, 19), None, changed),
    ]  # fmt: skip
    message = nudge_message("en", odd, TODAY)
    assert lead_ids_of(message) == [1, 2, 3]
    assert lines(message) == [
        "*Acme\x1a0\x1a* (warm) — no next step yet — last contact Mon 2 Nov 2026",
        "*Hydro\x1f* (hot) — last contact Mon 2 Nov 2026",  # mendE32: planned, so no "no next step"
        ":white_check_mark: Next step planned: demo \x1a4\x1a, Wed 25 Nov 2026",
        "*Yara &lt;b&gt;* (warm) · NOK 5 — the next step (call) was due Thu 19 Nov 2026",
    ]
    assert [b["block_id"] for b in actions(message)] == ["actions_1", "actions_3"]


def test_every_lead_of_a_varied_pass_reads_as_the_template_prints_it() -> None:
    # The DM fills each lead's shape's patterns (bot.rendering.nudge._pattern); the template's
    # macro, called for each lead with the real date and amount formats, is what sellers must
    # read. Varied leads: every temperature, state, amount and date kind, and typed text with
    # braces (str.format's own syntax), marks, entities and control characters.
    import random

    from bot import i18n
    from bot.rendering.nudge import _lines_macro, lead_state

    rng = random.Random(13)
    names = [
        "Acme",
        "{0}",
        "{}",
        "}{",
        "a{1}b",
        "Big_Corp *AS*",
        "<!here> & co",
        "x`y",
        "\x1a3\x1a",
    ]
    steps = [None, "", "call", "demo {2}", "{{x}}", "send *offer*", "a\x1fb"]
    amounts = [
        None,
        Decimal("0"),
        Decimal("1.5"),
        Decimal("1.50"),
        Decimal("250000"),
        Decimal("99.99"),
    ]
    days = [None, date(2025, 1, 31), date(2026, 11, 19), TODAY, date(2026, 11, 25)]
    leads = [
        LeadLine(
            n,
            rng.choice(names),
            rng.choice(["open", "open", "won", "lost"]),
            rng.choice(["warm", "hot", "cold", None]),
            rng.choice(amounts),
            rng.choice([None, "NOK", "SEK", "DKK", "EUR", "USD"]),
            rng.choice(steps),
            rng.choice(days),
            rng.choice(days),
            datetime(2026, 11, rng.randint(1, 19), 23, 30, tzinfo=UTC),
            rng.choice([None, date(2026, 10, 1), date(2026, 11, 19), TODAY]),
        )  # fmt: skip
        for n in range(1, 401)
    ]
    part = "\x1e"
    for language in ("en", "nb", "sv", "da"):

        def day(value: date, language: str = language) -> str:
            return i18n.format_day(value, language)

        def money(value: Decimal, currency: str, language: str = language) -> str:
            return i18n.format_money(value, currency, language)

        expected = []
        for item in leads:
            state = lead_state(item, TODAY)
            text = _lines_macro(language)([(item, state)], TODAY, day, money, part)
            line, _sep, done = text.partition(part)
            expected.append(line.strip())
            if state != "pending":
                expected.append(done.strip())
        found = []
        for start in range(0, len(leads), 10):  # a DM lists at most ten
            found += lines(nudge_message(language, leads[start : start + 10], TODAY))
        assert found == expected
