"""The HTTP API's request and response models (they mirror `bot.types.Answer`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.question import MAX_COMMENT_CHARS, InvalidQuestion, clean_question, clean_text, scrub

CountryCode = Literal["ID", "MY"]
LangCode = Literal["id", "ms"]


def _trim_question(value: object) -> object:
    if isinstance(value, str):
        try:
            return clean_question(value)
        except InvalidQuestion as exc:
            raise ValueError(exc.reason) from None
    return value


def _trim_comment(value: object) -> object:
    if isinstance(value, str):
        try:
            return clean_text(value)
        except InvalidQuestion as exc:
            raise ValueError(exc.reason) from None
    return value


def _case(value: object, upper: bool) -> object:
    if isinstance(value, str):
        value = value.strip()
        return (value.upper() if upper else value.lower()) or None
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore")

    @model_validator(mode="before")
    @classmethod
    def _scrub(cls, data: object) -> object:
        """No field keeps lone surrogates, NUL or control characters (`bot.question`)."""
        if isinstance(data, dict):
            return {k: scrub(v) if isinstance(v, str) else v for k, v in data.items()}
        return data

    @field_validator("country", mode="before", check_fields=False)
    @classmethod
    def _country(cls, value: object) -> object:
        return _case(value, upper=True)

    @field_validator("lang", mode="before", check_fields=False)
    @classmethod
    def _lang(cls, value: object) -> object:
        return _case(value, upper=False)


class AskRequest(_Strict):
    question: str = Field(description="The resident's question, 1–1,000 characters after "
                          "trimming.")
    country: CountryCode | None = Field(default=None, description="Answer only from this "
                                        "country's documents (default: the deployment's, "
                                        "else the question's language decides).")
    lang: LangCode | None = Field(default=None, description="Reply language (default: the "
                                  "question's language).")
    doc_id: str | None = Field(default=None, max_length=512, description="Answer from this "
                               "document: a `suggestions[].doc_id` the resident chose.")
    session_id: str | None = Field(default=None, max_length=128,
                                   description="An opaque id that groups one visitor's turns. "
                                   "With it, a follow-up (\"syaratnya apa?\") is answered "
                                   "on the conversation's topic, a reply \"MY\" or "
                                   "\"Malaysia\" answers the bot's country question, and "
                                   "the country carries over (for 30 minutes by default).")

    _question = field_validator("question", mode="before")(_trim_question)


class FeedbackRequest(_Strict):
    question: str = Field(description="The question the answer was for.")
    helpful: bool = Field(description="true for 👍, false for 👎.")
    doc_id: str | None = Field(default=None, max_length=512,
                               description="`sources[0].doc_id` of the answer.")
    session_id: str | None = Field(default=None, max_length=128)
    comment: str | None = Field(default=None, max_length=MAX_COMMENT_CHARS)
    lang: LangCode | None = Field(default=None, description="The answer's language.")

    _question = field_validator("question", mode="before")(_trim_question)
    _comment = field_validator("comment", mode="before")(_trim_comment)


class SourceOut(BaseModel):
    doc_id: str
    title: str
    url: str | None = Field(description="The official page the facts come from.")
    updated: str | None = Field(description="The date the facts were checked (YYYY-MM-DD).")
    score: float


class ChoiceOut(BaseModel):
    label: str = Field(description="What the button shows.")
    value: str = Field(description="What to send back: a country code (ask the same "
                       "question again with `country` set) or a question.")


class ClarifyOut(BaseModel):
    """A question back to the resident: "Indonesia atau Malaysia?" when no country is known
    and documents of both countries answer the question about equally."""

    question: str = Field(description="What to ask, e.g. \"Indonesia atau Malaysia?\".")
    choices: list[ChoiceOut] = Field(description="One button each, e.g. "
                                     "`{\"label\": \"Malaysia\", \"value\": \"MY\"}`.")


class RelatedOut(BaseModel):
    """A related topic of the knowledge base, offered as a one-tap follow-up (ask its
    title)."""

    doc_id: str
    title: str


class AnswerOut(BaseModel):
    """One answer; `sources[0]` is the document it was taken from."""

    answered: bool = Field(description="false when the bot refuses: `answer` then names the "
                           "country's official channel and `sources` is empty.")
    answer: str
    lang: LangCode
    country: CountryCode | None
    sources: list[SourceOut]
    confidence: float = Field(ge=0, le=1)
    clarify: ClarifyOut | None = Field(default=None, description="A question back to the "
                                       "resident, with choices, when the question is "
                                       "ambiguous (then `answered` is false and `country` "
                                       "null). Send the same question again with the "
                                       "chosen `country`, or, with a `session_id`, just the "
                                       "choice's `value`.")
    related: list[RelatedOut] = Field(default_factory=list, description="Up to three "
                                      "related topics (same country, same subject) with a "
                                      "confident answer.")
    suggestions: list[RelatedOut] = Field(default_factory=list, description="When the bot "
                                          "is not sure (`answered` false): up to three "
                                          "documents it may mean, best first. Ask again "
                                          "with one's `doc_id` (or its title) to get its "
                                          "answer.")
    generated: bool = Field(default=False, description="true when a language model "
                            "phrased the answer (checked against the sources).")
    offer_report: bool = Field(default=False, description="true when the client should "
                               "offer to make a report to the city (`POST /v1/reports`): "
                               "the bot refused, or the message is itself a complaint.")


class SearchHitOut(BaseModel):
    doc_id: str
    title: str
    heading: str = Field(description="The best matching section.")
    snippet: str
    url: str | None
    updated: str | None
    country: CountryCode | None
    lang: LangCode
    score: float


class SearchOut(BaseModel):
    query: str
    results: list[SearchHitOut]


class FeedbackOut(BaseModel):
    stored: bool


class ErrorOut(BaseModel):
    code: str = Field(description="Stable: invalid_request, invalid_json, body_too_large, "
                      "unauthorized, rate_limited, not_found, method_not_allowed, conflict, "
                      "request_timeout, cors_refused, unavailable, internal_error.")
    message: str
    field: str | None = None


ASK_EXAMPLES = {
    "ms": {"summary": "Malay", "value": {
        "question": "IC saya hilang, macam mana nak buat baru?", "country": "MY"}},
    "id": {"summary": "Indonesian", "value": {
        "question": "KTP saya hilang, gimana cara ngurusnya?", "session_id": "b2f1c9"}},
}

ANSWER_EXAMPLES = {
    "ms": {"summary": "Answered in Malay", "value": {
        "answered": True, "lang": "ms", "country": "MY",
        "answer": "MyKad yang hilang atau rosak boleh diganti di mana-mana pejabat Jabatan "
                  "Pendaftaran Negara (JPN). Pemohon perlu hadir sendiri di kaunter.",
        "sources": [{"doc_id": "my/jpn/mykad-hilang.md",
                     "title": "Penggantian MyKad Hilang atau Rosak",
                     "url": "https://www.jpn.gov.my/", "updated": "2026-11-28",
                     "score": 0.031}],
        "confidence": 0.87, "clarify": None, "related": []}},
    "id": {"summary": "Answered in Indonesian", "value": {
        "answered": True, "lang": "id", "country": "ID",
        "answer": "KTP-el yang hilang dapat dicetak ulang di Dinas Kependudukan dan "
                  "Pencatatan Sipil dengan membawa surat keterangan kehilangan dari polisi.",
        "sources": [{"doc_id": "id/kependudukan/ktp-el-hilang.md",
                     "title": "Penggantian KTP-el Hilang",
                     "url": "https://dukcapil.kemendagri.go.id/", "updated": "2026-10-02",
                     "score": 0.032}],
        "confidence": 0.91, "clarify": None, "related": []}},
    "clarify": {"summary": "Which country?", "value": {
        "answered": False, "lang": "id", "country": None,
        "answer": "Layanan ini ada di Indonesia dan di Malaysia, dengan aturan yang berbeda. "
                  "Anda di negara mana?",
        "sources": [], "confidence": 0.93, "related": [],
        "clarify": {"question": "Indonesia atau Malaysia?",
                    "choices": [{"label": "Indonesia", "value": "ID"},
                                {"label": "Malaysia", "value": "MY"}]}}},
    "refused": {"summary": "Refused (Indonesian)", "value": {
        "answered": False, "lang": "id", "country": "ID",
        "answer": "Maaf, saya belum punya informasi tentang hal itu, jadi saya tidak mau "
                  "menebak. Silakan sampaikan melalui SP4N-LAPOR! di https://www.lapor.go.id/",
        "sources": [], "confidence": 0.0, "clarify": None, "related": []}},
}

FEEDBACK_EXAMPLES = {
    "helpful": {"summary": "👍", "value": {
        "session_id": "b2f1c9", "question": "IC saya hilang, macam mana nak buat baru?",
        "doc_id": "my/jpn/mykad-hilang.md", "helpful": True, "lang": "ms"}},
    "not_helpful": {"summary": "👎 with a comment", "value": {
        "session_id": "b2f1c9", "question": "KTP saya hilang, gimana cara ngurusnya?",
        "doc_id": "id/kependudukan/ktp-el-hilang.md", "helpful": False, "lang": "id",
        "comment": "Tidak ada info biaya"}},
}


def error_responses(*statuses: int) -> dict[int | str, dict]:
    """OpenAPI entries for the error statuses an endpoint can answer."""
    text = {401: "Missing or wrong X-API-Key", 404: "No such report",
            409: "The report has its photo already", 413: "Body over the limit (64 KiB; "
            "5 MB for a photo)",
            422: "Invalid input (the message names the field)",
            429: "Rate limited; see Retry-After", 503: "Index or store unavailable"}
    return {s: {"model": ErrorOut, "description": text[s]} for s in statuses}
