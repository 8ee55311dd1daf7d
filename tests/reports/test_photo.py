"""Photos are checked by their content and stored without EXIF or GPS."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bot.reports.model import InvalidReport
from bot.reports.photo import MAX_PHOTO_BYTES, clean_photo

GPS_IFD = 0x8825


def jpeg_with_gps(size: tuple[int, int] = (64, 48)) -> bytes:
    image = Image.new("RGB", size, (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "KameraKota"  # Make
    exif[0x0112] = 6  # Orientation: rotate 90° to show upright
    exif.get_ifd(GPS_IFD).update({1: "S", 2: (6.0, 54.0, 53.0), 3: "E", 4: (107.0, 36.0, 35.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_a_jpeg_loses_its_exif_and_gps_but_stays_upright() -> None:
    raw = jpeg_with_gps()
    assert Image.open(io.BytesIO(raw)).getexif().get_ifd(GPS_IFD)  # the fixture has GPS
    photo = clean_photo(raw)
    assert photo.content_type == "image/jpeg"
    clean = Image.open(io.BytesIO(photo.data))
    assert not clean.getexif() and "exif" not in clean.info
    assert b"KameraKota" not in photo.data
    assert (clean.width, clean.height) == (48, 64)  # the orientation was applied


def test_a_png_is_kept_as_png_without_its_text_chunks() -> None:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "rumah Budi, Jl. Melati 3")
    out = io.BytesIO()
    Image.new("RGBA", (20, 10), (0, 0, 255, 128)).save(out, "PNG", pnginfo=info)
    photo = clean_photo(out.getvalue())
    assert photo.content_type == "image/png" and b"Melati" not in photo.data
    assert Image.open(io.BytesIO(photo.data)).mode == "RGBA"


@pytest.mark.parametrize("data", [
    b"GIF89a" + b"\0" * 100,                     # another format
    b"\xff\xd8\xff\xe0" + b"not really a jpeg",  # the right magic, no image
    b"<svg xmlns='http://www.w3.org/2000/svg'/>",
])
def test_anything_but_a_readable_jpeg_or_png_is_refused(data: bytes) -> None:
    with pytest.raises(InvalidReport) as bad:
        clean_photo(data)
    assert bad.value.field == "photo"


def test_a_photo_over_five_megabytes_is_refused() -> None:
    with pytest.raises(InvalidReport, match="at most"):
        clean_photo(b"\xff\xd8\xff" + b"\0" * MAX_PHOTO_BYTES)
