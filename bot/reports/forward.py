"""Forwarding a report to the city's desk: e-mail over SMTP and a signed JSON webhook.

`smtp://host:587` speaks STARTTLS (on 587 always, elsewhere when the server offers it);
`smtps://host:465` is TLS from the start. Credentials come from the URL or the settings.
The webhook body is JSON; `X-Tanyakota-Signature: sha256=<hex>` is the HMAC-SHA256 of the
raw body with the shared secret, so the receiver can check it came from this deployment.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx

from bot.reports.draft import agency, reports_config, title, write_draft
from bot.reports.model import Report, category_label
from bot.state.reports import StoredPhoto
from indexer.complaints import ComplaintChannel
from indexer.errors import ConfigError, TanyakotaError

TIMEOUT = 15.0
SIGNATURE_HEADER = "X-Tanyakota-Signature"


class DeliveryFailed(TanyakotaError):
    """The mail server or webhook did not take the report (it is tried again later)."""


@dataclass(frozen=True)
class Outgoing:
    """One report as it leaves: masked text, the resident's contact, the draft."""

    report: Report
    event: str  # created | photo
    channel: ComplaintChannel | None
    photo: StoredPhoto | None = None

    def payload(self) -> dict[str, Any]:
        r = self.report
        return {
            "event": f"report.{self.event}", "reference": r.reference,
            "country": r.country, "lang": r.lang, "category": r.category,
            "category_label": category_label(r.category, r.lang), "title": title(r),
            "description": r.description, "location": r.location, "latitude": r.latitude,
            "longitude": r.longitude, "area": r.area, "happened": r.happened,
            "contact": r.contact, "channel": r.channel, "agency": agency(r, self.channel),
            "created": r.created.replace(microsecond=0).isoformat() + "Z",
            "complaint_channel": ({"name": self.channel.name, "url": self.channel.url}
                                  if self.channel else None),
            "draft": write_draft(r, self.channel),
            "photo": ({"content_type": self.photo.content_type,
                       "data_base64": base64.b64encode(self.photo.data).decode()}
                      if self.photo else None),
        }


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    tls: bool  # smtps://: TLS from the first byte
    user: str | None = None
    password: str | None = None

    @classmethod
    def parse(cls, url: str, user: str | None = None,
              password: str | None = None) -> SmtpServer:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ConfigError(f"TANYAKOTA_SMTP_URL must be smtp://host[:port] or "
                              f"smtps://host[:port], not {parts.scheme or url!r}")
        tls = parts.scheme == "smtps"
        return cls(parts.hostname, parts.port or (465 if tls else 25), tls,
                   user or (unquote(parts.username) if parts.username else None),
                   password or (unquote(parts.password) if parts.password else None))

    def send(self, message: EmailMessage) -> None:
        context = ssl.create_default_context()
        try:
            smtp: smtplib.SMTP = (smtplib.SMTP_SSL(self.host, self.port, timeout=TIMEOUT,
                                                   context=context) if self.tls
                                  else smtplib.SMTP(self.host, self.port, timeout=TIMEOUT))
            with smtp:
                smtp.ehlo()
                if not self.tls and (self.port == 587 or smtp.has_extn("starttls")):
                    smtp.starttls(context=context)
                    smtp.ehlo()
                if self.user:
                    smtp.login(self.user, self.password or "")
                smtp.send_message(message)
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryFailed(f"mail to {self.host}:{self.port} failed: "
                                 f"{type(exc).__name__}: {exc}") from exc


def email_message(out: Outgoing, to: str, sender: str) -> EmailMessage:
    r = out.report
    message = EmailMessage()
    label = {"created": "", "photo": " (foto/gambar)"}[out.event]
    message["Subject"] = f"[{r.reference}] {title(r)}{label}"
    message["From"] = sender
    message["To"] = to
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(f"{r.reference}.{out.event}", "tanyakota")
    lines = [write_draft(r, out.channel), ""]
    if r.contact:
        lines.append(f"Kontak / Hubungi: {r.contact}")
    lines.append(f"Kanal / Saluran: {r.channel} · {r.created.isoformat(timespec='minutes')}Z")
    message.set_content("\n".join(lines))
    if out.photo is not None:
        subtype = out.photo.content_type.split("/")[1]
        message.add_attachment(out.photo.data, maintype="image", subtype=subtype,
                               filename=f"{r.reference}.{'jpg' if subtype == 'jpeg' else 'png'}")
    return message


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def post_webhook(url: str, secret: str, out: Outgoing, delivery_id: int) -> None:
    body = json.dumps(out.payload(), ensure_ascii=False, sort_keys=True).encode()
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(body, secret),
               "X-Tanyakota-Event": f"report.{out.event}",
               "X-Tanyakota-Delivery": str(delivery_id), "User-Agent": "Tanyakota"}
    try:
        response = httpx.post(url, content=body, headers=headers, timeout=TIMEOUT)
    except httpx.HTTPError as exc:
        raise DeliveryFailed(f"webhook failed: {type(exc).__name__}: {exc}") from exc
    if not response.is_success:
        raise DeliveryFailed(f"webhook answered {response.status_code}")


@dataclass(frozen=True)
class Targets:
    """Where reports go: the deployment's e-mail and webhook, or a country's (or area's)
    own from the `reports:` entry in _channels.yml."""

    smtp: SmtpServer | None = None
    email: str | None = None
    sender: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None

    def __post_init__(self) -> None:
        if self.webhook_url and not self.webhook_secret:
            raise ConfigError("TANYAKOTA_REPORTS_WEBHOOK_SECRET must be set with "
                              "TANYAKOTA_REPORTS_WEBHOOK_URL: the webhook is signed with it")

    def addresses(self, report: Report, channel: ComplaintChannel | None) -> dict[str, str]:
        """{"email": to, "webhook": url} for the report (only the targets it goes to)."""
        own = reports_config(channel, report.area)
        out = {}
        email = own.get("email") or self.email
        if email and self.smtp is not None:
            out["email"] = str(email)
        url = own.get("webhook_url") or self.webhook_url
        if url and self.webhook_secret:
            out["webhook"] = str(url)
        return out

    def send(self, target: str, out: Outgoing, delivery_id: int) -> None:
        address = self.addresses(out.report, out.channel).get(target)
        if address is None:
            raise DeliveryFailed(f"no {target} target is configured any more")
        if target == "email":
            assert self.smtp is not None
            sender = self.sender or self.email or f"tanyakota@{self.smtp.host}"
            self.smtp.send(email_message(out, address, sender))
        else:
            post_webhook(address, self.webhook_secret or "", out, delivery_id)


