from tests.helpers import channel_message, message_edited, stored, set_up_team, text_of, command_replies

def _recs(slack):
    return sorted((r["kind"], r["customer"], r.get("amount")) for r in stored(slack))

def test_probe(slack, clock):
    set_up_team(slack)
    def ev(e):
        n = len(slack.api.calls)
        assert slack.driver.event(e).status == 200
        slack.wait_idle()
        return [(c.method, text_of(c.params)[:90]) for c in slack.api.calls[n:]]
    out = {}
    out["a"] = ev(channel_message("Vant Orkla 900k", "1763631000.000100")); out["r0"] = _recs(slack)
    T3 = "1763632000.000100"
    out["two"] = ev(channel_message("Vant Tine 340k og Orkla 1,1 mill", T3)); out["r8"] = _recs(slack)
    for k,v in out.items(): print(k, "=>", v)
    assert 0
