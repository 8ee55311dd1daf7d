"""Indonesian or Malay: the question's own words first, then the country it is asked in."""

from __future__ import annotations

import pytest

from bot.language import LanguageDetector


@pytest.mark.parametrize("text", ["umrah backpacker murah",
                                  "permit kerja pekerja asing apply mana"])
def test_a_question_without_telling_words_takes_the_language_of_its_country(
        detector: LanguageDetector, text: str) -> None:
    assert detector.decide(text, country="MY").lang == "ms"
    assert detector.decide(text, country="ID").lang == "id"


@pytest.mark.parametrize("text, lang", [
    ("gimana cara bikin paspor, aku nggak ngerti", "id"),
    ("macam mana nak renew pasport, saya tak faham", "ms"),
])
def test_telling_words_outweigh_the_country(detector: LanguageDetector, text: str,
                                            lang: str) -> None:
    assert detector.decide(text, country="MY").lang == lang
    assert detector.decide(text, country="ID").lang == lang


@pytest.mark.parametrize("text, lang", [("jadwal ppdb sma negeri", "id"),
                                        ("jadual kutipan sampah pukal", "ms"),
                                        ("cara ganti nama lewat pengadilan negeri", "id")])
def test_words_spelt_one_way_in_each_language_tell_it(detector: LanguageDetector,
                                                      text: str, lang: str) -> None:
    assert detector.decide(text).lang == lang


@pytest.mark.parametrize("text, lang", [("pas parking bulanan zon A brape", "ms"),
                                        ("tamu hari ahad tutup pkl brape", "ms"),
                                        ("deposit sewa dewan serbguna brape", "ms"),
                                        ("pinjem buku perpus boleh brp lama", "id"),
                                        ("spanduk boleh dipasang brp lama", "id"),
                                        ("jam brp boleh buang sampah ke tps?", "id"),
                                        # a sum of money written the country's way
                                        ("phone bawah RM1000 yg best skrg apa", "ms"),
                                        ("hp di bawah rp2.000.000 yg bagus apa", "id"),
                                        ("tips nk kurus cepat sebelum raya", "ms")])
def test_chat_spellings_and_service_words_tell_a_short_question(
        detector: LanguageDetector, text: str, lang: str) -> None:
    assert detector.decide(text).lang == lang
