import json
import pytest
from tests.helpers import buttons, text_of, stored, count_rows
from tests.slack.test_modal_and_undo import leads
KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"

def _setup(slack):
    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply()

def _btn(reply, action_id):
    return next(b for b in buttons(reply) if b["action_id"] == action_id)

def _said(slack, label):
    for c in slack.api.calls:
        if c.method in ("chat.postEphemeral", "views.open", "views.update", "chat.postMessage"):
            print(label, c.method, text_of(c.params)[:160] if c.method != "views.open" else "view")
    for k in list(getattr(slack.api, "_responses", {}) or {}):
        pass

def test_plan_after_undo(slack):
    _setup(slack)
    r = slack.driver.command("/logmeeting", "Aker BP warm", LARS, CHANNEL)
    reply = r.reply()
    print("buttons", [b["action_id"] for b in buttons(reply)])
    plan = _btn(reply, "lead_plan_next_step")
    slack.api.reset()
    opened = slack.driver.click(LARS, {"action_id": plan["action_id"], "value": plan["value"]}, response_url=r.response_url)
    slack.wait_idle()
    [view] = [c.params["view"] for c in slack.api.calls_to("views.open")]
    undo = _btn(reply, "activity_undo")
    u = slack.driver.click(LARS, {"action_id": undo["action_id"], "value": undo["value"]}, response_url=r.response_url)
    slack.wait_idle()
    print("undo said", [text_of(x) for x in slack.api.responses(r.key)][-1][:200])
    print("leads after undo", [(l.id, l.status, l.next_step) for l in leads(slack)])
    view = {**view, "id": "V0NEXT"}
    values = {"next_what": {"next_what_input": {"type": "plain_text_input", "value": "demo"}},
              "next_date": {"next_date_picker": {"type": "datepicker", "selected_date": "2026-11-27"}}}
    slack.api.reset()
    res = slack.driver.submit_view(LARS, view, values)
    slack.wait_idle()
    print("submit", res.status, res.body[:300])
    _said(slack, "after submit")
    print("leads after submit", [(l.id, l.status, l.next_step) for l in leads(slack)])
    assert 0

def test_separate_after_undo(slack):
    _setup(slack)
    slack.driver.command("/logoffer", "Equinor 200k", LARS, CHANNEL).reply()
    r = slack.driver.command("/logoffer", "Equinor 250k", LARS, CHANNEL)
    reply = r.reply()
    print("buttons", [b["action_id"] for b in buttons(reply)])
    sep = _btn(reply, "offer_separate")
    undo = _btn(reply, "activity_undo")
    slack.driver.click(LARS, {"action_id": undo["action_id"], "value": undo["value"]}, response_url=r.response_url)
    slack.wait_idle()
    slack.driver.click(LARS, {"action_id": sep["action_id"], "value": sep["value"]}, response_url=r.response_url)
    slack.wait_idle()
    for x in slack.api.responses(r.key): print("resp", text_of(x)[:200])
    print([(x["kind"], x["amount"], x["revised_from"] if "revised_from" in x else None) for x in stored(slack)])
    print("leads", [(l.id, l.status, l.offer_amount) for l in leads(slack)])
    assert 0

def test_undo_after_separate(slack):
    _setup(slack)
    slack.driver.command("/logoffer", "Equinor 200k", LARS, CHANNEL).reply()
    r = slack.driver.command("/logoffer", "Equinor 250k", LARS, CHANNEL)
    reply = r.reply()
    sep = _btn(reply, "offer_separate")
    undo = _btn(reply, "activity_undo")
    slack.driver.click(LARS, {"action_id": sep["action_id"], "value": sep["value"]}, response_url=r.response_url)
    slack.wait_idle()
    slack.driver.click(LARS, {"action_id": undo["action_id"], "value": undo["value"]}, response_url=r.response_url)
    slack.wait_idle()
    for x in slack.api.responses(r.key): print("resp", text_of(x)[:200])
    print([(x["kind"], x["amount"]) for x in stored(slack)])
    print("leads", [(l.id, l.status, l.offer_amount) for l in leads(slack)])
    assert 0

@pytest.mark.parametrize("option", ["same", "another"])
def test_dup_after_undo(slack, option):
    _setup(slack)
    r1 = slack.driver.command("/logmeeting", "Aker BP", LARS, CHANNEL)
    first = r1.reply()
    r2 = slack.driver.command("/logmeeting", "Aker BP", LARS, CHANNEL)
    asked = r2.reply()
    undo = _btn(first, "activity_undo")
    slack.driver.click(LARS, {"action_id": undo["action_id"], "value": undo["value"]}, response_url=r1.response_url)
    slack.wait_idle()
    b = next(b for b in buttons(asked) if b["value"].endswith("|" + option))
    slack.driver.click(LARS, {"action_id": b["action_id"], "value": b["value"]}, response_url=r2.response_url)
    slack.wait_idle()
    for x in slack.api.responses(r2.key): print("resp2", text_of(x)[:200])
    print([(x["kind"], x["customer"]) for x in stored(slack)])
    assert 0
