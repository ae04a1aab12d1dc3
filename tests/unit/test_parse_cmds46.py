"""Session 46: slash commands from a held-out set written by a helper who never saw the code
(/work/held46, not in the repository), each a class of variants: met each other ("Mødtes med
Mette fra Novo Nordisk" was a customer "Mødtes"), what a talk was about named after a season
("om julekampanjen" was asked), a temperature said after the topic ("ang. nytt system, varm" was
the note's last word, the lead left cold), a role said with the genitive ("Fazer Oy:s
inköpschef"), "yesterday" typed fast ("ystday"), Nynorsk days ("tysdag") and no answer ("fekk
ikkje svar"), and a weekday gone with its date ("forrige torsdag 26.11": "forrige" unread)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind, Temperature
from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.customers import customer_key

M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER
FRIDAY, THU, WED, TUE = date(2026, 12, 4), date(2026, 12, 3), date(2026, 12, 2), date(2026, 12, 1)
LAST_THU, LAST_FRI = date(2026, 11, 26), date(2026, 11, 27)
KNOWN = {customer_key(name) for name in ("Tine", "Orkla")}


def parse(kind: ActivityKind, text: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=FRIDAY, krone=krone, known_customers=KNOWN)


@pytest.mark.parametrize(
    ("text", "customer", "when", "note"),
    [
        ("Mødtes med Mette Jensen fra Novo Nordisk A/S i forgårs", "Novo Nordisk A/S", WED,
         "Mette Jensen"),
        ("Møttes med Kari i Orkla i går", "Orkla", THU, "Kari"),
        ("Träffades med Anna på Volvo igår", "Volvo", THU, "Anna"),
        ("mødtes med Novo Nordisk i går", "Novo Nordisk", THU, None),
        ("träffades igår Volvo Cars", "Volvo Cars", THU, None),
    ],
)  # fmt: skip
def test_met_each_other_is_the_meeting_verb(text, customer, when, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (customer, when, note, None)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "when", "note"),
    [
        (M, "Posten Bring i forgårs om påskekampanjen", "Posten Bring", WED, "om påskekampanjen"),
        (M, "Hemköp, förra fredagen, om julkampanjen", "Hemköp", LAST_FRI, "om julkampanjen"),
        (C, "Kiwi om julebordet", "Kiwi", FRIDAY, "om julebordet"),
        (M, "Ola Hansen fra Meny ang. nye hyller", "Meny", FRIDAY, "Ola Hansen; ang. nye hyller"),
    ],
)  # fmt: skip
def test_a_topic_named_after_a_season_is_the_note(kind, text, customer, when, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (customer, when, note, None)


@pytest.mark.parametrize(
    "text",
    [
        "Kiwi om sommerferien",  # the season itself: a time a step may hang on, asked
        "Kiwi om juletiden",
        "Kiwi om påskehelgen",
    ],
)
def test_the_season_itself_after_om_is_still_asked(text) -> None:  # type: ignore[no-untyped-def]
    assert parse(M, text).unread == text.split(" ", 1)[1]


@pytest.mark.parametrize(
    ("kind", "text", "temperature", "note", "unread"),
    [
        (M, "Orkla ang. nytt system, varm", Temperature.WARM, "ang. nytt system", None),
        (C, "Tesco re renewal, hot lead", Temperature.HOT, "re renewal", None),
        (M, "Orkla ang. varmepumper, kald", Temperature.COLD, "ang. varmepumper", None),
        (OF, "Orkla 300k ang. rammeavtale, het", Temperature.HOT, "ang. rammeavtale", None),
        # in between: asked, as anywhere else (was kept in the note, never asked)
        (M, "Coop Danmark i tirsdags ang. nyt kassesystem, lun", None, "ang. nyt kassesystem",
         "lun"),
        (M, "Hadde møte med Ola Hansen fra Meny i dag ang. nye hyller, lunken", None,
         "Ola Hansen; ang. nye hyller", "lunken"),
        # with the person first, the temperature stays the record's
        (M, "møte med Kari i Orkla ang. piloten, varm", Temperature.WARM, "ang. piloten; Kari",
         None),
        # typed dashes: what follows is the note as typed
        (M, "Orkla -- de var varme, kald", None, "de var varme, kald", None),
    ],
)  # fmt: skip
def test_a_temperature_said_last_after_the_topic(kind, text, temperature, note, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.temperature, cmd.note, cmd.unread) == (temperature, note, unread)


@pytest.mark.parametrize(
    ("text", "customer", "note"),
    [
        ("Fazer Oy:s inköpschef i fredags", "Fazer Oy", "inköpschef"),
        ("möte med IKEA:s inköpschef igår", "IKEA", "inköpschef"),
        ("Tine's innkjøper i går", "Tine", "innkjøper"),
    ],
)
def test_a_role_said_with_the_genitive(text, customer, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, None)


def test_a_name_with_its_genitive_and_no_role_stays_whole() -> None:
    assert parse(M, "McDonald's yesterday").customer == "McDonald's"


@pytest.mark.parametrize(
    "text", ["met Telenor ystday, hot lead", "Telenor yestday", "Telenor ysterday", "Telenor yday"]
)
def test_yesterday_typed_fast(text) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.when, cmd.unread) == ("Telenor", THU, None)


def test_a_word_like_yesterday_that_is_none_is_asked() -> None:
    assert parse(M, "Tine, yestrdayy").unread is not None


@pytest.mark.parametrize(
    ("kind", "text", "customer", "when", "note"),
    [
        (C, "ringde Hurtigruta tysdag, fekk ikkje svar", "Hurtigruta", TUE, "fekk ikkje svar"),
        (M, "Møte med Fjord1 laurdag", "Fjord1", date(2026, 11, 28), None),
        (M, "Fjord1 sundag", "Fjord1", date(2026, 11, 29), None),
    ],
)  # fmt: skip
def test_nynorsk_days_and_no_answer(kind, text, customer, when, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (customer, when, note, None)


@pytest.mark.parametrize(
    "text",
    [
        "Telia forrige torsdag 26.11",
        "Telia förra torsdagen 26/11",
        "Telia sidste torsdag d. 26/11",
        "Telia last Thursday 26/11",
        "Telia last Thursday (26th)",
    ],
)
def test_a_weekday_gone_with_its_date(text) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.when, cmd.unread) == ("Telia", LAST_THU, None)


def test_a_weekday_gone_whose_date_is_another_day_is_refused_as_typed() -> None:
    with pytest.raises(UserError) as raised:
        parse(M, "Telia last Wednesday 26/11")
    assert raised.value.params["text"] == "last Wednesday 26/11"


def test_an_hour_after_kl_is_no_amount_in_a_command() -> None:
    cmd = parse(OF, "Orkla kl 1130 450k")
    assert (cmd.customer, cmd.amount) == ("Orkla", 450_000)


@pytest.mark.parametrize(
    ("kind", "text", "customer"),
    [
        (OF, "Lakrids by Bülow ApS 75000", "Lakrids by Bülow ApS"),
        (OF, "revideret tilbud til Lakrids by Bülow ApS kr. 75.000 ekskl. moms",
         "Lakrids by Bülow ApS"),
        (M, "Made by Oslo AS i går", "Made by Oslo AS"),
        (M, "Tools for Life AS", "Tools for Life AS"),
        # the legal form written small: "(publ)" is its own, no note
        (C, "telia company ab (publ) varm", "telia company ab"),
    ],
)  # fmt: skip
def test_a_name_its_legal_form_ends_keeps_its_small_words(kind, text, customer) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, None, None)


@pytest.mark.parametrize(
    ("text", "customer", "note", "unread"),
    [
        ("Tine's innkjøper, varm", "Tine", "innkjøper", None),
        ("IKEA:s VD igår", "IKEA", "VD", None),
        # an English name may own its "'s": asked, never a customer "Sainsbury" made unasked
        ("Sainsbury's buyer, warm", "Sainsbury's", None, "buyer"),
    ],
)
def test_the_genitive_before_a_role(text, customer, note, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, unread)


# -- the second held-out file of commands (/work/held46/commands_e.txt) ---------------------------


def test_the_thousands_mark_after_spaced_groups() -> None:
    cmd = parse(OF, "Tine 1 200' kr, kald -- de er fornøyd med dagens leverandør")
    assert (cmd.customer, cmd.amount, cmd.temperature) == ("Tine", 1_200_000, Temperature.COLD)
    assert parse(OF, "Essity 1 200' kr, het", krone="SEK").amount == 1_200_000  # was "Essity 1"
    assert parse(OF, "Rema 1000 200'").customer == "Rema 1000"  # a name's number stays
    assert parse(OF, "TV 2 350k").customer == "TV 2"


@pytest.mark.parametrize(
    ("kind", "text", "command"),
    [
        (ActivityKind.WIN, "Sendte tilbud til Mowi 600k", "/logoffer"),
        (M, "Vant Telenor 300k", "/logwin"),
        (M, "Tapte Tine", "/loglost"),
    ],
)
def test_another_kinds_verb_with_a_phones_capital_names_its_command(kind, text, command) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as raised:
        parse(kind, text)
    assert (raised.value.code, raised.value.params["command"]) == ("another_command", command)


@pytest.mark.parametrize(
    ("kind", "text", "customer"),
    [
        (ActivityKind.WIN, "Vant Telenor 300k", "Telenor"),  # its own command's verb
        (ActivityKind.LOSS, "Won AS", "Won AS"),  # a verb before a legal form alone: a name
        (M, "Lost Boys AS", "Lost Boys AS"),
        (ActivityKind.WIN, "tilbud Mowi 600k", "Mowi"),  # the offer won, named first
        (ActivityKind.LOSS, "tilbud Mowi", "Mowi"),
        (ActivityKind.WIN, "offert Volvo 300 tkr", "Volvo"),
        (ActivityKind.WIN, "Proposal Ltd 30k", "Proposal Ltd"),
    ],
)
def test_names_after_or_like_verbs(kind, text, customer) -> None:  # type: ignore[no-untyped-def]
    assert parse(kind, text).customer == customer


@pytest.mark.parametrize("text", ["hot lead", "varm lead", "Het lead"])
def test_a_temperature_and_lead_alone_names_no_customer(text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as raised:
        parse(M, text)
    assert raised.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("text", "customer", "when", "temperature", "note"),
    [
        ("Het lead: Sandvik -- träffade inköpschefen", "Sandvik", FRIDAY, Temperature.HOT,
         "träffade inköpschefen"),
        ("Varm lead: Orkla i går", "Orkla", THU, Temperature.WARM, None),
        ("Hot lead Orkla", "Orkla", FRIDAY, Temperature.HOT, None),
        ("Hed: Novo Nordisk, i går", "Novo Nordisk", THU, Temperature.HOT, None),
        ("Varm: Orkla i går", "Orkla", THU, Temperature.WARM, None),
    ],
)  # fmt: skip
def test_a_temperature_as_a_label_before_the_name(text, customer, when, temperature, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.when, cmd.temperature, cmd.note, cmd.unread) == (
        customer, when, temperature, note, None
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Hos Schibsted i går", "Schibsted"),
        ("At Tesco yesterday", "Tesco"),
        ("Med Orkla i går", "Orkla"),
        ("Med Vind AS", "Med Vind AS"),  # a name its legal form ends
        ("At Home Ltd", "At Home Ltd"),
        ("W Group today", "W Group"),
    ],
)
def test_a_preposition_with_a_phones_capital(text, customer) -> None:  # type: ignore[no-untyped-def]
    assert parse(M, text).customer == customer


@pytest.mark.parametrize(
    ("text", "language", "when", "unread"),
    [
        ("Ørsted to., varm", "da", THU, None),
        ("Ørsted ti. varm", "da", TUE, None),
        ("Ørsted to., varm", "nb", THU, None),
        ("Volvo må. 30/11", "sv", date(2026, 11, 30), None),
        ("Tesco, talked to.", "en", FRIDAY, "talked to."),  # English: no weekday
    ],
)
def test_scandinavian_two_letter_weekdays(text, language, when, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = parse_log_command(C, text, today=FRIDAY, krone="NOK", language=language)
    assert (cmd.when, cmd.unread) == (when, unread)


@pytest.mark.parametrize(
    ("kind", "text", "step", "due"),
    [
        (OF, "Sparebanken Vest 1,2 mill, kald, ringje attende måndag", "ringje attende",
         date(2026, 12, 7)),
        (C, "Hurtigruta, ringjer tilbake måndag", "ringjer tilbake", date(2026, 12, 7)),
        (C, "Hurtigruta i går, tek kontakt att tysdag", "tek kontakt att", date(2026, 12, 8)),
        (M, "Gjensidige 2/12 kl 14, het, tilbud sendes mandag", "tilbud sendes", date(2026, 12, 7)),
        (M, "Volvo igår, offert skickas på måndag", "offert skickas", date(2026, 12, 7)),
    ],
)  # fmt: skip
def test_steps_said_in_nynorsk_or_the_passive(kind, text, step, due) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert cmd.next_step is not None and (cmd.next_step.what, cmd.next_step.due) == (step, due)
    assert cmd.when != date(2026, 11, 30) and cmd.unread is None  # never the Monday gone


@pytest.mark.parametrize(
    "text",
    ["the usual", "det sædvanlige", "same som förra gången", "same as last time", "see above"],
)
def test_words_pointing_back_name_no_customer(text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as raised:
        parse(M, text)
    assert raised.value.code == "not_a_customer"


def test_a_names_number_before_its_comma_is_asked() -> None:
    with pytest.raises(UserError) as raised:
        parse(OF, "Rema 1000, vanlig pris")  # was an offer of kr 1 000 to "Rema"
    assert (raised.value.code, raised.value.params["number"]) == ("name_or_amount", "1000")
    assert parse(OF, "Usual Suspects AS 300k").customer == "Usual Suspects AS"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Kiwi 95k, kick-off onsdag", "kick-off onsdag"),  # was dated last Wednesday, asked
        ("Asda 200k, kick-off Mon 7th", "kick-off Mon 7th"),  # was refused as a day ahead
        ("DSV 1.200.000 DKK, kickoff næste uge", "kickoff næste uge"),
        ("Volvo Cars 3 mkr, kickoff tis", "kickoff tis"),  # was asked
    ],
)
def test_a_wins_kick_off_is_its_step(text, note) -> None:  # type: ignore[no-untyped-def]
    # session 46 kept it as the note; session 50: its next step (held-out readers read it so),
    # the win's own day never the kickoff's
    cmd = parse(ActivityKind.WIN, text)
    assert (cmd.when, cmd.unread) == (FRIDAY, None)
    assert cmd.next_step is not None and cmd.next_step.due > FRIDAY
    assert cmd.next_step.what.casefold().startswith("kick")


def test_an_answer_awaited_after_an_offer_stays_its_step() -> None:
    cmd = parse(OF, "Tine 850k, svar neste uke")
    assert cmd.next_step is not None and cmd.next_step.what == "svar" and cmd.note is None
