"""The built-in catalogue of public services: which services a question names, which a
document covers, and which of the named ones a knowledge folder lacks."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import yaml

from bot.cache import LRUCache
from indexer.countries import COUNTRIES
from indexer.errors import LoadError
from indexer.text import GENERIC, words

CATALOGUE_FILE = "services.yml"
LEVELS = ("national", "province", "city")

Term = tuple[str, ...]
# chat suffixes glued to a word: paspornya, simku, ktpmu
_SUFFIXES = ("nya", "ku", "mu")
# An action made only of these says "I want one" rather than what is done to it. In a
# question "baru" often means "just" ("sim saya baru hilang"); in a title it means new.
_DOC_WEAK = (GENERIC - {"baru", "baharu"}) | {"apply", "ambil", "pengajuan", "mengajukan"}
_QUESTION_WEAK = _DOC_WEAK | {"baru", "baharu", "new", "first"}
# an object said alone names its family only when it is this long: "kk" alone is as often
# "kakak" as the family card
BARE_MIN_CHARS = 3
# an object that is only one of these words ("lesen", "izin", "permit") names what is done
# to it ("renew lesen") but not a service when said alone or with a word that only asks for
# one ("buat lesen", "apply permit"): a licence can be for driving, a business or a dog
AMBIGUOUS = frozenset("lesen license licence izin ijin permit surat kad kartu sijil".split())


def _tokens(text: str) -> list[str]:
    """The project's words, hyphenated ones split too (`ktp-el` → `ktp`, `el`)."""
    return [part for word in words(text) for part in word.split("-") if part]


def _term(phrase: Any) -> Term:
    return tuple(_tokens(str(phrase)))


@dataclass(frozen=True)
class Agency:
    name: str
    url: str | None


@dataclass(frozen=True)
class Service:
    """One public service (or a topic the bot does not handle, with no country)."""

    id: str
    country: str | None
    name_id: str
    name_ms: str
    objects: tuple[Term, ...]
    actions: tuple[Term, ...]
    unless: tuple[Term, ...]
    agency: Agency | None
    level: str | None

    @property
    def family(self) -> str:
        """`country.topic`: the services that differ only in what is done to the object."""
        return ".".join(self.id.split(".")[:2])

    @property
    def distinguishing_actions(self) -> tuple[Term, ...]:
        """What is done that tells this service from its family's others ("perpanjang",
        "hilang"), not the words that only ask for one ("baru", "daftar", "apply")."""
        return tuple(a for a in self.actions if not set(a) <= _QUESTION_WEAK)

    @property
    def is_agency(self) -> bool:
        """An agency named without a service (`my.agency-jpj`)."""
        return ".agency-" in self.id

    @property
    def government(self) -> bool:
        return self.country is not None

    def name(self, lang: str) -> str:
        return self.name_ms if lang == "ms" else self.name_id


@dataclass(frozen=True)
class ServiceMatch:
    """A service a text names: the object phrase found, and the action phrase if any."""

    service: Service
    object_term: str
    action_term: str | None
    start: int  # the object phrase's word span in the text
    end: int
    tier: int  # 2: a distinguishing action, 1: a generic one ("buat", "daftar"), 0: none
    distance: int  # words between the object and the action phrase
    # the text also says what rules this service out ("klaim JKP" for the JHT claim)
    excluded: bool = False

    @property
    def specific(self) -> bool:
        return self.tier > 0

    @property
    def reading(self) -> tuple[str, str | None]:
        """What the text said; two services with one reading are the same question."""
        return self.object_term, self.action_term


def _forms(tokens: Sequence[str]) -> list[set[str]]:
    out = []
    for token in tokens:
        forms = {token}
        forms.update(token[: -len(s)] for s in _SUFFIXES
                     if token.endswith(s) and len(token) - len(s) >= 3)
        out.append(forms)
    return out


