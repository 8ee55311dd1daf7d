"""Conversations over real HTTP (uvicorn on a local port), through the Telegram fake
server, and through the `tanyakota ask --session` command."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from telegram.ext import Application

from bot.assistant import Assistant
from bot.channels.telegram.app import build_application
from bot.channels.web.app import create_app
from bot.config import Settings
from bot.state.store import Store, create_store
from tests.helpers.http_server import serve
from tests.helpers.telegram_fake import FakeBotAPI, buttons, polling, reply_to

BIRTH = "Bagaimana mendaftar kelahiran bayi saya?"


@pytest.fixture(scope="module")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return create_store(f"sqlite:///{tmp_path_factory.mktemp('conv-web')}/tanyakota.db")


@pytest.fixture(scope="module")
def base_url(settings: Settings, assistant: Assistant, web_store: Store) -> Iterator[str]:
    tuned = settings.model_copy(update={"rate_limit": "100000/minute"})
    app = create_app(tuned, assistant.with_store(web_store))
    with serve(app) as url:
        yield url


def ask(base_url: str, question: str, **body: object) -> dict:
    response = httpx.post(f"{base_url}/v1/ask", json={"question": question, **body},
                          timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def test_api_asks_for_the_country_and_the_reply_answers_it(base_url: str,
                                                           web_store: Store) -> None:
    asked = ask(base_url, BIRTH, session_id="web-1")
    assert asked["answered"] is False and asked["country"] is None
    assert asked["clarify"] == {"question": "Indonesia atau Malaysia?",
                                "choices": [{"label": "Indonesia", "value": "ID"},
                                            {"label": "Malaysia", "value": "MY"}]}
    chosen = ask(base_url, "MY", session_id="web-1")
    assert chosen["answered"] is True and chosen["country"] == "MY"
    assert chosen["sources"][0]["doc_id"] == "my/sijil-kelahiran.md"
    follow = ask(base_url, "berapa bayarannya?", session_id="web-1")
    assert follow["country"] == "MY" and follow["sources"][0]["doc_id"] == (
        "my/sijil-kelahiran.md")
    turns = web_store.turns("web-1")
    assert [t.question for t in turns][-2:] == [BIRTH, BIRTH]  # the choice answered it
    assert turns[0].question == "berapa bayarannya?"


def test_api_follow_up_uses_the_session_and_other_sessions_do_not(base_url: str) -> None:
    first = ask(base_url, "IC saya hilang, macam mana nak buat baru?", session_id="web-2")
    assert first["sources"][0]["doc_id"] == "my/mykad-hilang.md"
    follow = ask(base_url, "syaratnya apa?", session_id="web-2")
    assert follow["sources"][0]["doc_id"] == "my/mykad-hilang.md" and follow["lang"] == "ms"
    stranger = ask(base_url, "syaratnya apa?", session_id="web-3")
    assert stranger["answered"] is False  # alone it names no topic


def test_api_widget_flow_same_question_with_the_chosen_country(base_url: str) -> None:
    """What the widget's buttons send: the question again, with `country`."""
    assert ask(base_url, BIRTH, session_id="web-4")["clarify"] is not None
    chosen = ask(base_url, BIRTH, session_id="web-4", country="ID")
    assert chosen["sources"][0]["doc_id"] == "id/akta-kelahiran.md"
    follow = ask(base_url, "bayar ga?", session_id="web-4")
    assert follow["country"] == "ID" and follow["sources"][0]["doc_id"] == (
        "id/akta-kelahiran.md")


def test_openapi_documents_clarify_and_related(base_url: str) -> None:
    schema = httpx.get(f"{base_url}/openapi.json", timeout=30).json()
    answer = schema["components"]["schemas"]["AnswerOut"]["properties"]
    assert "country" in answer["clarify"]["description"]
    assert "Indonesia atau Malaysia?" in json.dumps(schema["components"]["schemas"]
                                                    ["ClarifyOut"])
    assert "related topics" in answer["related"]["description"]
    ask_body = schema["components"]["schemas"]["AskRequest"]["properties"]["session_id"]
    assert "follow-up" in ask_body["description"]


# --- Telegram ---------------------------------------------------------------------------

@pytest.fixture
async def bot(bot_settings: Settings, with_store: Assistant, store: Store
              ) -> AsyncIterator[Application]:
    async with polling(build_application(bot_settings, with_store)) as app:
        yield app


async def test_telegram_country_buttons_answer_the_question_and_chat_is_the_session(
        bot: Application, fake: FakeBotAPI, store: Store) -> None:
    (asked,) = await reply_to(fake, BIRTH)
    assert "negara mana" in asked["text"]
    choices = buttons(asked)
    assert [(b["text"], b["callback_data"]) for b in choices] == [("Indonesia", "q|ID"),
                                                                  ("Malaysia", "q|MY")]
    before = len(fake.sent(chat_id=1001))
    fake.push(callback_query=fake.callback(fake.sent_message(asked), "q|MY"))
    sent = await asyncio.to_thread(fake.wait_for, "sendMessage",
                                   lambda p: int(p["chat_id"]) == 1001, before + 1)
    answer = sent[-1]
    assert "Pendaftaran Kelahiran dan Sijil Kelahiran" in answer["text"]
    assert "dikemas kini" in answer["text"]
    (follow,) = await reply_to(fake, "berapa bayarannya?")
    assert "Pendaftaran Kelahiran dan Sijil Kelahiran" in follow["text"]
    turns = store.turns("telegram:1001")
    assert [t.country for t in turns] == ["MY", "MY", None]


async def test_telegram_follow_up_in_one_chat_is_not_seen_in_another(
        bot: Application, fake: FakeBotAPI) -> None:
    (first,) = await reply_to(fake, "IC saya hilang, macam mana nak buat baru?", chat_id=5)
    assert "Penggantian MyKad" in first["text"]
    (follow,) = await reply_to(fake, "syaratnya apa?", chat_id=5)
    assert "Penggantian MyKad" in follow["text"]
    (other,) = await reply_to(fake, "syaratnya apa?", chat_id=6)
    assert "Penggantian MyKad" not in other["text"]


# --- the command line -------------------------------------------------------------------

def test_cli_session_remembers_the_conversation(index_dir: Path, tmp_path: Path) -> None:
    env = {**os.environ, "TANYAKOTA_EMBED_THREADS": "2",
           "TANYAKOTA_DATABASE_URL": f"sqlite:///{tmp_path}/cli.db"}

    def run(*args: str) -> dict:
        out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--index",
                              str(index_dir), "--json", *args], capture_output=True,
                             text=True, env=env, timeout=120)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    assert run("--session", "c1", BIRTH)["clarify"]["question"] == "Indonesia atau Malaysia?"
    chosen = run("--session", "c1", "Malaysia")
    assert chosen["sources"][0]["doc_id"] == "my/sijil-kelahiran.md"
    alone = run("Malaysia")  # without the session the pending question is not known
    assert not alone["sources"] or alone["sources"][0]["doc_id"] != "my/sijil-kelahiran.md"
