"""Lead's fuzz (not committed): random texts through the app."""
from __future__ import annotations

import random
import sys
from datetime import UTC, datetime

sys.path.insert(0, "/tmp/s21")
from tests.helpers import channel_message, text_of  # noqa: E402

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


def test_fuzz(slack, clock) -> None:  # type: ignore[no-untyped-def]
    import fuzz_tokens as ft

    clock.set(datetime(2026, 12, 1, 13, 0, tzinfo=UTC))
    slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply()
    r = random.Random(int(__import__("os").environ.get("FUZZ_SEED", "1")))
    bad = []
    cmds = ["/logmeeting", "/logcall", "/logoffer", "/logwin", "/loglost", "/kpi", "/teamstatus"]
    for i in range(int(__import__("os").environ.get("FUZZ_N", "200"))):
        t = ft.text(r) or "x"
        who = r.choice([KARI, LARS])
        if r.random() < 0.5:
            c = r.choice(cmds)
            if c == "/kpi" and r.random() < 0.7:
                t = r.choice(["goal ", "away ", "customer ", "forrige uke ", "tier ", "me ", "rate "]) + t
            if c == "/kpi" and any(w in t for w in ("erase", "slett", "delete", "radera")):
                continue
            res = slack.driver.command(c, t, who, CHANNEL)
            try:
                reply = res.reply(timeout=5)
            except Exception as e:  # noqa: BLE001
                bad.append((c, t, res.http.status, "NO REPLY " + repr(e)[:80]))
                continue
            slack.wait_idle()
            said = text_of(reply) if reply else ""
            if res.http.status != 200 or "went wrong" in said.lower() or "gikk galt" in said.lower() or not said:
                bad.append((c, t, res.status, said[:200]))
        else:
            n = len(slack.api.calls)
            ts = f"{1796130000 + i}.000100"
            st = slack.driver.event(channel_message(t, ts, user=who)).status
            slack.wait_idle()
            outs = " ".join(text_of(c.params) for c in slack.api.calls[n:] if c.method in ("chat.postEphemeral", "chat.postMessage"))
            if st != 200 or "went wrong" in outs.lower() or "gikk galt" in outs.lower():
                bad.append(("msg", t, st, outs[:200]))
    for b in bad:
        print(b)
    assert not bad