def _slip(typed: str, word: str) -> bool:
    """`typed` is `word` with a letter dropped ("taksirn") or two neighbours swapped
    ("pasprot"), as fingers slip. A changed letter is no slip: it makes other words too
    ("bulan" and "bukan", "depan" and "dewan", "bayar" and "bazar")."""
    if len(typed) == len(word):
        diff = [i for i, (x, y) in enumerate(zip(typed, word)) if x != y]
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and typed[diff[0]] == word[diff[1]] and typed[diff[1]] == word[diff[0]])
    return len(word) == len(typed) + 1 and any(
        typed == word[:i] + word[i + 1:] for i in range(len(word)))


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


class ServiceCatalogue:
    """The services, indexed by the first word of each phrase."""

    def __init__(self, services: Iterable[Service]) -> None:
        self.services = tuple(services)
        self.by_id = {s.id: s for s in self.services}
        self._order = {s.id: n for n, s in enumerate(self.services)}
        # one question is read several times on its way (the language's evidence, the
        # decision, a country question): each reading is made once
        self._named: LRUCache[tuple[ServiceMatch, ...]] = LRUCache(4096)
        self._first: dict[str, list[tuple[Term, int, str]]] = {}
        for n, service in enumerate(self.services):
            for role, terms in (("o", service.objects), ("a", service.actions),
                                ("u", service.unless)):
                for term in terms:
                    self._first.setdefault(term[0], []).append((term, n, role))

    @cached_property
    def _spellings(self) -> dict[str, tuple[str, ...]]:
        """The catalogue's words of four letters or more, by their first two."""
        groups: dict[str, set[str]] = {}
        for term, _, _ in (t for entries in self._first.values() for t in entries):
            for word in term:
                if len(word) >= 4 and not word.isdigit():
                    groups.setdefault(word[:2], set()).add(word)
        return {k: tuple(sorted(v)) for k, v in groups.items()}

    def respelled(self, text: str, known: Callable[[str], bool]) -> str:
        """`text` with each word of five letters or more that is no word the folder knows
        (`known`) and a slip of one catalogue word the folder knows (`_slip`, the first two
        letters kept: "anjng", "taksirn", "puskesms") written as that word; a word with two
        such readings is left as it is."""
        out = []
        for token in _tokens(text):
            if len(token) >= 5 and not token.isdigit() and not known(token):
                near = {w for w in self._spellings.get(token[:2], ())
                        if _slip(token, w) and known(w)}
                if len(near) == 1:
                    token = near.pop()
            out.append(token)
        return " ".join(out)

    @classmethod
    def from_yaml(cls, text: str) -> ServiceCatalogue:
        data = yaml.safe_load(text)
        if not isinstance(data, list):
            raise LoadError(CATALOGUE_FILE, "must be a list of services")
        services = [_service(entry) for entry in data]
        seen: set[str] = set()
        for service in services:
            if service.id in seen:
                raise LoadError(CATALOGUE_FILE, f"duplicate service id {service.id!r}")
            seen.add(service.id)
        return cls(services)

    def _find(self, text: str, country: str | None, weak: frozenset[str],
              bare: bool = False) -> list[ServiceMatch]:
        found: dict[int, dict[str, list[tuple[int, int, Term]]]] = {}
        for i, end, term, n, role in self._phrases(_forms(_tokens(text))):
            found.setdefault(n, {}).setdefault(role, []).append((i, end, term))
        found = {n: roles for n, roles in found.items()
                 if country is None or self.services[n].country in (None, country)}
        for roles in found.values():
            masked = {k for s, e, _ in roles.get("u", ()) for k in range(s, e)}
            roles["o"] = [o for o in roles.get("o", ()) if masked.isdisjoint(range(o[0], o[1]))]
        # the longer phrase wins: "bpjs ketenagakerjaan" is not also "bpjs"
        spans = {(o[0], o[1]) for roles in found.values() for o in roles["o"]}
        matches = []
        for n, roles in found.items():
            service = self.services[n]
            excluded = bool(roles.get("u"))
            objects = [o for o in roles["o"] if not any(
                s <= o[0] and o[1] <= e and e - s > o[1] - o[0] for s, e in spans)]
            if not objects:
                continue
            if not service.actions:
                s, e, term = max(objects, key=lambda o: (o[1] - o[0], -o[0]))
                matches.append(ServiceMatch(service, " ".join(term), None, s, e, 0, 0,
                                            excluded))
                continue
            pairs = [(2 if any(w not in weak for w in a[2]) else 1,
                      _gap((o[0], o[1]), (a[0], a[1])), o, a)
                     for o in objects for a in roles.get("a", ())]
            pairs = [p for p in pairs if p[0] == 2 or not set(p[2][2]) <= AMBIGUOUS]
            if not pairs:
                # "e-paspor brp skrg": the family, with nothing done to it said
                # (a topic that is no public service is named only with what is asked of
                # it: "kucing" alone is as often the council's dog and cat licence)
                said = [o for o in objects if len("".join(o[2])) >= BARE_MIN_CHARS
                        and not set(o[2]) <= AMBIGUOUS] if bare and service.government \
                    else []
                if said:
                    s, e, term = max(said, key=lambda o: (o[1] - o[0], -o[0]))
                    matches.append(ServiceMatch(service, " ".join(term), None, s, e, 0, 0,
                                                excluded))
                continue
            tier, gap, o, a = max(pairs, key=lambda p: (p[0], -p[1], p[2][1] - p[2][0]))
            matches.append(ServiceMatch(service, " ".join(o[2]), " ".join(a[2]),
                                        o[0], o[1], tier, gap, excluded))
        return matches

    def _specific(self, text: str, country: str | None, weak: frozenset[str],
                  bare: bool = False) -> list[ServiceMatch]:
        """Within a family only the most specific reading stays: "sim saya hilang, mau
        bikin lagi" is the lost licence, not a new one; and not one whose `unless` the text
        has when a sibling's is not. With `bare`, an object said with nothing done to it
        names each service of its family (tier 0)."""
        matches = self._find(text, country, weak, bare)
        best: dict[str, int] = {}
        for m in matches:
            best[m.service.family] = max(best.get(m.service.family, 0), m.tier)
        matches = [m for m in matches if m.tier == best[m.service.family]]
        # a sibling the text names by what rules another out ("klaim JKP BPJS
        # Ketenagakerjaan" is no JHT claim) is the one meant
        clean = {m.service.family for m in matches if not m.excluded}
        return [m for m in matches if not (m.excluded and m.service.family in clean)]

    @staticmethod
    def _public(matches: list[ServiceMatch]) -> list[ServiceMatch]:
        """A topic that is no public service is not what a question naming one as well is
        about: "warung makan, retribusi sampahnya brp" asks of the waste fee."""
        if any(m.service.government for m in matches):
            return [m for m in matches if m.service.government]
        return matches

    def named_in(self, text: str, country: str | None = None) -> list[ServiceMatch]:
        """The services `text` is about, best first; with `country`, only that country's
        services and the topics that are not a government's."""
        key = (text, country)
        found = self._named.get(key)
        if found is None:
            found = tuple(sorted(self._public(self._specific(text, country, _QUESTION_WEAK,
                                                             bare=True)),
                                 key=lambda m: (-m.tier, m.distance, -(m.end - m.start),
                                                # the longer action is the more specific
                                                -len((m.action_term or "").split()),
                                                m.start, self._order[m.service.id])))
            self._named.put(key, found)
        return list(found)

    def of_document(self, title: str, headings: Sequence[str],
                    country: str | None) -> set[str]:
        """The ids of the services a document covers: those its title names, and those
        each heading names, read with the title when it names none ("Jika hilang"). A
        heading does not name a service the title rules out: "Pembaharuan Lesen" on a
        page titled "Lesen Penjaja" is no driving-licence renewal."""
        ids = {m.service.id for m in self._specific(title, country, _DOC_WEAK)}
        ruled_out = self._ruled_out(title, country) - ids
        for heading in headings:
            matches = (self._specific(heading, country, _DOC_WEAK)
                       or self._specific(f"{title} {heading}", country, _DOC_WEAK))
            ids.update(m.service.id for m in matches if m.service.id not in ruled_out)
        return ids

    def _ruled_out(self, text: str, country: str | None) -> set[str]:
        """The services whose `unless` phrases `text` has ("lesen penjaja": not the
        driving licence)."""
        found = {self.services[n] for _, _, _, n, role in self._phrases(_forms(_tokens(text)))
                 if role == "u"}
        return {s.id for s in found if country is None or s.country in (None, country)}

    def _phrases(self, forms: list[set[str]]
                 ) -> Iterator[tuple[int, int, Term, int, str]]:
        """Every catalogue phrase in a text's word forms: (start, end, phrase, service
        index, role — "o" object, "a" action, "u" unless)."""
        for i, here in enumerate(forms):
            for form in here:
                for term, n, role in self._first.get(form, ()):
                    end = i + len(term)
                    if end <= len(forms) and all(w in forms[i + j] for j, w in enumerate(term)):
                        yield i, end, term, n, role


