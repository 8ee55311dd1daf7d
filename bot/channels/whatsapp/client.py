"""The Graph API's `/messages` endpoint: text, reply buttons and lists, a request for the
resident's location, read marks with a typing indicator; and media a resident sent
(`GET /{media-id}` for its address, then the file itself with the same token).

Rate limits (HTTP 429; codes 4, 80007, 130429 throughput, 131056 pair rate) and server
errors are retried with exponential backoff and jitter; anything else (131047: the
24-hour window has closed, 131030: a test number's allowed list, 190: the token) is
permanent and raised as `GraphError` at once. The token travels only in the
`Authorization` header and is never part of an error or a log line.
"""

from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import dataclass, field
from typing import Any

import httpx

from bot.state.privacy import MaskingFilter, mask
from indexer.errors import TanyakotaError

log = logging.getLogger(__name__)
log.addFilter(MaskingFilter())

# Meta's limits for what the bot sends
MAX_TEXT = 4096
MAX_BUTTON_BODY = 1024
MAX_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_BUTTON_ID = 256
MAX_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_ROW_ID = 200
MAX_LIST_BUTTON = 20

# Graph API error codes worth another try: throttling, then temporary server trouble
RETRY_CODES = frozenset({4, 80007, 130429, 131056, 2, 131000, 131016})
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_WAIT = 60.0


class GraphError(TanyakotaError):
    """The Graph API would not take a message (after the retries, when they could help)."""

    def __init__(self, status: int, code: int | None, title: str) -> None:
        super().__init__(f"HTTP {status}, code {code}: {title}")
        self.status = status
        self.code = code
        self.title = title


# --- what the bot sends -----------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    body: str


@dataclass(frozen=True)
class Button:
    id: str
    title: str


@dataclass(frozen=True)
class Buttons:
    """A message with up to three reply buttons."""

    body: str
    buttons: tuple[Button, ...]


@dataclass(frozen=True)
class Row:
    id: str
    title: str
    description: str | None = None


@dataclass(frozen=True)
class Choices:
    """A list message: a button that opens up to ten rows."""

    body: str
    button: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class LocationRequest:
    """A message with WhatsApp's own "Send location" button."""

    body: str


Outgoing = Text | Buttons | Choices | LocationRequest


@dataclass(frozen=True)
class Media:
    """A file a resident sent, downloaded."""

    data: bytes = field(repr=False)
    mime_type: str


