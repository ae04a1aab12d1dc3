"""Slack's documented Block Kit and Web API limits, as the local stand-in (slack_api) enforces them.

Real Slack refuses a payload beyond these limits: chat.postMessage, chat.postEphemeral,
chat.update and a response URL answer `invalid_blocks`; views.open, views.update, views.push and
views.publish answer `invalid_arguments`; each with `response_metadata.messages` naming the
place as a JSON pointer. In production that is a /teamstatus, a digest or an App Home that
never arrives, so the stand-in answers the same and records the violation (the test suite fails
the test that caused it: tests/conftest.py `_within_slack_limits`).

Where each limit is written:
  BLOCKS   https://api.slack.com/reference/block-kit/blocks (section, header, context, actions,
           image, input; block_id)
  ELEMENTS https://api.slack.com/reference/block-kit/block-elements (button, selects, overflow,
           radio buttons, checkboxes, inputs, date pickers; action_id)
  OBJECTS  https://api.slack.com/reference/block-kit/composition-objects (text, option,
           confirmation dialog)
  VIEWS    https://api.slack.com/reference/surfaces/views (modal and home: blocks, title,
           submit, close, private_metadata, callback_id, external_id)
  MESSAGE  https://api.slack.com/reference/block-kit/blocks ("up to 50 blocks in each message")
           and https://api.slack.com/methods/chat.postMessage (`text`; msg_too_long)
  TRUNCATE https://api.slack.com/changelog/2018-04-truncating-really-long-messages (text beyond
           40,000 characters is cut off, not refused: the message arrives without its end)

Characters are counted as Python counts them (code points).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MESSAGE_BLOCKS = 50  # MESSAGE
VIEW_BLOCKS = 100  # VIEWS: modals and Home tabs
MESSAGE_TEXT = 40_000  # TRUNCATE
SECTION_TEXT = 3000  # BLOCKS section.text
SECTION_FIELDS = 10  # BLOCKS section.fields: items
SECTION_FIELD_TEXT = 2000  # BLOCKS section.fields: each text
TEXT_OBJECT = 3000  # OBJECTS text.text
HEADER_TEXT = 150  # BLOCKS header.text
CONTEXT_ELEMENTS = 10  # BLOCKS context.elements
ACTIONS_ELEMENTS = 25  # BLOCKS actions.elements
BLOCK_ID = 255  # BLOCKS block_id
ACTION_ID = 255  # ELEMENTS action_id
BUTTON_TEXT = 75  # ELEMENTS button.text
BUTTON_VALUE = 2000  # ELEMENTS button.value
URL = 3000  # ELEMENTS button.url, BLOCKS image.image_url
ALT_TEXT = 2000  # BLOCKS image.alt_text, ELEMENTS image.alt_text
IMAGE_TITLE = 2000  # BLOCKS image.title
INPUT_LABEL = 2000  # BLOCKS input.label
INPUT_HINT = 2000  # BLOCKS input.hint
PLACEHOLDER = 150  # ELEMENTS placeholder of selects, inputs, pickers
OPTION_TEXT = 75  # OBJECTS option.text
OPTION_VALUE = 150  # OBJECTS option.value
OPTION_DESCRIPTION = 75  # OBJECTS option.description
SELECT_OPTIONS = 100  # ELEMENTS static_select / multi_static_select options, option_groups
OVERFLOW_OPTIONS = 5  # ELEMENTS overflow.options
CHOICE_OPTIONS = 10  # ELEMENTS radio_buttons / checkboxes options
INPUT_MAX_LENGTH = 3000  # ELEMENTS plain_text_input.max_length
CONFIRM = {"title": 100, "text": 300, "confirm": 30, "deny": 30}  # OBJECTS confirm
VIEW_TITLE = 24  # VIEWS title, submit, close
PRIVATE_METADATA = 3000  # VIEWS private_metadata
CALLBACK_ID = 255  # VIEWS callback_id, external_id

MESSAGE_METHODS = {"chat.postMessage", "chat.postEphemeral", "chat.update", "response_url"}
VIEW_METHODS = {"views.open", "views.update", "views.push", "views.publish"}
SELECTS_WITH_OPTIONS = {"static_select", "multi_static_select"}


@dataclass(frozen=True)
class Violation:
    method: str
    pointer: str  # JSON pointer into the payload, as Slack names it
    problem: str

    def __str__(self) -> str:
        return f"{self.method}: {self.problem} [json-pointer:{self.pointer}]"


class _Checker:
    def __init__(self, method: str) -> None:
        self.method = method
        self.found: list[Violation] = []

    def bad(self, pointer: str, problem: str) -> None:
        self.found.append(Violation(self.method, pointer, problem))

    def length(self, pointer: str, value: Any, limit: int, *, required: bool = False) -> None:
        if value is None:
            if required:
                self.bad(pointer, "is required")
            return
        if not isinstance(value, str):
            self.bad(pointer, "must be a string")
        elif len(value) > limit:
            self.bad(pointer, f"must be no longer than {limit} characters (is {len(value)})")
        elif required and not value.strip():
            self.bad(pointer, "must not be empty")

    def count(self, pointer: str, items: Any, limit: int) -> list[Any]:
        if items is None:
            return []
        if not isinstance(items, list):
            self.bad(pointer, "must be an array")
            return []
        if len(items) > limit:
            self.bad(pointer, f"must have no more than {limit} items (has {len(items)})")
        return items

    def text(
        self,
        pointer: str,
        obj: Any,
        limit: int = TEXT_OBJECT,
        *,
        plain: bool = False,
        required: bool = True,
    ) -> None:
        """A text object (OBJECTS)."""
        if obj is None:
            if required:
                self.bad(pointer, "is required")
            return
        if not isinstance(obj, dict):
            self.bad(pointer, "must be a text object")
            return
        if plain and obj.get("type") != "plain_text":
            self.bad(f"{pointer}/type", "must be plain_text")
        self.length(f"{pointer}/text", obj.get("text"), min(limit, TEXT_OBJECT), required=True)

    # -- blocks --------------------------------------------------------------------------------
    def blocks(self, pointer: str, blocks: Any, limit: int) -> None:
        block_ids: set[str] = set()
        for i, block in enumerate(self.count(pointer, blocks, limit)):
            where = f"{pointer}/{i}"
            if not isinstance(block, dict):
                self.bad(where, "must be a block object")
                continue
            block_id = block.get("block_id")
            self.length(f"{where}/block_id", block_id, BLOCK_ID)
            if isinstance(block_id, str):
                if block_id in block_ids:
                    self.bad(f"{where}/block_id", "duplicate block_id")  # BLOCKS: unique
                block_ids.add(block_id)
            self.block(where, block)

    def block(self, where: str, block: dict[str, Any]) -> None:
        kind = block.get("type")
        if kind == "section":
            if block.get("text") is None and not block.get("fields"):
                self.bad(where, "a section needs text or fields")
            self.text(f"{where}/text", block.get("text"), SECTION_TEXT, required=False)
            fields = self.count(f"{where}/fields", block.get("fields"), SECTION_FIELDS)
            for j, field in enumerate(fields):
                self.text(f"{where}/fields/{j}", field, SECTION_FIELD_TEXT)
            if block.get("accessory") is not None:
                self.element(f"{where}/accessory", block["accessory"])
        elif kind == "header":
            self.text(f"{where}/text", block.get("text"), HEADER_TEXT, plain=True)
        elif kind == "context":
            elements = self.count(f"{where}/elements", block.get("elements"), CONTEXT_ELEMENTS)
            if not elements:
                self.bad(f"{where}/elements", "must have at least one element")
            for j, element in enumerate(elements):
                if isinstance(element, dict) and element.get("type") == "image":
                    self.length(
                        f"{where}/elements/{j}/alt_text",
                        element.get("alt_text"),
                        ALT_TEXT,
                        required=True,
                    )
                else:
                    self.text(f"{where}/elements/{j}", element)
        elif kind == "actions":
            elements = self.count(f"{where}/elements", block.get("elements"), ACTIONS_ELEMENTS)
            if not elements:
                self.bad(f"{where}/elements", "must have at least one element")
            action_ids: set[str] = set()
            for j, element in enumerate(elements):
                self.element(f"{where}/elements/{j}", element)
                action_id = element.get("action_id") if isinstance(element, dict) else None
                if isinstance(action_id, str):
                    if action_id in action_ids:
                        self.bad(f"{where}/elements/{j}/action_id", "duplicate action_id")
                    action_ids.add(action_id)
        elif kind == "image":
            self.length(f"{where}/image_url", block.get("image_url"), URL)
            self.length(f"{where}/alt_text", block.get("alt_text"), ALT_TEXT, required=True)
            self.text(f"{where}/title", block.get("title"), IMAGE_TITLE, plain=True, required=False)
        elif kind == "input":
            self.text(f"{where}/label", block.get("label"), INPUT_LABEL, plain=True)
            self.text(f"{where}/hint", block.get("hint"), INPUT_HINT, plain=True, required=False)
            if block.get("element") is None:
                self.bad(f"{where}/element", "is required")
            else:
                self.element(f"{where}/element", block["element"])

    # -- elements ------------------------------------------------------------------------------
    def element(self, where: str, element: Any) -> None:
        if not isinstance(element, dict):
            self.bad(where, "must be an element object")
            return
        kind = element.get("type")
        self.length(f"{where}/action_id", element.get("action_id"), ACTION_ID)
        self.text(
            f"{where}/placeholder",
            element.get("placeholder"),
            PLACEHOLDER,
            plain=True,
            required=False,
        )
        if element.get("confirm") is not None:
            self.confirm(f"{where}/confirm", element["confirm"])
        if kind == "button":
            self.text(f"{where}/text", element.get("text"), BUTTON_TEXT, plain=True)
            self.length(f"{where}/value", element.get("value"), BUTTON_VALUE)
            self.length(f"{where}/url", element.get("url"), URL)
        elif kind in SELECTS_WITH_OPTIONS:
            self.select(where, element)
        elif kind == "overflow":
            self.options(f"{where}/options", element.get("options"), OVERFLOW_OPTIONS)
        elif kind in {"radio_buttons", "checkboxes"}:
            options = self.options(f"{where}/options", element.get("options"), CHOICE_OPTIONS)
            self.initial(where, element, options)
        elif kind == "plain_text_input":
            max_length = element.get("max_length")
            if isinstance(max_length, int) and max_length > INPUT_MAX_LENGTH:
                self.bad(f"{where}/max_length", f"must be no more than {INPUT_MAX_LENGTH}")
            initial = element.get("initial_value")
            if (
                isinstance(initial, str)
                and isinstance(max_length, int)
                and len(initial) > max_length
            ):
                self.bad(f"{where}/initial_value", f"is longer than max_length {max_length}")

    def select(self, where: str, element: dict[str, Any]) -> None:
        options = self.options(f"{where}/options", element.get("options"), SELECT_OPTIONS)
        groups = self.count(f"{where}/option_groups", element.get("option_groups"), SELECT_OPTIONS)
        for g, group in enumerate(groups):
            if isinstance(group, dict):
                self.text(
                    f"{where}/option_groups/{g}/label", group.get("label"), OPTION_TEXT, plain=True
                )
                options += self.options(
                    f"{where}/option_groups/{g}/options", group.get("options"), SELECT_OPTIONS
                )
        if element.get("options") is None and element.get("option_groups") is None:
            self.bad(f"{where}/options", "is required")
        self.initial(where, element, options)

    def options(self, pointer: str, options: Any, limit: int) -> list[dict[str, Any]]:
        listed = self.count(pointer, options, limit)
        for k, option in enumerate(listed):
            if not isinstance(option, dict):
                self.bad(f"{pointer}/{k}", "must be an option object")
                continue
            self.text(f"{pointer}/{k}/text", option.get("text"), OPTION_TEXT)
            self.length(f"{pointer}/{k}/value", option.get("value"), OPTION_VALUE)
            self.text(
                f"{pointer}/{k}/description",
                option.get("description"),
                OPTION_DESCRIPTION,
                required=False,
            )
        return [o for o in listed if isinstance(o, dict)]

    def initial(self, where: str, element: dict[str, Any], options: list[dict[str, Any]]) -> None:
        """ELEMENTS: an initial option must exactly match one of the options."""
        initial = element.get("initial_option")
        chosen = [initial] if initial is not None else list(element.get("initial_options") or [])
        for n, option in enumerate(chosen):
            if option not in options:
                name = "initial_option" if initial is not None else f"initial_options/{n}"
                self.bad(f"{where}/{name}", "must match one of the options")

    def confirm(self, where: str, confirm: Any) -> None:
        if not isinstance(confirm, dict):
            self.bad(where, "must be a confirmation dialog object")
            return
        for key, limit in CONFIRM.items():
            self.text(f"{where}/{key}", confirm.get(key), limit, plain=key != "text")


def check_message(method: str, params: dict[str, Any]) -> list[Violation]:
    """What Slack would refuse in a message (chat.postMessage, chat.postEphemeral, chat.update,
    a response URL). Text beyond MESSAGE_TEXT is listed too: Slack cuts it off (TRUNCATE)."""
    checker = _Checker(method)
    text = params.get("text")
    if isinstance(text, str) and len(text) > MESSAGE_TEXT:
        checker.bad(
            "/text", f"is cut off by Slack beyond {MESSAGE_TEXT} characters (is {len(text)})"
        )
    if params.get("blocks") is not None:
        checker.blocks("/blocks", params.get("blocks"), MESSAGE_BLOCKS)
    for a, attachment in enumerate(params.get("attachments") or []):
        if isinstance(attachment, dict) and attachment.get("blocks") is not None:
            checker.blocks(f"/attachments/{a}/blocks", attachment["blocks"], MESSAGE_BLOCKS)
    return checker.found


def check_view(method: str, view: Any) -> list[Violation]:
    """What Slack would refuse in a modal or Home tab view (VIEWS)."""
    checker = _Checker(method)
    if not isinstance(view, dict):
        checker.bad("/view", "is required")
        return checker.found
    checker.blocks("/view/blocks", view.get("blocks"), VIEW_BLOCKS)
    checker.length("/view/private_metadata", view.get("private_metadata"), PRIVATE_METADATA)
    checker.length("/view/callback_id", view.get("callback_id"), CALLBACK_ID)
    checker.length("/view/external_id", view.get("external_id"), CALLBACK_ID)
    if view.get("type") == "modal":
        checker.text("/view/title", view.get("title"), VIEW_TITLE, plain=True)
        for key in ("submit", "close"):
            checker.text(f"/view/{key}", view.get(key), VIEW_TITLE, plain=True, required=False)
    return checker.found


def check(method: str, params: dict[str, Any]) -> list[Violation]:
    """The violations of one Web API call (or response URL post); [] for other methods."""
    if method in MESSAGE_METHODS:
        return check_message(method, params)
    if method in VIEW_METHODS:
        return check_view(method, params.get("view"))
    return []


def refused(found: list[Violation]) -> list[Violation]:
    """The violations Slack refuses the call for (all but a cut-off text, which it posts)."""
    return [v for v in found if v.pointer != "/text"]
