import datetime as dt
from pathlib import Path

from bot.state.privacy import mask
from bot.state.store import Feedback, RefusedQuestion, create_store


def test_personal_numbers_are_masked() -> None:
    text = ("NIK 3578012345678901, NPWP 12.345.678.9-012.345, IC 900101-14-5678 / "
            "900101145678, hp 0812-3456-7890, +62 812 3456 7890, +60123456789, "
            "012-345 6789, mail siti.aminah@example.com; biaya Rp350.000 dalam 60 hari, 112")
    masked = mask(text)
    for secret in ("3578012345678901", "12.345.678.9-012.345", "900101-14-5678",
                   "900101145678", "0812-3456-7890", "812 3456 7890", "+60123456789",
                   "012-345 6789", "siti.aminah@example.com"):
        assert secret not in masked
    assert masked.count("[mykad]") == 2 and "[nik]" in masked and "[email]" in masked
    assert "Rp350.000" in masked and "60 hari" in masked and "112" in masked


def test_store_masks_keeps_and_purges(tmp_path: Path) -> None:
    store = create_store(f"sqlite:///{tmp_path}/sub/t.db")
    store.add_feedback(Feedback("web", "ktp 3578012345678901 hilang", False, "id/ktp.md",
                                comment="salah, wa 081234567890"))
    store.record_refusal(RefusedQuestion("telegram", "izin senjata api, ic 900101145678",
                                         "id", "ID"))
    assert store.feedback()[0].question == "ktp [nik] hilang"
    assert "[phone]" in store.feedback()[0].comment
    assert store.refused()[0].question == "izin senjata api, ic [mykad]"
    assert store.set_chat_settings("42", country="MY").country == "MY"
    assert store.set_chat_settings("42", lang="ms") == store.chat_settings("42")
    assert store.chat_settings("42").country == "MY"
    assert store.purge(older_than_days=90) == 0
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE feedback SET created_at = ?",
                             (dt.datetime(2000, 1, 1),))
    assert store.purge(older_than_days=90) == 1
    assert store.feedback() == [] and len(store.refused()) == 1


def test_turns_are_bounded_and_expire(tmp_path: Path) -> None:
    store = create_store(f"sqlite:///{tmp_path}/t.db")
    for i in range(12):
        store.add_turn("s1", f"q{i}", f"d{i}", "id", "ID", keep=10)
    turns = store.turns("s1", limit=20)
    assert len(turns) == 10 and turns[0].question == "q11"
    assert store.turns("s1", max_age=dt.timedelta(seconds=-1)) == []
