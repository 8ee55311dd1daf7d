"""Word-level text handling shared by the keyword index and the question side."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

_WORD = re.compile(r"[0-9a-z]+(?:[-'][0-9a-z]+)*")

# Function words of Indonesian and Malay (and the few English ones residents mix in).
STOPWORDS = frozenset(
    """
    yang dan di ke dari untuk dengan pada ini itu atau juga ada adalah akan dalam oleh
    sebagai saya aku kami kita anda awak kamu dia mereka nya ya tidak tak nggak gak ga x
    apa apakah bagaimana gimana macam mana camne camana mcm gmn berapa bila kapan mengapa
    kenapa siapa dimana kat sudah dah telah belum masih bisa boleh blh dapat perlu harus
    mesti kena mau nak hendak ingin ingin mahu pun lah kah tah dong deh sih kok kan je ke
    lagi saja aja sahaja hanya bagi para sang si tu ni tersebut bahawa bahwa karena kerana
    sebab jika kalau kalo sekiranya agar supaya maka lalu serta tetapi tapi namun the a an
    of to is are how what where can i my do does for in on please tolong mohon nk
    """.split()
)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return text.replace("’", "'").replace("‘", "'")


def words(text: str) -> list[str]:
    """Lower-cased word tokens (hyphenated words stay whole, e.g. `ktp-el`)."""
    return _WORD.findall(normalize(text))


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    # Snowball's Indonesian stemmer strips the affixes the two languages share
    # (me-, ber-, di-, ter-, pe-, -kan, -an, -nya, -lah, -kah).
    return Stemmer.Stemmer("indonesian")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    if "-" in word:
        return word
    return _stemmer().stemWord(word)


# Words that say what a resident wants to do rather than what about: they weigh
# little when checking whether a document covers a question.
GENERIC = frozenset(
    """
    cara buat bikin membuat urus ngurus mengurus ngurusnya uruskan mohon memohon permohonan
    daftar mendaftar pendaftaran baru baharu proses prosedur langkah info informasi maklumat
    tanya nanya soal hal perkara mengenai tentang pasal apa saja je aja dll dsb tempat
    lokasi bisakah bolehkah online dapatkan mendapatkan dapat perlu nya syarat
    """.split()
)


def terms(text: str) -> list[str]:
    """Keyword-search terms: words without stop words, stemmed."""
    out: list[str] = []
    for word in words(text):
        if word in STOPWORDS or len(word) < 2:
            continue
        out.append(stem(word))
        if "-" in word:
            out.extend(stem(part) for part in word.split("-") if len(part) > 1)
    return out
