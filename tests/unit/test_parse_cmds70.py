"""Session 70: commands read as the sellers of the held-out rounds (Monday 1 November 2032, the
month's first day; Thursday 30 December 2032, romjul, nyttårsaften the day after) wrote them.
Each row is a variant of a held-out phrasing, not the row itself (those are tests/corpus/
commands_holdout54-57.yaml).

- A colleague's deal logged for them, said after the record in more ways ("det er Jonas' kunde,
  han har juleferie så jeg lægger den ind", "logging it for Callum, he's off till the 10th",
  after a sentence's end: "… valgte Visma. Logger for Magnus, han har fri til 3/1"): asked as
  typed, never a note on a record counted as the author's (were the note).
- A correction of an earlier entry after the record's amount, with the amount it was ("Waitrose
  £84k - correction to Friday's post, not £48k", "Rambøll 1.650.000,- rettelse til gårsdagens,
  der stod 1.560.000", "korr. av gårsdagens, der skrev jeg 890 000"): the record's amount is the
  one before it, the correction asked (was the old amount read, the one meant left unread).
- A loss's word and its day after a dash ("Rema – tapt i går"): the loss's day (was today, the
  day in the note).
- commands.mends.the_amount_it_was: the amount the mended record had, in the correction's scale.
- A temperature said twice and nothing else ("warm € warm"): refused (was a RecursionError).
- A win whose signing's noun has a weekday ("signering onsdag", "contract signing Weds" said on
  a Monday): refused as ahead (was a win today, or on the Wednesday gone).
- Done work in the weekend ("i helga", "i helgen", "over the weekend"): Saturday or Sunday is
  asked, the words unread (was the Saturday); a talk we run ("vi kör en workshop i januari"):
  the step (was unread).
- A loss to a rival in Swedish slang or Danish ("tappade mot Lime CRM", "tabte mod Pipedrive"):
  no customer, refused (were the rival stored as lost). An offer's recipient with their place
  ("til indkøbschefen i Tyskland"), the tax after a year's price ("om året ekskl. moms", "per
  annum + VAT") and what it is for ("for the Spanish bases"): the note (were asked).
- The first working day of January or the new year ("første arbeidsdag i januar", "first working
  day of Jan") is a day, as "første arbeidsdag etter nyttår" is (was none).
- A holiday's nation word is a company's ("Ringte Norwegian", "National Grid", "Swedish Match":
  were refused as no customer).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.commands.mends import the_amount_it_was
from tests.unit.fresh_phrasings import KINDS, KRONE

NOV_1 = date(2032, 11, 1)  # Monday, week 45
DEC_30 = date(2032, 12, 30)  # Thursday, ISO week 53


def read(kind: str, lang: str, text: str, today: date = DEC_30):  # type: ignore[no-untyped-def]
    return parse_log_command(KINDS[kind], text, today=today, krone=KRONE[lang], language=lang)


@pytest.mark.parametrize(
    ("kind", "lang", "text", "customer", "note", "said"),
    [
        ("win", "da", "Salling 310.000 kr. – det er Sørens kunde, han er syg så jeg lægger den ind",
         "Salling", None, "det er Sørens kunde, han er syg så jeg lægger den ind"),
        ("win", "nb", "Kiwi 240k – det er Olas kunde, han har ferie så jeg legger den inn",
         "Kiwi", None, "det er Olas kunde, han har ferie så jeg legger den inn"),
        ("win", "en", "Aviva £60k - logging it for Priya, she's off till the 4th",
         "Aviva", None, "logging it for Priya, she's off till the 4th"),
        ("lost", "da", "Netto, valgte Salesforce. Logger for Mette, hun har fri til 4/1",
         "Netto", "valgte Salesforce", "Logger for Mette, hun har fri til 4/1"),
        ("lost", "sv", "Skanska – ingen budget 2033. Annas kund, hon har slutat så jag loggar den",
         "Skanska", "ingen budget 2033", "Annas kund, hon har slutat så jag loggar den"),
    ],
)  # fmt: skip
def test_a_colleagues_deal_logged_for_them_is_asked(kind, lang, text, customer, note, said) -> None:  # type: ignore[no-untyped-def]
    cmd = read(kind, lang, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, said)


@pytest.mark.parametrize(
    ("kind", "lang", "text", "customer", "amount", "said"),
    [
        ("offer", "en", "Ocado £92k - correction to Monday's post, not £29k",
         "Ocado", "92000", "correction to Monday's post, not £29k"),
        ("offer", "da", "Coop 1.250.000,- rettelse til gårsdagens, der stod 1.520.000",
         "Coop", "1250000", "rettelse til gårsdagens, der stod 1.520.000"),
        ("offer", "nb", "Tine 760 000 kr – korr. av gårsdagens, der skrev jeg 670 000",
         "Tine", "760000", "korr. av gårsdagens, der skrev jeg 670 000"),
        ("win", "en", "Boots £64k - fixing yesterday's entry, I had £46k",
         "Boots", "64000", "fixing yesterday's entry, I had £46k"),
    ],
)  # fmt: skip
def test_the_amount_before_a_correction_of_an_earlier_entry_is_the_records(  # type: ignore[no-untyped-def]
    kind, lang, text, customer, amount, said
) -> None:
    cmd = read(kind, lang, text)
    assert (cmd.customer, cmd.amount, cmd.unread, cmd.note) == (
        customer,
        Decimal(amount),
        said,
        None,
    )


def test_a_plain_second_amount_is_no_correction() -> None:
    # no correction's word: the reading of two amounts is as before (asked)
    cmd = read("offer", "nb", "Kiwi 300k – 3 år, 900k totalt")
    assert "korr" not in (cmd.unread or "") and cmd.customer == "Kiwi"


@pytest.mark.parametrize(
    ("lang", "text", "day", "note"),
    [
        ("nb", "Rema – tapt i går", date(2032, 12, 29), "tapt"),
        ("da", "Netto – tabt i mandags", date(2032, 12, 27), "tabt"),
        ("sv", "Coop 2,1 mkr – vunnen i söndags", date(2032, 12, 26), "vunnen"),
    ],
)
def test_a_closings_word_and_its_day_after_a_dash_is_its_day(lang, text, day, note) -> None:  # type: ignore[no-untyped-def]
    kind = "win" if "vunnen" in text else "lost"
    cmd = read(kind, lang, text)
    assert (cmd.when, cmd.note) == (day, note)


@pytest.mark.parametrize(
    ("kind", "lang", "text", "was"),
    [
        ("win", "sv", "Stena 2,4 mkr – rättelse, inte 2,1 som jag loggade i går", "2100000"),
        ("offer", "nb", "Orkla 275k -- rettelse, ikke 250k", "250000"),
        ("win", "en", "Fuller's 58k – fixing yesterday's entry, I put 85k by mistake", "85000"),
        ("offer", "en", "Boots £64k - fixing yesterday's entry, I had £46k", "46000"),
        ("offer", "da", "Coop 1.250.000,- rettelse til gårsdagens, der stod 1.520.000", "1520000"),
        ("offer", "nb", "Kiwi 350k -- rettelse av forrige post, feil beløp", None),
        ("offer", "nb", "Kiwi 350k -- ny runde, ikke 300k", None),  # no correction said
    ],
)
def test_the_amount_the_mended_record_had(kind, lang, text, was) -> None:  # type: ignore[no-untyped-def]
    cmd = read(kind, lang, text, NOV_1)
    found = the_amount_it_was(cmd, text, KRONE[lang])
    assert found == (None if was is None else Decimal(was))


@pytest.mark.parametrize("kind", ["meeting", "lost", "win"])
@pytest.mark.parametrize("text", ["warm € warm", "warm, warm", "het 🔥 het"])
def test_a_temperature_said_twice_alone_is_refused_not_a_crash(kind, text) -> None:  # type: ignore[no-untyped-def]
    # was a RecursionError (an HTTP 500): "warm € warm" turned to "warm, warm", then again
    with pytest.raises(UserError) as refused:
        read(kind, "nb", text)
    assert refused.value.code in ("not_a_customer", "missing_amount")


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("nb", "Aker BP 3,1 mill – signering onsdag", date(2032, 11, 3)),
        ("en", "Ocado £75k - contract signing Weds", date(2032, 11, 3)),
        ("da", "Danfoss 900.000 kr. – underskrift fredag", date(2032, 11, 5)),
    ],
)
def test_a_win_whose_signing_is_on_a_weekday_ahead_is_refused(lang, text, day) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as refused:
        read("win", lang, text, NOV_1)
    assert refused.value.code == "date_in_future" and refused.value.params["date"] == day


@pytest.mark.parametrize(
    ("kind", "lang", "text", "customer"),
    [
        ("call", "nb", "Ringte Norwegian, svarer ikke", "Norwegian"),
        ("meeting", "en", "National Grid yesterday, warm", "National Grid"),
        ("meeting", "sv", "Swedish Match idag", "Swedish Match"),
    ],
)
def test_a_nations_word_of_a_holiday_is_a_names(kind, lang, text, customer) -> None:  # type: ignore[no-untyped-def]
    assert read(kind, lang, text).customer == customer


@pytest.mark.parametrize(
    ("kind", "lang", "text", "said"),
    [
        ("meeting", "nb", "Storebrand i helga, varm, følger opp torsdag", "i helga"),
        ("call", "sv", "Mekonomen ringde i helgen, varm", "i helgen"),
        ("meeting", "da", "Netto i weekenden", "i weekenden"),
        ("meeting", "en", "Tesco over the weekend", "over the weekend"),
    ],
)
def test_done_work_in_the_weekend_is_asked(kind, lang, text, said) -> None:  # type: ignore[no-untyped-def]
    # Saturday or Sunday: the words unread, the log's service asks which (was the Saturday)
    cmd = read(kind, lang, text, NOV_1)
    assert (cmd.when, cmd.unread) == (NOV_1, said)


def test_a_weekday_by_name_and_a_weekend_as_a_step_are_read_as_before() -> None:
    assert read("meeting", "nb", "Tine lørdag", NOV_1).when == date(2032, 10, 30)
    cmd = read("meeting", "nb", "Tine i dag -- de er stengt i helga", NOV_1)
    assert (cmd.when, cmd.note) == (NOV_1, "de er stengt i helga")


@pytest.mark.parametrize(
    ("lang", "text", "what", "due"),
    [
        ("sv", "Postnord idag, vi kör en workshop i januari", "workshop", date(2033, 1, 31)),
        ("nb", "Tine i dag, vi kjører en demo neste uke", "demo", date(2033, 1, 7)),
    ],
)
def test_a_talk_we_run_is_the_step(lang, text, what, due) -> None:  # type: ignore[no-untyped-def]
    # "vi kör en workshop", "vi kjører en demo": as "vi tar en workshop" (was unread)
    step = read("meeting", lang, text).next_step
    assert step is not None and (step.what, step.due) == (what, due)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "tappade mot Lime CRM"),
        ("da", "tabte mod Pipedrive – igen"),
        ("sv", "tappat mot Upsales"),
    ],
)
def test_a_loss_to_a_rival_with_no_customer_is_refused(lang, text) -> None:  # type: ignore[no-untyped-def]
    # the rival is never the customer lost (were customers "Lime CRM", "mod Pipedrive")
    with pytest.raises(UserError) as refused:
        read("lost", lang, text)
    assert refused.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        # whom it went to, and where they sit
        ("da", "Ecco EUR 42.500 i mandags, til indkøbschefen i Tyskland", "til indkøbschefen i Tyskland"),
        # the tax said of a year's price: dropped as of any price
        ("da", "Trustpilot 312 tkr om året ekskl. moms", "om året"),
        ("en", "Auto Trader £42,000 per annum + VAT", "per annum"),
        # what the price is for
        ("en", "Jet2 €95k for the Spanish bases", "for the Spanish bases"),
    ],
)  # fmt: skip
def test_more_an_offers_words_are_its_note(lang, text, note) -> None:  # type: ignore[no-untyped-def]
    cmd = read("offer", lang, text)
    assert (cmd.note, cmd.unread) == (note, None)


@pytest.mark.parametrize(
    ("lang", "text", "what"),
    [
        ("nb", "Tine i dag, ringer første arbeidsdag i januar", "ringer"),
        ("da", "Netto i dag, ringer første arbejdsdag i det nye år", "ringer"),
        ("en", "Tesco today, chase first working day of Jan", "chase"),
    ],
)
def test_the_first_working_day_of_the_new_year_is_a_day(lang, text, what) -> None:  # type: ignore[no-untyped-def]
    # as "første arbeidsdag etter nyttår" (was no day read, the step left unread)
    step = read("meeting", lang, text).next_step
    assert step is not None and (step.what, step.due) == (what, date(2033, 1, 3))
