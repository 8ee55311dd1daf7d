"""A report's photo: JPEG or PNG up to 5 MB, checked by its content (not its name or the
type the client claims), decoded, and encoded again without EXIF, GPS or any other
metadata."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from bot.reports.model import InvalidReport

MAX_PHOTO_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 50_000_000  # a 5 MB file that decodes to more is a decompression bomb
MAX_SIDE = 4096  # larger photos are scaled down; a report needs no more
JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Photo:
    content_type: str  # image/jpeg | image/png
    data: bytes
    width: int
    height: int


def sniff(data: bytes) -> str | None:
    """`image/jpeg` or `image/png` from the first bytes, else None."""
    if data.startswith(JPEG_MAGIC):
        return "image/jpeg"
    if data.startswith(PNG_MAGIC):
        return "image/png"
    return None


def clean_photo(data: bytes) -> Photo:
    """The photo re-encoded from its pixels alone; raises `InvalidReport("photo", …)`."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_PHOTO_BYTES:
        raise InvalidReport("photo", f"must be at most {MAX_PHOTO_BYTES} bytes")
    kind = sniff(data)
    if kind is None:
        raise InvalidReport("photo", "must be a JPEG or PNG image")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                if probe.format not in ("JPEG", "PNG"):
                    raise InvalidReport("photo", "must be a JPEG or PNG image")
                if probe.width * probe.height > MAX_PIXELS:
                    raise InvalidReport("photo", "has too many pixels")
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                upright = ImageOps.exif_transpose(image)  # keep what the camera meant
    except InvalidReport:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InvalidReport("photo", f"is not a readable image ({type(exc).__name__})"
                            ) from None
    mode = "RGB" if kind == "image/jpeg" else (
        "RGBA" if upright.mode in ("RGBA", "LA", "P", "PA") else "RGB")
    pixels = upright.convert(mode)
    pixels.thumbnail((MAX_SIDE, MAX_SIDE))
    # a new image from the pixels alone: no EXIF, GPS, XMP, ICC profile or text chunks
    fresh = Image.frombytes(mode, pixels.size, pixels.tobytes())
    out = io.BytesIO()
    if kind == "image/jpeg":
        fresh.save(out, "JPEG", quality=85, optimize=True)
    else:
        fresh.save(out, "PNG", optimize=True)
    return Photo(kind, out.getvalue(), fresh.width, fresh.height)


def kept_photo(data: bytes) -> Photo:
    """A photo `clean_photo` made before (a chat's draft keeps it), read back without
    encoding it again: only its header is read."""
    from PIL import Image

    kind = sniff(data)
    if kind is None:
        raise InvalidReport("photo", "must be a JPEG or PNG image")
    with Image.open(io.BytesIO(data)) as image:
        return Photo(kind, data, image.width, image.height)