def has_family(family: str, services: Collection[str]) -> bool:
    """Whether any of `services` is of `family` (`id.paspor`: `id.paspor.hilang` …)."""
    return any(s == family or s.startswith(family + ".") for s in services)


def has_family_base(family: str, services: Collection[str]) -> bool:
    """Whether any of `services` is `family`'s general one — the family itself, or the
    service of making or registering its object (`id.paspor.baru`, not `.hilang`): a page
    of it is the page of the object, which also tells what else is done to it."""
    by_id = load_catalogue().by_id
    return any(s == family or (s.startswith(family + ".") and (found := by_id.get(s))
                               is not None and any(set(a) <= _QUESTION_WEAK
                                                   for a in found.actions))
               for s in services)


def covers(match: ServiceMatch, doc_services: Collection[str]) -> bool:
    """Whether a page of these services is about what `match` names: the service, or for
    an object named with nothing done to it, any service of its family; for an agency
    named alone, any of its services."""
    if match.service.id in doc_services:
        return True
    if match.service.is_agency:
        # an agency named alone: a page of any service of that agency
        by_id = load_catalogue().by_id
        return any((s := by_id.get(d)) is not None and s.agency == match.service.agency
                   for d in doc_services)
    return match.tier == 0 and has_family(match.service.family, doc_services)


