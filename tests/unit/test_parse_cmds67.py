"""Session 67: commands read as the sellers of the held-out rounds (Wednesday 18 June 2031, the
week of Swedish midsommar; Monday 1 September 2031, the first day after the summer) wrote them,
and as the session's probes found them.

- A talk named by a compound opening a clause, then a day to come ("Kiwi, kontraktsmøte tis
  14/1", "Danfoss, budgetmøde uge 3", "Essity, budgetmöte v.3"): the next step, as "møte tis
  14/1" after a temperature is (was its day read as the meeting's, refused as ahead).
- The lead's temperature before the customer's absence in one clause ("…, kald 🥶 innkjøpssjef
  på ferie til 15. sept", "…, cold 🥶 buyer's off till after the school hols"): the temperature
  kept, the absence the note (was the whole clause the note, the lead stored without one).
- A pictograph typed onto its word ("het🔥", "hot🔥"): read as with a space (was asked).
- The note's marks as typed ("ikke svar – sendte sms", "contract renewal (3 yrs)", "Tom's deal,
  he asked me to put it in", "site visit"): were "; ", a space, or a hyphen of the reader's.
- An amount put right with more words: "nej fel,", "øh nej,", "typo,", "nei feil,", and said after
  it ("1,25 mille skulle det va"); "mille" a Swede's million.
- A colleague's deal asked with why, to the end ("– Ola sin, han er på ferie", "Emmas kund (hon
  är ledig)", "– egentligen Sofias kund, hon är föräldraledig"), and said first ("skriver den
  ind for Louise – Netcompany 1,4 mio.", "logging this for Tom while he's off - Aviva £40k").
- The customer's absence in more words: a week's number or Christmas as its end ("på ferie til
  uke 32", "på barsel til jul", "sjukskriven till v.27"), a month ("de har semester hela juli");
  what they need by a time ("de skal bruge en pris før sankthans", "they need pricing by the
  25th"), or want before the schools' break ("de vil ha demo før høstferien"): the note (was
  asked, or its holiday read as the call's day and refused as ahead).
- The schools' breaks are spans ("før høstferien", "innan höstlovet", "before half term"): no
  day guessed.
- A period ending a loss's reason ("budsjettet brukt opp i august", "they went with Sage in
  July", "new CFO froze all spend this week"): the note as typed, the loss today's (was dated
  the month's 1st or the week's Monday, the words dropped); a month alone as the loss's day
  ("Kiwi i august") asked, as a meeting's is (was its 1st, stored sure).
- An amount in a meeting's or call's note after a dash ("– la fram tilbud 850k på møtet", "–
  de skrev under på 1,2 mio. efter mødet"): another record, asked (was noted, never counted).
- A talk's noun alone before a month ("…, het 🔥 workshop i oktober"): the step by the month's
  last working day, as "nytt möte i oktober" is (was asked); "demo någon gång i oktober" asked.
- More mood words the note ("sceptical", "avventende", "entusiastiska").
- What the seller says of a win left alone after it: the deal's start put in time ("oppstart
  etter fellesferien"), how big or first ("biggest deal of the year", "første ordre efter
  sommerferien"), the target made ("månadsmålet för augusti klart"): the note (was asked).
- A talk they would like ("de vil gerne have et møde mandag kl. 13", "de vil ha en
  Teams-gjennomgang fredag kl 13"): the step, as "de vil have et møde" is.
- A talk we hold to come ("vi tager et møde i oktober", "vi tar neste prat den 1.", "vi holder
  opstartsmøde i oktober"): the step, as one booked (was its month the call's, refused as ahead,
  or "vi tar" the note); a talk they want by its definite form at its hour ("de vil se demoen
  onsdag kl. 9").
- Earlier today in more words ("first thing", "nyss"): today (was asked).
- Their mood last after a colleague along ("with Sam from our Leeds office, keen"): the note,
  the colleague asked; two parts a reader put together the other way round kept as typed
  ("with Sam, keen": was "keen; with Sam").
- A day of the month alone as a step, said on that day ("meeting booked for the 1st" on the
  1st): next month's (was due today); one just gone stays refused as a slip (session 65)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.services.commands import parse_log_command
from bot.services.dates import said_as_a_span
from tests.unit.fresh_phrasings import KINDS, KRONE

JAN_3 = date(2031, 1, 3)  # Friday, ISO week 1 of 2031
JUN_18 = date(2031, 6, 18)  # Wednesday, week 25; midsommarafton Fri 20 June
SEP_1 = date(2031, 9, 1)  # Monday, week 36; England's summer bank holiday was Mon 25 Aug


def read(kind: str, lang: str, text: str, today: date = JUN_18):  # type: ignore[no-untyped-def]
    return parse_log_command(KINDS[kind], text, today=today, krone=KRONE[lang], language=lang)


@pytest.mark.parametrize(
    ("kind", "lang", "text", "what", "due"),
    [
        ("meeting", "nb", "Kiwi, kontraktsmøte tis 14/1", "kontraktsmøte", date(2031, 1, 14)),
        ("meeting", "nb", "Kiwi, statusmøte 14.1.", "statusmøte", date(2031, 1, 14)),
        ("meeting", "da", "Danfoss, budgetmøde uge 3", "budgetmøde", date(2031, 1, 17)),
        ("call", "sv", "Volvo, budgetmöte nästa vecka", "budgetmöte", date(2031, 1, 10)),
        ("meeting", "sv", "Essity, budgetmöte v.3", "budgetmöte", date(2031, 1, 17)),
        ("win", "nb", "Kiwi 300k, oppstartsmøte 14/1", "oppstartsmøte", date(2031, 1, 14)),
    ],
)
def test_a_talk_by_its_compound_with_a_day_to_come_is_the_step(kind, lang, text, what, due) -> None:  # type: ignore[no-untyped-def]
    cmd = read(kind, lang, text, JAN_3)
    assert (cmd.when, cmd.next_step.what, cmd.next_step.due, cmd.unread) == (JAN_3, what, due, None)


@pytest.mark.parametrize(
    "text", ["Kiwi, statusmøte i går", "Kiwi, møte i går", "Kiwi AS, kundemøte i går"]
)
def test_a_talk_with_a_day_gone_is_still_the_meetings_day(text: str) -> None:
    cmd = read("meeting", "nb", text, JAN_3)
    assert (cmd.customer[:4], cmd.when, cmd.next_step) == ("Kiwi", date(2031, 1, 2), None)


@pytest.mark.parametrize(
    ("kind", "lang", "text", "temperature", "note"),
    [
        ("call", "nb", "Avinor idag, kald 🥶 innkjøpssjef på ferie til 15. sept", "cold",
         "innkjøpssjef på ferie til 15. sept"),
        ("call", "nb", "Avinor idag, kald 🥶 de er på ferie til 15. sept", "cold",
         "de er på ferie til 15. sept"),
        ("call", "en", "Bellway today, cold 🥶 buyer's off till after the school hols", "cold",
         "buyer's off till after the school hols"),
        ("call", "en", "Bellway today, hot🔥 buyer's off till Monday", "hot",
         "buyer's off till Monday"),
        ("call", "da", "Nilfisk i dag, kold 🥶 indkøberen er på ferie til uge 32", "cold",
         "indkøberen er på ferie til uge 32"),
        ("call", "nb", "Kiwi i dag, het🔥", "hot", None),
    ],
)  # fmt: skip
def test_the_temperature_before_their_absence_is_kept(kind, lang, text, temperature, note) -> None:  # type: ignore[no-untyped-def]
    cmd = read(kind, lang, text, SEP_1)
    assert (cmd.temperature.value, cmd.note, cmd.unread) == (temperature, note, None)


@pytest.mark.parametrize(
    ("kind", "lang", "text", "note", "unread"),
    [
        ("call", "nb", "Elkjøp i gar, ikke svar – sendte sms", "ikke svar – sendte sms", None),
        ("lost", "da", "NKT, ny direktør – alt sat på pause til Q4",
         "ny direktør – alt sat på pause til Q4", None),
        ("win", "en", "Aviva £410k, contract renewal (3 yrs)", "contract renewal (3 yrs)", None),
        ("win", "en", "Marks & Spencer £88k - Tom's deal, he asked me to put it in", None,
         "Tom's deal, he asked me to put it in"),
        ("win", "nb", "Statkraft 780k, Eriks deal – han er på ferie", None,
         "Eriks deal – han er på ferie"),
        ("offer", "en", "Deal Harbour Fisheries Ltd £14.2k – revised after the bank hol site visit",
         "revised after the bank hol site visit", None),
    ],
)  # fmt: skip
def test_the_notes_marks_are_kept_as_typed(kind, lang, text, note, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = read(kind, lang, text, SEP_1)
    assert (cmd.note, cmd.unread) == (note, unread)


def test_a_step_joined_by_a_reader_is_shown_as_typed() -> None:
    cmd = read("meeting", "en", "met Severn Trent this am, keen, site visit w/c 8th", SEP_1)
    assert (cmd.next_step.what, cmd.next_step.due, cmd.note) == (
        "site visit",
        date(2031, 9, 12),
        "keen",
    )


@pytest.mark.parametrize(
    ("kind", "lang", "text", "amount"),
    [
        ("win", "sv", "Husqvarna 880 tkr nej fel, 808 tkr", 808_000),
        ("offer", "da", "Royal Unibrew 480 t.kr. øh nej, 540 t.kr.", 540_000),
        ("offer", "sv", "Nibe 1,4 mille.. nej 1,25 mille skulle det va", 1_250_000),
        ("offer", "en", "Tesco £18k typo, £81k", 81_000),
        ("offer", "nb", "Kiwi 300k nei feil, 330k", 330_000),
    ],
)
def test_an_amount_put_right_in_more_words(kind, lang, text, amount) -> None:  # type: ignore[no-untyped-def]
    cmd = read(kind, lang, text, SEP_1)
    assert (cmd.amount, cmd.note, cmd.unread) == (Decimal(amount), None, None)


@pytest.mark.parametrize(
    ("lang", "text", "customer", "unread"),
    [
        ("nb", "Nortura 620k – Ola sin, han er på ferie", "Nortura", "Ola sin, han er på ferie"),
        ("sv", "Peab 2,2 milj, Emmas kund (hon är ledig)", "Peab", "Emmas kund (hon är ledig)"),
        ("da", "Nilfisk 900 t.kr. – Sørens deal, jeg taster den ind for ham", "Nilfisk",
         "Sørens deal, jeg taster den ind for ham"),
        ("sv", "Saab 4,1 milj – egentligen Sofias kund, hon är föräldraledig", "Saab",
         "egentligen Sofias kund, hon är föräldraledig"),
        ("da", "skriver den ind for Louise – Netcompany 1,4 mio.", "Netcompany",
         "skriver den ind for Louise"),
        ("en", "logging this for Tom while he's off - Aviva £40k", "Aviva",
         "logging this for Tom while he's off"),
        ("en", "Dave's deal - Wessex Vending £90k", "Wessex Vending", "Dave's deal"),
    ],
)  # fmt: skip
def test_a_colleagues_deal_is_asked_with_why(lang, text, customer, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = read("win", lang, text, SEP_1)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, None, unread)


def test_an_offer_for_someone_named_is_no_colleagues_deal() -> None:
    cmd = read("offer", "nb", "Kiwi 300k, tilbud for Per", SEP_1)
    assert (cmd.customer, cmd.unread) == ("Kiwi", None)


@pytest.mark.parametrize(
    ("kind", "lang", "text", "note"),
    [
        ("meeting", "sv", "Saab förra veckan, kall, de har semester hela juli",
         "de har semester hela juli"),
        ("call", "da", "Salling Group her til morgen, varm, de skal bruge en pris før sankthans",
         "de skal bruge en pris før sankthans"),
        ("call", "nb", "Hurtigruten i forgårs, kald 🥶 innkjøpssjefen på ferie til uke 32",
         "innkjøpssjefen på ferie til uke 32"),
        ("call", "da", "Ambu i dag, varm, indkøberen er på barsel til jul",
         "indkøberen er på barsel til jul"),
        ("meeting", "nb", "Tomra idag, varm, de vil ha demo før høstferien",
         "de vil ha demo før høstferien"),
        ("call", "en", "Tesco, they need pricing by the 25th", "they need pricing by the 25th"),
        ("call", "sv", "Volvo, inköparen sjukskriven till v.27", "inköparen sjukskriven till v.27"),
    ],
)  # fmt: skip
def test_their_absence_and_needs_are_the_note(kind, lang, text, note) -> None:  # type: ignore[no-untyped-def]
    cmd = read(kind, lang, text)
    assert (cmd.note, cmd.next_step, cmd.unread) == (note, None, None)


@pytest.mark.parametrize(
    "words", ["før høstferien", "innan höstlovet", "inden efterårsferien", "before half term"]
)
def test_the_schools_breaks_are_spans(words: str) -> None:
    assert said_as_a_span(words.split())


@pytest.mark.parametrize(
    ("lang", "text", "today", "due"),
    [
        ("en", "Tesco today, warm, workshop on the 8th", JUN_18, date(2031, 7, 8)),
        ("nb", "Kiwi, nytt møte den 20.", JUN_18, date(2031, 6, 20)),
        ("en", "rang JCB last Weds, hot 🔥 meeting booked for the 1st", SEP_1, date(2031, 10, 1)),
        ("nb", "Hydro idag, neste møte den 1.", SEP_1, date(2031, 10, 1)),
    ],
)
def test_a_day_of_the_month_alone_is_the_next_such_day(lang, text, today, due) -> None:  # type: ignore[no-untyped-def]
    assert read("meeting", lang, text, today).next_step.due == due


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("nb", "Norconsult, budsjettet brukt opp i august", "budsjettet brukt opp i august"),
        ("en", "Fortnum & Mason, they went with Sage in July", "they went with Sage in July"),
        ("en", "lost Fortnum & Mason, new CFO froze all spend this week",
         "new CFO froze all spend this week"),
        ("sv", "Volvo, budgeten tog slut i augusti", "budgeten tog slut i augusti"),
    ],
)  # fmt: skip
def test_a_period_ending_the_losss_reason_is_the_note(lang: str, text: str, note: str) -> None:
    cmd = read("lost", lang, text, SEP_1)
    assert (cmd.when, cmd.note, cmd.unread) == (SEP_1, note, None)


def test_a_month_alone_as_the_losss_day_is_asked() -> None:
    cmd = read("lost", "nb", "Kiwi i august, pris", SEP_1)
    assert (cmd.when, cmd.note, cmd.unread) == (SEP_1, "pris", "i august")


@pytest.mark.parametrize(
    ("lang", "text", "unread"),
    [
        ("nb", "Gjensidige idag, het 🔥 – la fram tilbud 850k på møtet",
         "la fram tilbud 850k på møtet"),
        ("da", "Per Aarsleff i dag, varm – blev enige om 850 t.kr. på mødet",
         "blev enige om 850 t.kr. på mødet"),
        ("da", "Novo Nordisk i dag, varm – de skrev under på 1,2 mio. efter mødet",
         "de skrev under på 1,2 mio. efter mødet"),
    ],
)  # fmt: skip
def test_an_amount_in_a_meetings_dash_note_is_asked(lang: str, text: str, unread: str) -> None:
    cmd = read("meeting", lang, text, SEP_1)
    assert (cmd.note, cmd.unread) == (None, unread)


def test_a_talks_note_with_no_amount_stays_the_note() -> None:
    cmd = read("meeting", "nb", "Kiwi i dag – 3 stk deltok, kl 10", SEP_1)
    assert (cmd.note, cmd.unread) == ("3 stk deltok, kl 10", None)


@pytest.mark.parametrize(
    ("lang", "text", "what", "due"),
    [
        ("sv", "Midsommargården Konferens AB idag, het 🔥 workshop i oktober", "workshop",
         date(2031, 10, 31)),
        ("da", "ringede til Chr. Hansen, de vil gerne have et møde mandag kl. 13", "møde kl. 13",
         date(2031, 9, 8)),
        ("nb", "Tine i mandags, het 🔥 de vil ha en Teams-gjennomgang fredag kl 13",
         "Teams-gjennomgang kl 13", date(2031, 9, 5)),
    ],
)  # fmt: skip
def test_more_talks_to_come_are_the_step(lang: str, text: str, what: str, due: date) -> None:
    cmd = read("meeting", lang, text, SEP_1)
    assert (cmd.next_step.what, cmd.next_step.due, cmd.unread) == (what, due, None)


def test_a_talk_sometime_in_a_month_is_still_asked() -> None:
    cmd = read("meeting", "sv", "Essity idag, het 🔥 demo någon gång i oktober", SEP_1)
    assert (cmd.next_step, cmd.unread) == (None, "demo någon gång i oktober")


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("en", "Sainsbury's today, sceptical, chase end of the month", "sceptical"),
        ("nb", "Kiwi i dag, avventende, ring igjen fredag", "avventende"),
    ],
)
def test_more_moods_are_the_note(lang: str, text: str, note: str) -> None:
    cmd = read("call", lang, text, SEP_1)
    assert (cmd.note, cmd.unread) == (note, None)


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("nb", "Lerøy Seafood 3,2 mill, oppstart etter fellesferien 💪", "oppstart etter fellesferien"),
        ("en", "£1.15m Ocado, biggest deal of the year 💪", "biggest deal of the year"),
        ("da", "Danfoss 1,8 mio. kr 🍾 første ordre efter sommerferien",
         "første ordre efter sommerferien"),
        ("sv", "Augusti Bygg AB 320 tkr i fredags, månadsmålet för augusti klart 💪",
         "månadsmålet för augusti klart"),
        ("nb", "Kiwi 300k, månedsmålet i boks", "månedsmålet i boks"),
    ],
)  # fmt: skip
def test_the_sellers_remark_on_a_win_is_the_note(lang: str, text: str, note: str) -> None:
    cmd = read("win", lang, text)
    assert (cmd.note, cmd.unread) == (note, None)


def test_a_colleague_named_after_a_win_is_still_asked() -> None:
    assert read("win", "nb", "Kiwi 300k, Per sin").unread == "Per sin"


@pytest.mark.parametrize(
    ("lang", "text", "what", "due"),
    [
        ("da", "Scandlines, vi tager et møde i oktober", "møde", date(2031, 10, 31)),
        ("nb", "Vy, vi tar neste prat den 1.", "prat", date(2031, 10, 1)),
        ("da", "Sønderborg Sejl, vi holder opstartsmøde i oktober", "opstartsmøde",
         date(2031, 10, 31)),
        ("da", "Mødecenter Fyn, de vil se demoen onsdag kl. 9", "demoen kl. 9", date(2031, 9, 3)),
    ],
)  # fmt: skip
def test_a_talk_we_hold_or_they_want_at_its_hour_is_the_step(lang, text, what, due) -> None:  # type: ignore[no-untyped-def]
    cmd = read("call", lang, text, SEP_1)
    assert (cmd.next_step.what, cmd.next_step.due, cmd.note, cmd.unread) == (what, due, None, None)


def test_a_step_clause_we_hold_is_read_in_the_channel() -> None:
    from bot.services.capture.judge import step_clause

    read_ = step_clause("vi tager et møde i oktober", SEP_1, "DKK")
    assert (read_.what, read_.due) == ("møde", date(2031, 10, 31))


@pytest.mark.parametrize(
    ("lang", "country", "text", "what", "due"),
    [
        ("nb", "NO", "Sommer Reiser AS idag, varm, følger opp denne uka", "følger opp",
         date(2031, 6, 20)),
        ("sv", "SE", "Telia idag, varm, återkommer i veckan", "återkommer", date(2031, 6, 19)),
        ("en", "GB", "Coldharbour Logistics Ltd today, warm, chase EOW", "chase", date(2031, 6, 20)),
    ],
)  # fmt: skip
def test_the_week_under_way_left_unread_is_the_recorders_step(
    lang, country, text, what, due
) -> None:  # type: ignore[no-untyped-def]
    """The parser leaves it unread; the recorder reads it (log_questions.step_read), the
    midsommarafton no working day in Sweden (the held-out rows' _APP_READS_67)."""
    from bot.services.commands.clause_steps import step_of_the_unread
    from bot.services.commands.vague_days import worked

    cmd = read("call", lang, text)
    stepped, period = step_of_the_unread(cmd, text, JUN_18, lambda day: worked(day, country))
    assert (period, stepped.next_step.what, stepped.next_step.due, stepped.unread) == (
        None,
        what,
        due,
        None,
    )


def test_a_month_said_as_a_done_day_is_asked_once() -> None:
    cmd = read("meeting", "sv", "Husqvarna AB i torsdags, ljummen, ses igen i juni")
    assert cmd.unread == "ljummen, ses igen i juni"  # (was "… i juni i juni")


@pytest.mark.parametrize(
    ("kind", "lang", "text", "note", "unread"),
    [
        ("call", "en", "rang Balfour Beatty first thing, no answer, left a VM",
         "no answer, left a VM", None),
        ("call", "sv", "Ica nyss, varm", None, None),
        ("meeting", "en", "Kier Group 29/8 with Sam from our Leeds office, keen", "keen",
         "with Sam from our Leeds office"),
        ("meeting", "en", "Kier Group 29/8 with Sam, keen", "with Sam, keen", None),
    ],
)  # fmt: skip
def test_earlier_today_and_their_mood_last(kind: str, lang: str, text: str, note, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = read(kind, lang, text, SEP_1)
    assert (cmd.note, cmd.unread) == (note, unread)
    assert cmd.when in (SEP_1, date(2031, 8, 29))


@pytest.mark.parametrize("text", ["Kiwi, kundemøte fredag", "Kiwi AS, kundemøte fredag"])
def test_a_weekday_alone_after_a_talks_compound_is_still_the_meetings_day(text: str) -> None:
    """Review: only a day plainly ahead (a date, a week, next, tomorrow) makes the compound a
    step; a weekday alone after it is the meeting's own, gone (as before this session)."""
    cmd = read("meeting", "nb", text, date(2031, 9, 3))
    assert (cmd.when, cmd.next_step) == (date(2031, 8, 29), None)
