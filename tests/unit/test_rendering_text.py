from __future__ import annotations

from dataclasses import dataclass

import pytest
from jinja2 import Environment

from bot.rendering.text import _finalize, escape


@dataclass
class Row:
    name: str


def test_text_is_escaped_and_plain_values_pass() -> None:
    assert _finalize("<!channel> & co") == escape("<!channel> & co") == "&lt;!channel&gt; &amp; co"
    assert _finalize(3) == 3 and _finalize(None) is None


def test_a_template_never_prints_an_object() -> None:
    env = Environment(finalize=_finalize)
    with pytest.raises(TypeError, match="Row"):
        env.from_string("{{ lead }}").render(lead=Row("Acme"))
    assert env.from_string("{{ lead.name }}").render(lead=Row("Acme")) == "Acme"
