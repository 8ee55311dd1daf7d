"""Indonesian or Malay? A detector, marker words, and the evidence of retrieved documents.

Short questions defeat a character-level detector alone, so the decision adds up
log-odds from three sources: lingua (restricted to the two languages), words that
mark one language (`nak`, `macam mana`, `gimana`, `nggak`, `paspor`, `pasport` …),
and the language of the documents the question matched best.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from indexer.countries import LANG_OF_COUNTRY
from indexer.text import words

# Positive weight = Malay, negative = Indonesian. Weights are log-odds a word adds.
MARKERS: dict[str, float] = {
    # Malay
    "nak": 2.5, "tak": 2.0, "x": 1.0, "camne": 3.0, "camana": 3.0, "mcm": 2.0, "macam": 2.0,
    "kat": 1.5, "dah": 1.5, "boleh": 1.5, "blh": 2.0, "mahu": 1.5, "awak": 2.0, "sahaja": 2.0,
    "je": 1.5, "ke": 0.3, "hendak": 1.0, "bayaran": 1.5, "permohonan": 1.0, "memohon": 1.0,
    "pasport": 3.0, "sijil": 3.0, "mykad": 3.0, "mykid": 3.0, "ic": 1.5, "lesen": 2.5,
    "cukai": 2.5, "jpn": 3.0, "jpj": 3.0, "lhdn": 3.0, "kwsp": 3.0, "epf": 2.5, "perkeso": 3.0,
    "socso": 2.5, "mytax": 3.0, "myeg": 3.0, "ssm": 2.5, "dbkl": 3.0, "mbpp": 3.0, "str": 1.5,
    "percuma": 2.0, "kerajaan": 1.5, "pejabat": 1.5, "kaunter": 2.0, "semak": 1.5,
    "baharu": 2.0, "akaun": 2.0, "ringgit": 2.5, "rm": 2.0, "bila": 0.8, "mengapa": 0.5,
    "bagaimanakah": 0.5, "perkahwinan": 2.5, "kahwin": 1.5, "kematian": 0.3,
    "saman": 1.5, "jalan": 0.3, "pendaftaran": 0.3, "klinik": 0.8,
    "kena": 1.0, "ni": 0.8, "tu": 0.8, "lagi": 0.2, "ape": 2.0,
    "dapat": 0.8, "log": 0.5, "masuk": 0.3, "sila": 1.5, "mesti": 1.0, "wang": 1.0,
    "negeri": 1.0, "daerah": 0.3, "rosak": 2.5, "polis": 1.5, "perlu": 0.5, "buat": 0.8,
    "malaysia": 2.0, "majikan": 1.5, "pekerja": 0.3, "caruman": 3.0, "pengeluaran": 0.8,
    "lepas": 1.0, "ye": 1.5, "resepi": 3.0, "sedap": 0.5, "semalam": 0.5, "esok": 1.5,
    "jom": 2.5, "betul": 0.5, "kereta": 1.5, "bas": 2.0, "teksi": 2.5, "percutian": 2.0,
    "jadual": 2.0, "mahkamah": 2.0,
    # chat Malay, and the words of Malaysian services ("brape", "tempah", "kompaun")
    "brape": 2.5, "berape": 2.5, "bape": 2.0, "kenduri": 2.0, "kedai": 1.5, "tandas": 3.0,
    "longkang": 3.0, "dorang": 2.5, "diorang": 2.5, "ek": 1.0, "ahad": 2.0, "isnin": 3.0,
    "khamis": 2.5, "jumaat": 2.5, "gerai": 1.5, "fi": 2.0, "kad": 2.0, "caj": 3.0,
    "yuran": 3.0, "kenderaan": 3.0, "motosikal": 3.0, "dewan": 1.0, "kompaun": 3.0,
    "taksiran": 3.0, "majlis": 2.0, "perbandaran": 3.0, "bandaraya": 3.0, "tempah": 3.0,
    "tempahan": 3.0, "ubat": 3.0, "selsema": 3.0, "ngan": 1.5, "nk": 2.0, "raya": 1.0,
    "best": 0.8, "tepi": 0.8, "relief": 1.5,
    # Indonesian
    "resep": -3.0, "kemarin": -2.5, "besok": -1.5, "mobil": -2.5, "bus": -1.0, "ojek": -3.0,
    "lho": -2.5, "yuk": -2.5, "kayak": -2.0, "gitu": -2.5, "gini": -2.5, "terus": -0.5,
    "gimana": -3.0, "gmn": -3.0, "bagaimana": -0.3, "nggak": -3.0, "gak": -3.0, "ga": -2.0,
    "enggak": -3.0, "ngga": -3.0, "bikin": -2.5, "ngurus": -3.0, "ngurusnya": -3.0,
    "urus": -0.8, "mengurus": -0.5, "mau": -2.0, "bisa": -2.0, "aja": -2.5, "dong": -2.5,
    "sih": -2.5, "kok": -2.0, "deh": -2.0, "banget": -3.0, "udah": -2.5, "sudah": -0.5,
    "tidak": -0.5, "paspor": -3.0, "ktp": -3.0, "ektp": -3.0, "kk": -2.0, "akta": -3.0,
    "sim": -1.5, "stnk": -3.0, "bpkb": -3.0, "bpjs": -3.0, "dukcapil": -3.0, "npwp": -3.0,
    "spt": -2.5, "biaya": -2.0, "biayanya": -2.5, "persyaratan": -1.5, "syaratnya": -0.5,
    "kantor": -2.0, "rupiah": -2.5, "rp": -2.0, "gratis": -1.5, "perpanjang": -1.5,
    "perpanjangan": -1.5, "kelurahan": -3.0, "kecamatan": -3.0, "pajak": -2.5, "izin": -2.0,
    "ijin": -2.0, "uang": -2.0, "samsat": -3.0, "kalau": -0.3, "kalo": -2.0, "gue": -3.0,
    "gw": -3.0, "aku": -0.5, "ilang": -1.5, "rusak": -2.5,
    "polisi": -1.5, "lapor": -0.5, "indonesia": -2.0, "pindah": -0.3,
    "nikah": -0.5, "perkawinan": -2.5, "kawin": -0.8, "dimana": -0.8, "apakah": -0.3,
    "nih": -2.0, "tuh": -1.5, "ya": -0.5, "yg": -0.5, "tdk": -1.0, "blm": -0.8,
    "kartu": -2.5, "diurus": -1.0, "udh": -2.5, "jadwal": -2.0, "pengadilan": -2.0,
    "berapaan": -2.5, "telat": -2.5, "denda": -0.5,
    # chat Indonesian, and the words of Indonesian services ("gk", "perpus", "spanduk")
    "gk": -3.0, "engga": -3.0, "gan": -2.5, "bgt": -3.0, "dapet": -2.5, "klo": -2.5,
    "hrs": -2.0, "tgl": -1.0, "tanggal": -1.5, "warung": -2.5, "toko": -2.0,
    "ngurusin": -3.0, "bener": -2.5, "pengen": -3.0, "pingin": -3.0, "ortu": -2.5,
    "ngambil": -3.0, "lurah": -2.5, "tps": -2.0, "kuliner": -2.5, "jl": -1.0,
    "pinjem": -3.0, "perpus": -2.5, "ditangkep": -3.0, "kijing": -2.5, "spanduk": -2.5,
    "dmn": -2.0, "akte": -3.0, "bikinnya": -2.5, "obat": -2.5, "ngecek": -3.0,
}
PHRASES: dict[str, float] = {"macam mana": 2.5, "kat mana": 2.5, "log masuk": 2.5,
                             "cukai jalan": 2.0, "kad pengenalan": 3.0, "road tax": 1.5}
# a sum of money written the country's way ("rm1000", "rp50.000") weighs as its currency
_AMOUNT = re.compile(r"^(rm|rp)\d")
PRIOR_WEIGHT = 2.0      # how far lingua's probability moves the log-odds
EVIDENCE_WEIGHT = 1.2   # log-odds from the language of the best-matching documents
TIE_BIAS = -0.3         # an undecided question is taken as Indonesian, the larger audience
# log-odds toward the language of the country the question is asked in (a city's channel,
# a portal's country): a resident of a Malaysian city mostly writes Malay
COUNTRY_WEIGHT = 1.5


@dataclass(frozen=True)
class LanguageGuess:
    lang: str          # "id" | "ms"
    malay_odds: float  # log-odds of Malay; 0 = undecided
    source: str        # "given", "question", "question+documents"

    @property
    def confidence(self) -> float:
        p = 1.0 / (1.0 + math.exp(-self.malay_odds))
        return max(p, 1.0 - p)


class LanguageDetector:
    """Decides Indonesian vs Malay; build once per process (lingua's models load once)."""

    def __init__(self) -> None:
        from lingua import Language, LanguageDetectorBuilder

        self._ms = Language.MALAY
        self._detector = (
            LanguageDetectorBuilder.from_languages(Language.INDONESIAN, Language.MALAY)
            .with_preloaded_language_models()
            .build()
        )
        self._lock = threading.Lock()

    def lingua_only(self, text: str) -> str:
        """lingua's own call between the two languages (for comparison in `tanyakota eval`)."""
        with self._lock:
            values = self._detector.compute_language_confidence_values(text)
        p_ms = next((v.value for v in values if v.language == self._ms), 0.5)
        return "ms" if p_ms > 0.5 else "id"

    def question_odds(self, text: str) -> float:
        """Log-odds that `text` is Malay, from lingua and marker words."""
        with self._lock:
            values = self._detector.compute_language_confidence_values(text)
        p_ms = next((v.value for v in values if v.language == self._ms), 0.5)
        p_ms = min(max(p_ms, 0.02), 0.98)
        odds = PRIOR_WEIGHT * (p_ms - 0.5) * 2.0 + TIE_BIAS
        toks = words(text)
        odds += sum(MARKERS.get(t, 0.0) for t in toks)
        odds += sum(MARKERS[m.group(1)] for t in toks if (m := _AMOUNT.match(t)))
        joined = " " + " ".join(toks) + " "
        odds += sum(w for phrase, w in PHRASES.items() if f" {phrase} " in joined)
        return odds

    def detect(self, text: str) -> str:
        return "ms" if self.question_odds(text) > 0 else "id"

    def decide(self, text: str, doc_langs: Sequence[str] = (), given: str | None = None,
               country: str | None = None) -> LanguageGuess:
        """Combine the question with the languages of the top documents (best first) and
        the country it is asked in, if known."""
        if given:
            return LanguageGuess(given, 0.0, "given")
        home = LANG_OF_COUNTRY.get(country or "")
        odds = self.question_odds(text) + COUNTRY_WEIGHT * (
            (home == "ms") - (home == "id"))
        source = "question"
        if doc_langs:
            weights = [1.0, 0.5, 0.25][: len(doc_langs)]
            share = sum(w * (1 if lang == "ms" else -1) for w, lang in zip(weights, doc_langs))
            odds += EVIDENCE_WEIGHT * share / sum(weights)
            source = "question+documents"
        return LanguageGuess("ms" if odds > 0 else "id", odds, source)

    def detect_document(self, text: str) -> str:
        """Language of a whole document with no `lang:` field."""
        return self.detect(text[:3000])
