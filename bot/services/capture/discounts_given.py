"""Session 66. A discount given to a customer, no amount ("ga Optimera 7 % nyttårsrabatt om de
signerer innen 15. januar", "gav Alfa Laval 5 % extra rabatt", "Offered Harrogate Lettings 10%
off if they commit before the bank holiday"): the offer revised, its new figure asked (was
nothing). Read as the revised offer sent ("Sendte nytt tilbud til Optimera med 7 % …"), which the
recogniser asks about with no amount."""

from __future__ import annotations

import re

_GAVE = r"(?:ga|gav|gave|offered|tilbød|tilbudte|tilbydt|erbjöd|erbjod|erbjudit)"
_PERCENT = r"(?P<pct>[0-9]{1,2}(?:[.,][0-9])?\s?%|[0-9]{1,2}(?:[.,][0-9])?\s?(?:prosent|procent|percent|per\s?cent))"
# (an "extra" before it left out: "extra rabatt" reads as something besides a sale)
_OFF = (
    r"(?:(?:ekstra|extra|ytterligere|yderligere|further|more)\s+)?"
    r"(?P<off>(?:\w*rabatt\w*|\w*rabat\w*|off|discount|prisavslag|prisavdrag|avslag|afslag)\b)"
)
_A_DISCOUNT_GIVEN = re.compile(
    r"(?i)^(?P<lead>\W*)(?P<verb>"
    + _GAVE
    + r")\s+(?P<name>[A-ZÆØÅÄÖa-zæøåäö0-9&][^,.;:!?%]{0,60}?)\s+"
    r"(?:(?:a|an|en|et|ett)\s+)?" + _PERCENT + r"\s*" + _OFF
)


def a_discount_as_an_offer(text: str) -> str:
    """`text` with a discount given first read as a revised offer to that customer."""
    if "%" not in text and "cent" not in text.casefold():
        return text
    found = _A_DISCOUNT_GIVEN.search(text)
    if found is None:
        return text
    english = found["verb"].casefold() in ("offered", "gave")
    said = "Sent a revised offer to {} with" if english else "Sendte nytt tilbud til {} med"
    return (
        f"{found['lead']}{said.format(found['name'])} {found['pct']} {found['off']}"
        f"{text[found.end() :]}"
    )
