"""`/v1/reports`: a resident's report to the city, its photo, and its status by reference."""

from __future__ import annotations

import asyncio
import re
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Request
from pydantic import BaseModel, Field

from bot.assistant import Assistant
from bot.channels.web.errors import NOT_FOUND, ApiError
from bot.channels.web.routes import gate, get_assistant
from bot.channels.web.schema import CountryCode, LangCode, _Strict, error_responses
from bot.reports.model import CATEGORIES, InvalidReport, NewReport
from bot.reports.photo import MAX_PHOTO_BYTES, sniff

CHANNEL = "web"
# the one route whose body may be larger than the API's limit
LARGE_BODIES = ((re.compile(r"^/v1/reports/[^/]+/photo$"), MAX_PHOTO_BYTES),)


class ReportRequest(_Strict):
    country: CountryCode | None = Field(default=None, description="Default: the "
                                        "deployment's country.")
    lang: LangCode | None = Field(default=None, description="The resident's language "
                                  "(default: the country's): the draft is written in it.")
    category: str = Field(max_length=64, description=f"One of {', '.join(CATEGORIES)} (or its "
                          "name in Indonesian or Malay: jalan, jalan raya, drainase, longkang, "
                          "lampu jalan, sampah, ketertiban, gangguan awam, pelayanan publik, "
                          "lainnya, lain-lain).")
    description: str = Field(max_length=4000, description="What happened, 10–2,000 "
                             "characters.")
    location: str | None = Field(default=None, max_length=1000, description="Where (a street, "
                                 "a landmark); required unless latitude and longitude are "
                                 "given.")
    latitude: float | None = None
    longitude: float | None = None
    area: str | None = Field(default=None, max_length=500, description="The city, district "
                             "or kecamatan (the widget's data-area).")
    happened: str | None = Field(default=None, max_length=500, description="When it "
                                 "happened, in the resident's words.")
    contact: str | None = Field(default=None, max_length=1000, description="How the city may "
                                "reach the resident, if they choose to say; forwarded to the "
                                "city only.")
    session_id: str | None = Field(default=None, max_length=128)

    def new_report(self) -> NewReport:
        return NewReport(self.country, self.category, self.description, self.location,
                         self.latitude, self.longitude, self.lang, self.area, self.happened,
                         self.contact, self.session_id)


class ChannelOut(BaseModel):
    name: str
    url: str


class ReportOut(BaseModel):
    reference: str = Field(description="Unguessable, e.g. TK-7Q4M2X9KDA: the resident's "
                           "key to the status.")
    status: str
    channel: ChannelOut | None = Field(description="The country's complaint channel.")
    draft: str = Field(description="The report written out in the resident's language, "
                       "ready to paste into the channel.")
    forwarded: list[str] = Field(description="Where this deployment sends it (email, "
                                 "webhook); empty: the resident takes the draft to the "
                                 "channel.")


class ReportStatusOut(BaseModel):
    reference: str
    status: str = Field(description="submitted, forwarded, received, in_progress, resolved "
                        "or rejected.")
    updated: str
    note: str | None = Field(description="The staff's note to the resident.")


class CategoryOut(BaseModel):
    value: str
    label: str


class CategoriesOut(BaseModel):
    categories: list[CategoryOut]


REPORT_EXAMPLES = {"id": {"summary": "A pothole (Indonesian)", "value": {
    "country": "ID", "lang": "id", "category": "jalan",
    "description": "Jalan berlubang dalam di depan SD Negeri 3, sudah dua minggu.",
    "location": "Jl. Merdeka, depan SD Negeri 3", "latitude": -6.914744,
    "longitude": 107.60981, "contact": "budi@example.com"}}}


AssistantDep = Annotated[Assistant, Depends(get_assistant)]


def reports_router() -> APIRouter:
    """Behind the same API key and rate limit as the rest of `/v1`."""
    router = APIRouter(prefix="/v1/reports", dependencies=[Depends(gate)], tags=["reports"],
                       responses=error_responses(401, 422, 429))

    @router.post("", status_code=201, response_model=ReportOut, summary="Make a report",
                 responses=error_responses(413, 503))
    async def make(body: Annotated[ReportRequest, Body(openapi_examples=REPORT_EXAMPLES)],
                   assistant: AssistantDep) -> Any:
        """Stored (description and location masked) and forwarded to the city's desk."""
        made = await asyncio.to_thread(assistant.make_report, body.new_report(), CHANNEL)
        return made.to_dict()

    @router.get("/categories", response_model=CategoriesOut, summary="Report categories")
    async def categories(assistant: AssistantDep,
                         lang: Annotated[LangCode, Query()] = "id") -> Any:
        return {"categories": [{"value": v, "label": label}
                               for v, label in assistant.report_categories(lang)]}

    @router.get("/{reference}", response_model=ReportStatusOut, summary="A report's status",
                responses=error_responses(404))
    async def status(reference: str, assistant: AssistantDep) -> Any:
        """Only the status and the staff's note: never the report's content."""
        found = await asyncio.to_thread(assistant.report_status, reference.upper())
        if found is None:
            raise ApiError(404, NOT_FOUND, f"no report {reference}")
        return found.to_dict()

    @router.post("/{reference}/photo", status_code=201, summary="Attach a photo",
                 responses=error_responses(404, 409, 413),
                 openapi_extra={"requestBody": {"required": True, "content": {
                     "image/jpeg": {"schema": {"type": "string", "format": "binary"}},
                     "image/png": {"schema": {"type": "string", "format": "binary"}}}}})
    async def photo(reference: str, request: Request, assistant: AssistantDep) -> Any:
        """The image itself as the body (JPEG or PNG, at most 5 MB), once per report within
        an hour of it; re-encoded without EXIF or location data."""
        data = await request.body()
        if not data or sniff(data) is None:
            raise InvalidReport("photo", "the body must be a JPEG or PNG image")
        await asyncio.to_thread(assistant.attach_report_photo, reference.upper(), data)
        return {"reference": reference.upper(), "photo": True}

    return router
