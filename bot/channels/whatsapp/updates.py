"""Reading a `messages` webhook of the Cloud API: `entry[].changes[].value` carries
`messages[]` (what residents sent), `statuses[]` (sent/delivered/read/failed of what the
bot sent) and `errors[]`.

Only the fields the bot needs are read; the resident's name (`contacts[].profile`) is not.
A message's `from` (the resident's number) and `id` (which encodes it) are personal data,
and so is a location: they are kept in memory for the reply and never logged.

A `location` message (a pin, or a named place) and an `image` (or a JPEG/PNG sent as a
document) are read too; only a report being written takes them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

# a document the bot takes as a photo
PHOTO_TYPES = frozenset({"image/jpeg", "image/png"})
MEDIA_ID = re.compile(r"[0-9A-Za-z_-]{1,128}")  # a path segment of the Graph API, no more
# nothing to answer: a reaction, a changed number, a removed message
SILENT = frozenset({"reaction", "system", "ephemeral", "revoke", "request_welcome"})


class MalformedUpdate(ValueError):
    """The body is not a WhatsApp Business Account webhook."""


@dataclass(frozen=True)
class Inbound:
    """One message from a resident. `text` is what they typed, or the id of the button or
    list row they picked (`kind` `button`/`row`), `title` what that button showed.

    A `location` has its coordinates and, for a named place, `name` and `address`; an
    `image` has the Graph API's `media_id` (to download it) and its `mime_type`."""

    message_id: str = field(repr=False)
    wa_id: str = field(repr=False)
    kind: str
    text: str = field(default="", repr=False)
    title: str = field(default="", repr=False)
    latitude: float | None = field(default=None, repr=False)
    longitude: float | None = field(default=None, repr=False)
    name: str = field(default="", repr=False)
    address: str = field(default="", repr=False)
    media_id: str = field(default="", repr=False)
    mime_type: str = ""


@dataclass(frozen=True)
class Update:
    messages: tuple[Inbound, ...] = ()
    statuses: int = 0
    # problems of single entries, already described without personal data
    skipped: tuple[str, ...] = ()


def parse(body: Any, phone_number_id: str) -> Update:
    """The messages and statuses for `phone_number_id` in a webhook body.

    A body that is not a webhook raises `MalformedUpdate`; a single odd message or change
    is skipped (and named in `skipped`) so the rest are still answered."""
    if not isinstance(body, dict) or body.get("object") != "whatsapp_business_account":
        raise MalformedUpdate("not a whatsapp_business_account webhook")
    entries = body.get("entry")
    if not isinstance(entries, list):
        raise MalformedUpdate("no entry list")
    messages: list[Inbound] = []
    statuses = 0
    skipped: list[str] = []
    for entry in entries:
        changes = entry.get("changes") if isinstance(entry, dict) else None
        if not isinstance(changes, list):
            skipped.append("an entry without changes")
            continue
        for change in changes:
            value = change.get("value") if isinstance(change, dict) else None
            if not isinstance(value, dict) or change.get("field") != "messages":
                skipped.append("a change that is not about messages")
                continue
            number = (value.get("metadata") or {}).get("phone_number_id") if isinstance(
                value.get("metadata"), dict) else None
            if number is not None and str(number) != phone_number_id:
                skipped.append("a change for another business number")
                continue
            statuses += len(_list(value.get("statuses")))
            for status in _list(value.get("statuses")):
                _log_errors(status, "a message the bot sent failed")
            _log_errors(value, "the Cloud API reported")
            for raw in _list(value.get("messages")):
                try:
                    inbound = _message(raw)
                except MalformedUpdate as exc:
                    skipped.append(str(exc))
                    continue
                if inbound is not None:
                    messages.append(inbound)
    return Update(tuple(messages), statuses, tuple(skipped))


def _message(raw: Any) -> Inbound | None:
    if not isinstance(raw, dict):
        raise MalformedUpdate("a message that is not an object")
    sender, message_id, kind = raw.get("from"), raw.get("id"), raw.get("type")
    if not (isinstance(sender, str) and sender.isdigit() and isinstance(message_id, str)
            and message_id and isinstance(kind, str)):
        raise MalformedUpdate("a message without sender, id or type")
    if kind in SILENT:
        return None
    if kind == "text":
        body = (raw.get("text") or {}).get("body") if isinstance(raw.get("text"), dict) else None
        if not isinstance(body, str):
            raise MalformedUpdate("a text message without a body")
        return Inbound(message_id, sender, "text", body)
    if kind == "interactive":
        return _interactive(raw.get("interactive"), message_id, sender)
    if kind == "button":  # a quick reply of a template: its text is what the resident meant
        button = raw.get("button")
        label = str(button.get("text") or button.get("payload") or "") if isinstance(
            button, dict) else ""
        return Inbound(message_id, sender, "text", label)
    if kind == "location":
        return _location(raw.get("location"), message_id, sender)
    if kind in ("image", "document"):
        media = raw.get(kind)
        media_id = media.get("id") if isinstance(media, dict) else None
        mime = str(media.get("mime_type") or "").split(";")[0].strip().lower() if isinstance(
            media, dict) else ""
        if isinstance(media_id, str) and MEDIA_ID.fullmatch(media_id) and (
                kind == "image" or mime in PHOTO_TYPES):
            return Inbound(message_id, sender, "image", media_id=media_id, mime_type=mime)
        if kind == "image":
            raise MalformedUpdate("an image message without a media id")
    return Inbound(message_id, sender, kind)  # audio, video, sticker, a PDF, …


def _location(data: Any, message_id: str, sender: str) -> Inbound:
    """A pin's coordinates (numbers within range), with a named place's name and address."""
    if not isinstance(data, dict):
        raise MalformedUpdate("a location message without a location")
    latitude = _coordinate(data.get("latitude"), 90.0)
    longitude = _coordinate(data.get("longitude"), 180.0)
    if latitude is None or longitude is None:
        raise MalformedUpdate("a location message without coordinates")
    return Inbound(message_id, sender, "location", latitude=latitude, longitude=longitude,
                   name=_short(data.get("name")), address=_short(data.get("address")))


def _coordinate(value: Any, bound: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or abs(value) > bound:
        return None
    return float(value)


def _short(value: Any, limit: int = 300) -> str:
    return " ".join(value.split())[:limit] if isinstance(value, str) else ""


def _interactive(data: Any, message_id: str, sender: str) -> Inbound:
    if isinstance(data, dict):
        for key, kind in (("button_reply", "button"), ("list_reply", "row")):
            reply = data.get(key)
            if data.get("type") == key and isinstance(reply, dict) and isinstance(
                    reply.get("id"), str):
                return Inbound(message_id, sender, kind, reply["id"], str(reply.get("title") or ""))
    # a flow's answer or something newer: not something the bot reads
    return Inbound(message_id, sender, "interactive")


def words_of(text: str) -> list[str]:
    """A text's words, lower case, punctuation and emoji dropped: how commands are read."""
    return re.sub(r"[^\w\s]", " ", text.lower()).split()


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _log_errors(holder: Any, what: str) -> None:
    """Errors Meta reports by webhook (e.g. 131047 when the 24-hour window has closed),
    by code and title only: the rest may name the resident."""
    if not isinstance(holder, dict):
        return
    for error in _list(holder.get("errors")):
        if isinstance(error, dict):
            log.warning("%s: code %s (%s)", what, error.get("code"),
                        str(error.get("title") or error.get("message") or "")[:120])