class MediaTooLarge(GraphError):
    """The file is larger than the caller takes."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, None, f"the file is larger than {limit} bytes")


def payload(to: str, message: Outgoing, reply_to: str | None = None) -> dict[str, Any]:
    """The `/messages` request body for `message` to the resident `to`."""
    data: dict[str, Any] = {"messaging_product": "whatsapp", "recipient_type": "individual",
                            "to": to}
    if isinstance(message, Text):
        data |= {"type": "text", "text": {"body": message.body, "preview_url": False}}
    elif isinstance(message, LocationRequest):
        data |= {"type": "interactive", "interactive": {
            "type": "location_request_message", "body": {"text": message.body},
            "action": {"name": "send_location"}}}
    elif isinstance(message, Buttons):
        data |= {"type": "interactive", "interactive": {
            "type": "button", "body": {"text": message.body},
            "action": {"buttons": [{"type": "reply", "reply": {"id": b.id, "title": b.title}}
                                   for b in message.buttons]}}}
    else:
        rows = [{"id": r.id, "title": r.title, **({"description": r.description}
                                                  if r.description else {})}
                for r in message.rows]
        data |= {"type": "interactive", "interactive": {
            "type": "list", "body": {"text": message.body},
            "action": {"button": message.button, "sections": [{"rows": rows}]}}}
    if reply_to:
        data["context"] = {"message_id": reply_to}
    return data


# where the Cloud API's media URLs point (lookaside.fbsbx.com today)
META_MEDIA_HOSTS = ("fbsbx.com", "facebook.com", "fbcdn.net", "whatsapp.net")


class GraphClient:
    """Sends through one business phone number; one `httpx.AsyncClient`, closed by `aclose`."""

    def __init__(self, api_url: str, phone_number_id: str, token: str, attempts: int = 5,
                 first_wait: float = 1.0, timeout: float = 15.0) -> None:
        self.attempts = max(1, attempts)
        self.first_wait = first_wait
        self._path = f"/{phone_number_id}/messages"
        self._api_host = httpx.URL(api_url).host
        self._http = httpx.AsyncClient(base_url=api_url.rstrip("/"), timeout=timeout,
                                       headers={"Authorization": f"Bearer {token}"})

    async def aclose(self) -> None:
        await self._http.aclose()

    async def send(self, to: str, message: Outgoing, reply_to: str | None = None) -> str | None:
        """Send `message`; the id WhatsApp gave it. Raises `GraphError` when it was refused."""
        result = await self._post(payload(to, message, reply_to))
        sent = result.get("messages") if isinstance(result, dict) else None
        return str(sent[0].get("id")) if isinstance(sent, list) and sent and isinstance(
            sent[0], dict) else None

    async def mark_read(self, message_id: str, typing: bool = True) -> None:
        """Blue ticks on the resident's message and "typing…" (until the reply, at most
        25 s). A courtesy: tried once, a failure only logged."""
        data: dict[str, Any] = {"messaging_product": "whatsapp", "status": "read",
                                "message_id": message_id}
        if typing:
            data["typing_indicator"] = {"type": "text"}
        try:
            await self._post(data, attempts=1)
        except GraphError as exc:
            log.info("could not mark a message read: %s", exc)

    async def download(self, media_id: str, limit: int) -> Media:
        """The file behind a media id of a message the resident sent (its address is good
        for five minutes); at most `limit` bytes, else `MediaTooLarge`."""
        info = await self._request("GET", f"/{media_id}")
        url = info.get("url") if isinstance(info, dict) else None
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            raise GraphError(502, None, "the media has no download address")
        if not self._media_host(url):  # the token goes with the request: only to Meta
            raise GraphError(502, None, "the media's download address is not Meta's")
        size = info.get("file_size")
        if isinstance(size, int) and size > limit:
            raise MediaTooLarge(limit)
        try:
            async with self._http.stream("GET", url) as response:
                if not response.is_success:
                    await response.aread()
                    raise _error_of(response)
                data = bytearray()
                async for chunk in response.aiter_bytes():
                    data += chunk
                    if len(data) > limit:
                        raise MediaTooLarge(limit)
        except httpx.TransportError as exc:
            raise GraphError(0, None, f"the media could not be fetched ({type(exc).__name__})"
                             ) from None
        mime = response.headers.get("content-type") or str(info.get("mime_type") or "")
        return Media(bytes(data), mime.split(";")[0].strip().lower())

    def _media_host(self, url: str) -> bool:
        """The Graph API's own host, or (over HTTPS) one of the hosts Meta serves media
        from."""
        parsed = httpx.URL(url)
        host = parsed.host.lower()
        return host == self._api_host or (parsed.scheme == "https" and any(
            host == h or host.endswith("." + h) for h in META_MEDIA_HOSTS))

    async def _post(self, data: dict[str, Any], attempts: int | None = None) -> Any:
        return await self._request("POST", self._path, data, attempts)

    async def _request(self, method: str, path: str, data: dict[str, Any] | None = None,
                       attempts: int | None = None) -> Any:
        tries = attempts or self.attempts
        for attempt in range(1, tries + 1):
            try:
                response = await self._http.request(method, path, json=data)
            except httpx.TransportError as exc:
                error = GraphError(0, None, f"no answer from the Graph API ({type(exc).__name__})")
                retry_after = None
            else:
                if response.is_success:
                    return _json(response)
                error = _error_of(response)
                retry_after = _seconds(response.headers.get("retry-after"))
                if not _retryable(error):
                    raise error
            if attempt == tries:
                raise error
            wait = self.first_wait * 2 ** (attempt - 1)
            wait = min(MAX_WAIT, max(random.uniform(wait / 2, wait), retry_after or 0.0))
            log.info("the Graph API is busy (%s); retrying in %.2f s (try %d of %d)",
                     error, wait, attempt + 1, tries)
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")


def _retryable(error: GraphError) -> bool:
    return error.status in RETRY_STATUS or error.code in RETRY_CODES


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _error_of(response: httpx.Response) -> GraphError:
    """The Graph API's `{"error": {"code", "message", "error_data": {"details"}}}`, masked
    (the details of a bad request may quote what was sent)."""
    body = _json(response)
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return GraphError(response.status_code, None, response.reason_phrase or "error")
    code = error.get("code")
    details = (error.get("error_data") or {}).get("details") if isinstance(
        error.get("error_data"), dict) else None
    title = " — ".join(str(t) for t in (error.get("message"), details) if t)
    number = int(str(code)) if str(code).isdigit() else None
    return GraphError(response.status_code, number, mask(title) or "error")


def _seconds(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None
