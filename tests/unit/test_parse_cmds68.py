"""Session 68: commands read as the sellers of the held-out rounds (Friday 19 December 2031, the
last Friday before Christmas; Tuesday 30 March 2032, the day after Easter Monday) wrote them, and
as the session's probes found them. Each row is a variant of a held-out phrasing, not the row
itself (those are tests/corpus/commands_holdout46-49.yaml).

- A colleague's deal said after it ("– putting this in for Dan, he's off till Jan", ", legger inn
  for Sigrid (syk)"), why first and the logging last ("Erik e på semester så jag lägger in den"),
  or said first with why in brackets ("logging for Dan (he's off till the 6th): Unilever £210k"):
  asked, as session 67's forms are (were the note, or a customer "logging for Dan").
- An amount put right with its mending said after it ("nei, 570k var det", "nej 1,2 mio.
  selvfølgelig", "nej 560 tkr menar jag") or an "ups" before it: the amount meant.
- An emoji after the krone's dash ("H&M 3 200 000:- 🎅 årets sista affär", "300 000,-🎉 bra"): a
  clause's end (was refused as no customer, or the amount read into the name).
- A win's remark with a period's figure or the last of a period ("Q1-målet i boks", "sista
  affären i Q1", "kvartalsmålet i hus", "Q4 target in the bag"): the note.
- A renewal by its noun ("3-year renewal", "fornyelse av avtalen") or through a year ("fornyet
  serviceavtalen ut 2033"): the note.
- A step by a weekday that is a public holiday where the seller works ("ringer igen på fredag"
  on 19 Dec: 2. juledag), or said by the days between Christmas and New Year ("i
  mellandagarna", "i romjula"): asked as typed. A date typed is kept.
- "Before Christmas" / "before New Year" in England: by the 24th / 31st (working days there);
  the Nordics' "før jul" / "innan nyår" by the 23rd / 30th, said any day of December.
- "annandagen" alone: the second day of Christmas or of Easter, whichever is nearest.
- "i skärtorsdags", "i langfredags": the day gone.
- The deal's start right after its amount, no mark between ("310 000,- oppstart etter 17. mai"):
  the note (was refused as a win dated ahead).
- The customer's call words with "til" ("ringede til mig i formiddags"): dropped.
- A try again after a dash ("– inget svar, testar igen imorrn", "tog den ikke – prøver igen
  torsdag"): the step, what went before it the note.
- "pcm" typed onto its figure ("£1,850pcm x 24 months"): read as "£1,850 pcm"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.services.commands import parse_log_command
from bot.services.dates import parse_date
from tests.unit.fresh_phrasings import KINDS, KRONE

DEC_19 = date(2031, 12, 19)  # Friday, week 51
MAR_30 = date(2032, 3, 30)  # Tuesday, week 14; Easter Monday was 29 March


def read(kind: str, lang: str, text: str, today: date = MAR_30):  # type: ignore[no-untyped-def]
    return parse_log_command(KINDS[kind], text, today=today, krone=KRONE[lang], language=lang)


@pytest.mark.parametrize(
    ("lang", "text", "customer", "unread"),
    [
        ("en", "Tesco £50k - putting this in for Priya, she's on leave", "Tesco",
         "putting this in for Priya, she's on leave"),
        ("nb", "Kiwi 300k, legger inn for Ola (ferie)", "Kiwi", "legger inn for Ola (ferie)"),
        ("da", "Netto 400.000 kr, lægger den ind for Mads da han er syg", "Netto",
         "lægger den ind for Mads da han er syg"),
        ("sv", "ICA 200 tkr, Anna är sjuk så jag lägger in den", "ICA",
         "Anna är sjuk så jag lägger in den"),
        ("en", "Aviva £40k, Sam is away so I'm putting it in", "Aviva",
         "Sam is away so I'm putting it in"),
        ("en", "logging for Priya (she's on leave): Boots £90k", "Boots",
         "logging for Priya (she's on leave)"),
    ],
)  # fmt: skip
def test_a_colleagues_deal_said_after_it_is_asked(lang, text, customer, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = read("win", lang, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, None, unread)


@pytest.mark.parametrize(
    ("lang", "text", "amount"),
    [
        ("nb", "Kiwi 450k – nei, 540k var det", "540000"),
        ("da", "Netto 1,4 mio... nej 1,3 mio. selvfølgelig", "1300000"),
        ("sv", "ICA 380 tkr.. nej 830 tkr menar jag", "830000"),
        ("da", "Jysk 210 t.kr... ups, 120 t.kr. skulle det være", "120000"),
        ("en", "Tesco £45k oops £54k obviously", "54000"),
    ],
)
def test_an_amount_put_right_with_its_mending_after_it(lang, text, amount) -> None:  # type: ignore[no-untyped-def]
    cmd = read("offer", lang, text)
    assert (cmd.amount, cmd.unread, cmd.note) == (Decimal(amount), None, None)


@pytest.mark.parametrize(
    ("lang", "text", "customer", "amount", "note"),
    [
        ("sv", "H&M 1 200 000:- 🎄 årets sista affär", "H&M", "1200000", "årets sista affär"),
        ("nb", "Kiwi 300 000,- 🎉 bra", "Kiwi", "300000", "bra"),
        ("nb", "Kiwi 300 000,-🎉 bra", "Kiwi", "300000", "bra"),
    ],
)
def test_an_emoji_after_the_krones_dash_ends_the_clause(lang, text, customer, amount, note) -> None:  # type: ignore[no-untyped-def]
    cmd = read("win", lang, text, DEC_19)
    assert (cmd.customer, cmd.amount, cmd.note, cmd.unread) == (
        customer, Decimal(amount), note, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("nb", "Orkla 1,1 MNOK 🎉 Q1-målet i boks", "Q1-målet i boks"),
        ("sv", "Volvo 780 tkr, sista affären i Q1 💪", "sista affären i Q1"),
        ("da", "Vestas 480 tkr 🎉 kvartalsmålet i hus", "kvartalsmålet i hus"),
        ("en", "Tesco £40k - Q4 target in the bag", "Q4 target in the bag"),
        ("en", "Tesco £40k, last deal of 2031", "last deal of 2031"),
        ("en", "Tesco £40k, first order in Q1", "first order in Q1"),
        ("nb", "SalMar fornyet rammeavtalen ut 2034, 1 200 000 kr", "fornyet rammeavtalen ut 2034"),
        ("en", "Reckitt 2-year renewal £140k", "2-year renewal"),
        ("nb", "Tine 1,2 mill, fornyelse av avtalen", "fornyelse av avtalen"),
    ],
)
def test_a_wins_remark_or_renewal_is_the_note(lang, text, note) -> None:  # type: ignore[no-untyped-def]
    cmd = read("win", lang, text)
    assert (cmd.note, cmd.unread) == (note, None)


@pytest.mark.parametrize(
    ("kind", "lang", "text", "unread"),
    [
        ("call", "da", "Rockwool i dag, varm, ringer igen på fredag", "ringer igen på fredag"),
        ("call", "nb", "Komplett idag, het 🔥 demo neste fre", "demo neste fre"),
        ("call", "en", "Tesco today, call back Friday", "call back Friday"),
        ("call", "sv", "Elgiganten idag, kall, ring igen i mellandagarna",
         "ring igen i mellandagarna"),
        ("call", "nb", "Fjordkraft idag, varm, ringer tilbake i romjula", "ringer tilbake i romjula"),
        ("meeting", "en", "Hampers Ltd today, warm, next meeting between Christmas and New Year",
         "next meeting between Christmas and New Year"),
    ],
)  # fmt: skip
def test_a_step_on_no_working_day_is_asked_as_typed(kind, lang, text, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = read(kind, lang, text, DEC_19)
    assert (cmd.next_step, cmd.unread) == (None, unread)


@pytest.mark.parametrize(
    ("lang", "text", "due"),
    [
        ("nb", "Kiwi i dag, ringer igjen mandag", date(2031, 12, 22)),  # worked
        ("nb", "Kiwi i dag, neste møte 26. desember", date(2031, 12, 26)),  # a date typed: as typed
    ],
)
def test_a_step_on_a_working_day_or_a_date_typed_is_kept(lang, text, due) -> None:  # type: ignore[no-untyped-def]
    cmd = read("meeting", lang, text, DEC_19)
    assert (cmd.next_step.due, cmd.unread) == (due, None)


@pytest.mark.parametrize(
    ("lang", "text", "due"),
    [
        ("en", "Tesco today, proposal before Christmas", date(2031, 12, 24)),
        ("sv", "ICA idag, offert innan jul", date(2031, 12, 23)),
        ("sv", "ICA idag, avtal innan nyår", date(2031, 12, 30)),
        ("nb", "Kiwi i dag, nytt møte før jul", date(2031, 12, 23)),
    ],
)
def test_before_christmas_or_new_year_in_december(lang, text, due) -> None:  # type: ignore[no-untyped-def]
    cmd = read("meeting", lang, text, DEC_19)
    assert cmd.next_step is not None and cmd.next_step.due == due


def test_before_new_year_in_england_is_new_years_eve() -> None:
    assert parse_date("before the New Year", today=DEC_19, direction="future") == date(2031, 12, 31)
    assert parse_date("innan nyår", today=date(2031, 12, 1), direction="future") == date(
        2031, 12, 30
    )


@pytest.mark.parametrize(
    ("today", "when"),
    [(MAR_30, date(2032, 3, 29)), (date(2031, 12, 29), date(2031, 12, 26))],
)
def test_annandagen_alone_is_the_nearest_second_day(today: date, when: date) -> None:
    cmd = read("call", "sv", "Volvo ringde mig på annandagen", today)
    assert (cmd.when, cmd.unread) == (when, None)


@pytest.mark.parametrize(
    ("lang", "text", "when"),
    [
        ("sv", "möte m Peab i skärtorsdags, varm", date(2032, 3, 25)),
        ("nb", "Kiwi i skjærtorsdags", date(2032, 3, 25)),
        ("nb", "Kiwi i langfredags", date(2032, 3, 26)),
    ],
)
def test_the_easter_days_gone_in_their_past_form(lang, text, when) -> None:  # type: ignore[no-untyped-def]
    cmd = read("meeting", lang, text)
    assert (cmd.when, cmd.unread) == (when, None)


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("nb", "Widerøe 310 000,- oppstart etter 20. mai", "oppstart etter 20. mai"),
        ("nb", "Widerøe 310k oppstart etter 17. mai", "oppstart etter 17. mai"),
    ],
)
def test_the_deals_start_after_its_amount_is_the_note(lang, text, note) -> None:  # type: ignore[no-untyped-def]
    cmd = read("win", lang, text)
    assert (cmd.when, cmd.note, cmd.unread) == (MAR_30, note, None)


def test_their_call_words_with_til_are_dropped() -> None:
    cmd = read("call", "da", "Pandora ringede til mig i formiddags, hed 🔥")
    assert (cmd.temperature.value, cmd.unread, cmd.note) == ("hot", None, None)


@pytest.mark.parametrize(
    ("lang", "text", "note", "what", "due"),
    [
        ("sv", "Arla idag – inget svar, testar igen imorrn", "inget svar", "testar igen",
         date(2032, 3, 31)),
        ("da", "Matas idag, tog den ikke – prøver igen torsdag", "tog den ikke", "prøver igen",
         date(2032, 4, 1)),
    ],
)  # fmt: skip
def test_a_try_again_after_a_dash_is_the_step(lang, text, note, what, due) -> None:  # type: ignore[no-untyped-def]
    cmd = read("call", lang, text)
    assert (cmd.note, cmd.next_step.what, cmd.next_step.due) == (note, what, due)


def test_pcm_typed_onto_its_figure() -> None:
    cmd = read("offer", "en", "Waitrose £1,850pcm x 24 months")
    assert (cmd.amount, cmd.currency, cmd.unread) == (
        Decimal("44400"), "GBP", "£1,850pcm x 24 months",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("nb", "Kiwi forrige uke, varm. De vil ha demo før 17. mai", "De vil ha demo før 17. mai"),
        ("sv", "ICA förra veckan, kall 🥶 de vill ha ny offert innan kvartalsskiftet",
         "de vill ha ny offert innan kvartalsskiftet"),
    ],
)  # fmt: skip
def test_their_wish_by_a_time_after_a_stop_or_a_quarters_turn_is_the_note(lang, text, note) -> None:  # type: ignore[no-untyped-def]
    cmd = read("meeting", lang, text)
    assert (cmd.next_step, cmd.note, cmd.unread) == (None, note, None)


def test_their_absence_for_the_rest_of_the_week_then_our_step_after_a_dash() -> None:
    cmd = read(
        "call", "nb", "Tine i dag, varm, innkjøperen har påskeferie ut uka – ringer om 14 dager"
    )
    assert (cmd.note, cmd.next_step.what, cmd.next_step.due, cmd.unread) == (
        "innkjøperen har påskeferie ut uka", "ringer", date(2032, 4, 13), None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "what", "due"),
    [
        ("nb", "Kiwi idag, het 🔥 kommer innom butikken i morgen", "kommer innom butikken",
         date(2032, 3, 31)),
        ("nb", "Kiwi i dag, stikker innom fredag", "stikker innom", date(2032, 4, 2)),
    ],
)  # fmt: skip
def test_a_visit_of_ours_dropping_by_is_the_step(lang, text, what, due) -> None:  # type: ignore[no-untyped-def]
    cmd = read("call", lang, text)
    assert (cmd.next_step.what, cmd.next_step.due, cmd.unread) == (what, due, None)


def test_week_commencing_kept_in_the_note() -> None:
    cmd = read("win", "en", "Pret A Manger £58k, go-live w/c 3rd May")
    assert (cmd.note, cmd.unread) == ("go-live w/c 3rd May", None)


@pytest.mark.parametrize(
    ("lang", "text", "note", "unread"),
    [
        ("da", "Netto i dag, varm, næste møde d. 17.", None, "næste møde d. 17."),
        ("en", "Boots today, warm, call back the 18th", None, "call back the 18th"),
        ("en", "Boots this morning, keen, next mtg the 18th", "keen", "next mtg the 18th"),
    ],
)
def test_a_day_of_the_month_just_gone_as_a_step_is_asked_with_the_record_kept(
    lang: str, text: str, note: str | None, unread: str
) -> None:
    cmd = read("meeting", lang, text, DEC_19)
    assert (cmd.when, cmd.next_step, cmd.note, cmd.unread) == (DEC_19, None, note, unread)


@pytest.mark.parametrize(
    "text", ["Kiwi 860k – signerer lille julaften", "Tesco £40k, signing on Christmas Eve"]
)
def test_a_win_signed_on_a_holiday_to_come_is_refused_as_ahead(text: str) -> None:
    from bot.errors import UserError

    with pytest.raises(UserError) as refused:
        read("win", "nb", text, DEC_19)
    assert refused.value.code == "date_in_future"


@pytest.mark.parametrize(
    ("lang", "text", "unread"),
    [
        ("sv", "Stena 2,4 mkr – rättelse, inte 2,1 som jag loggade förut",
         "rättelse, inte 2,1 som jag loggade förut"),
        ("nb", "Kiwi 450k – rettelse, ikke 540k som jeg skrev i går",
         "rettelse, ikke 540k som jeg skrev i går"),
    ],
)  # fmt: skip
def test_a_note_mending_an_earlier_record_is_asked(lang: str, text: str, unread: str) -> None:
    cmd = read("offer", lang, text)
    assert (cmd.note, cmd.unread) == (None, unread)


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("en", "Bunny Hop Ltd, owner sold up over Easter", "owner sold up over Easter"),
        ("nb", "Kiwi, de byttet leverandør i påsken", "de byttet leverandør i påsken"),
    ],
)
def test_a_loss_reason_ending_in_a_holiday_is_the_note_the_loss_today(lang, text, note) -> None:  # type: ignore[no-untyped-def]
    cmd = read("lost", lang, text)
    assert (cmd.when, cmd.note, cmd.unread) == (MAR_30, note, None)


def test_their_call_said_by_its_verb_alone_is_dropped() -> None:
    cmd = read("call", "nb", "Fjordkraft ringte i formiddag, lunken")
    assert (cmd.when, cmd.unread) == (MAR_30, "lunken")
    other = read("call", "da", "Coop i går, varm, ringede også til Netto")
    assert other.unread == "ringede også til Netto"


@pytest.mark.parametrize(
    ("lang", "text", "what", "due"),
    [
        ("en", "Bakery Ltd today, cold 🥶 tasting in May", "tasting", date(2032, 5, 28)),
        ("sv", "Snacks AB i fredags, het 🔥 provsmakning v.2", "provsmakning", date(2032, 1, 9)),
    ],
)
def test_a_tasting_with_a_day_plainly_ahead_is_the_step(lang, text, what, due) -> None:  # type: ignore[no-untyped-def]
    cmd = read("meeting", lang, text, DEC_19)
    assert (cmd.next_step.what, cmd.next_step.due, cmd.unread) == (what, due, None)


def test_a_tasting_booked_stays_the_meeting_booked() -> None:
    cmd = read("meeting", "en", "Tesco, booked a tasting for Wed", DEC_19)
    assert (cmd.next_step.what, cmd.note) == ("meeting", "tasting")


def test_a_colleagues_absence_with_its_possessive_then_the_logging_is_asked() -> None:
    cmd = read("win", "en", "Boots £30k, Priya's on leave so I'm putting it in")
    assert (cmd.customer, cmd.note, cmd.unread) == (
        "Boots", None, "Priya's on leave so I'm putting it in",
    )  # fmt: skip