def missing_services(named: Sequence[ServiceMatch], covered: Collection[str],
                     country: str | None = None) -> list[ServiceMatch]:
    """The named services no document covers, in the order named. With no country a
    reading one country's document answers ("renew passport") is not missing.
    A caller refusing by name does so when `named[0]` is among them."""
    fit = [m for m in named if country is None or m.service.country in (None, country)]
    answered = {m.reading for m in fit if m.service.id in covered}
    return [m for m in fit if m.service.id not in covered and m.reading not in answered]


def _service(entry: Any) -> Service:
    if not isinstance(entry, dict) or not entry.get("id"):
        raise LoadError(CATALOGUE_FILE, f"a service needs an id: {entry!r}")
    sid = str(entry["id"])

    def bad(reason: str) -> LoadError:
        return LoadError(CATALOGUE_FILE, f"{sid}: {reason}")

    country = entry.get("country")
    if country is not None and country not in COUNTRIES:
        raise bad(f"country must be one of {', '.join(COUNTRIES)} or null")
    names = entry.get("names") or {}
    if not isinstance(names, dict) or not names.get("id") or not names.get("ms"):
        raise bad("needs names in id and ms")
    objects = tuple(t for t in map(_term, entry.get("object") or ()) if t)
    if not objects:
        raise bad("needs object terms")
    agency = entry.get("agency")
    if agency is not None and not (isinstance(agency, dict) and agency.get("name")):
        raise bad("agency needs a name")
    level = entry.get("level")
    if level is not None and level not in LEVELS:
        raise bad(f"level must be one of {', '.join(LEVELS)}")
    return Service(
        sid, country, str(names["id"]), str(names["ms"]), objects,
        tuple(t for t in map(_term, entry.get("action") or ()) if t),
        tuple(t for t in map(_term, entry.get("unless") or ()) if t),
        Agency(str(agency["name"]), agency.get("url")) if agency else None, level)


@lru_cache(maxsize=1)
def load_catalogue() -> ServiceCatalogue:
    """The catalogue shipped in `indexer/data/services.yml`, read once."""
    path = resources.files("indexer").joinpath("data", CATALOGUE_FILE)
    return ServiceCatalogue.from_yaml(path.read_text(encoding="utf-8"))
