"""Report drafts in the shared store: what a replica saves another reads, masked; a draft
left 30 minutes is forgotten; a draft cleared twice is cleared once."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from bot.state.drafts import DraftStore, ReportDraft
from bot.state.store import create_store

CHAT = "whatsapp:0f1e2d3c4b5a69788796a5b4c3d2e1f0"


def test_a_draft_saved_by_one_replica_is_read_masked_by_another(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/d.db"
    one, two = DraftStore(create_store(url).engine), DraftStore(create_store(url).engine)
    assert one.load(CHAT) is None
    draft = ReportDraft(CHAT, "location", {"lang": "id", "country": "ID", "category": "road",
                                           "description": "Jalan rusak, hubungi 081234567890"})
    kept = one.save(draft)
    assert kept.get("description") == "Jalan rusak, hubungi [phone]"
    later = two.save(two.load(CHAT).at("photo", location="depan no. hp 0812-3456-7890",
                                       latitude=-6.9, longitude=107.6))
    read = one.load(CHAT)
    assert read == later and read.step == "photo" and read.get("latitude") == pytest.approx(-6.9)
    assert read.get("location") == "depan no. hp [phone]"
    with_photo = one.save(read.at("confirm", photo=b"\xff\xd8\xffjpeg"))
    assert two.load(CHAT).photo == b"\xff\xd8\xffjpeg" == with_photo.photo
    rows = sqlite3.connect(tmp_path / "d.db").execute("select * from report_drafts").fetchall()
    assert len(rows) == 1 and "081234567890" not in repr(rows) and "0812-3456" not in repr(rows)
    assert [one.clear(CHAT), two.clear(CHAT)] == [True, False]
    assert two.load(CHAT) is None


def test_a_draft_is_kept_for_thirty_minutes_then_forgotten_and_swept(tmp_path: Path) -> None:
    store = create_store(f"sqlite:///{tmp_path}/d.db")
    drafts = DraftStore(store.engine)
    drafts.save(ReportDraft(CHAT, "description", {"lang": "ms"}))
    drafts.save(ReportDraft("whatsapp:recent", "category", {"lang": "id"}))
    drafts.save(ReportDraft("whatsapp:other", "category", {"lang": "id"}))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    def age(chat: str, minutes: int) -> None:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE report_drafts SET updated_at = ? WHERE chat_id = ?",
                                 (now - dt.timedelta(minutes=minutes), chat))

    def left() -> list[str]:
        with store.engine.connect() as conn:
            return sorted(k for (k,) in conn.exec_driver_sql(
                "select chat_id from report_drafts"))

    age(CHAT, 31)
    age("whatsapp:recent", 29)
    age("whatsapp:other", 31)
    assert drafts.load("whatsapp:recent") is not None  # 29 minutes: still there
    assert drafts.load(CHAT) is None  # 31: read as none, and gone at once
    assert left() == ["whatsapp:other", "whatsapp:recent"]
    drafts.save(ReportDraft("whatsapp:third", "category", {"lang": "id"}))
    assert left() == ["whatsapp:recent", "whatsapp:third"]  # the next save swept the rest
