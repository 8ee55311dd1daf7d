"""Write the 12 documents of estuaries-id under ../knowledge/id/ (MD, PDF, DOCX, HTML)."""

from __future__ import annotations

import html
import re
import sys
import textwrap
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import texts_batu as B  # noqa: E402
import texts_langsa as L  # noqa: E402
import texts_nasional as N  # noqa: E402
import texts_solok as S  # noqa: E402

KNOWLEDGE = HERE.parent / "knowledge"
NOTE = ("Dokumen evaluasi (estuaries-id). Nama instansi dan tempat nyata; semua tarif, "
        "tenggat, waktu proses, jam layanan, alamat, nomor telepon, nomor formulir, nama "
        "aplikasi dan portal adalah rekaan.")

ACEH, SUMBAR, JATIM = "Kota Langsa, Aceh", "Kota Solok, Sumatera Barat", "Kota Batu, Jawa Timur"

# (doc id, text, region, agency, source slug, updated, portal name for HTML)
DOCS = [
    ("id/nasional/kartu-prakerja.md", N.PRAKERJA, "Nasional",
     "Manajemen Pelaksana Program Kartu Prakerja", "prakerja.example.invalid/panduan",
     "2026-02-10", None),
    ("id/nasional/pajak-kendaraan-samsat.md", N.SAMSAT, "Nasional",
     "Tim Pembina Samsat Nasional", "samsat.example.invalid/pkb-tahunan", "2026-01-22", None),
    ("id/langsa/retribusi-sampah.md", L.SAMPAH, ACEH, "Dinas Lingkungan Hidup Kota Langsa",
     "langsakota.example.invalid/dlh/retribusi-sampah", "2026-03-04", None),
    ("id/langsa/sedot-tinja-iplt.pdf", L.TINJA, ACEH,
     "Dinas Pekerjaan Umum dan Penataan Ruang Kota Langsa",
     "langsakota.example.invalid/pupr/iplt.pdf", "2026-02-18", None),
    ("id/langsa/ambulans-gratis.html", L.AMBULANS, ACEH, "Dinas Kesehatan Kota Langsa",
     "langsakota.example.invalid/dinkes/ambulans-gratis", "2026-03-11",
     "Portal Resmi Pemerintah Kota Langsa"),
    ("id/langsa/akta-kelahiran.md", L.AKTA, ACEH,
     "Dinas Kependudukan dan Pencatatan Sipil Kota Langsa",
     "langsakota.example.invalid/disdukcapil/akta-kelahiran", "2026-01-30", None),
    ("id/solok/pbb-p2.md", S.PBB, SUMBAR, "Badan Keuangan Daerah Kota Solok",
     "solokkota.example.invalid/bkd/pbb-p2", "2026-02-05", None),
    ("id/solok/kartu-kuning-ak1.docx", S.AK1, SUMBAR, "Dinas Tenaga Kerja Kota Solok",
     "solokkota.example.invalid/disnaker/ak1.docx", "2026-03-02", None),
    ("id/solok/pemakaman-umum.md", S.MAKAM, SUMBAR,
     "Dinas Perumahan dan Kawasan Permukiman Kota Solok",
     "solokkota.example.invalid/perkim/pemakaman", "2026-01-15", None),
    ("id/batu/uji-kir.html", B.KIR, JATIM, "Dinas Perhubungan Kota Batu",
     "batukota.example.invalid/dishub/uji-kir", "2026-02-25", "Portal Layanan Publik Kota Batu"),
    ("id/batu/retribusi-sampah.md", B.SAMPAH, JATIM, "Dinas Lingkungan Hidup Kota Batu",
     "batukota.example.invalid/dlh/retribusi-sampah", "2026-03-09", None),
    ("id/batu/perpustakaan-umum.md", B.PERPUS, JATIM,
     "Dinas Perpustakaan dan Kearsipan Kota Batu",
     "batukota.example.invalid/dispusip/keanggotaan", "2026-02-12", None),
]


def fields(text: str, region: str, agency: str, slug: str, updated: str) -> dict:
    return {"title": title_of(text), "lang": "id", "country": "ID", "region": region,
            "agency": agency, "source": "https://" + slug, "updated": updated, "note": NOTE}


def title_of(text: str) -> str:
    return text.split("\n", 1)[0].removeprefix("# ").strip()


def dump(meta: dict) -> str:
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)


# -- the Markdown-lite text as blocks -------------------------------------------------------

def blocks(text: str) -> list[tuple[str, object]]:
    """[(kind, value)]: h1, h2, h3, p, ul, ol (list of items), table (list of rows)."""
    out: list[tuple[str, object]] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(("p", " ".join(para)))
            para.clear()

    for line in text.split("\n"):
        s = line.strip()
        m = re.match(r"^(#{1,3}) (.+)$", s)
        if m:
            flush()
            out.append((f"h{len(m.group(1))}", m.group(2)))
        elif s.startswith("|"):
            flush()
            if re.fullmatch(r"\|[-| ]+\|", s):
                continue
            row = [c.strip() for c in s.strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
        elif s.startswith("- "):
            flush()
            if out and out[-1][0] == "ul":
                out[-1][1].append(s[2:])
            else:
                out.append(("ul", [s[2:]]))
        elif re.match(r"^\d+\. ", s):
            flush()
            item = re.sub(r"^\d+\. ", "", s)
            if out and out[-1][0] == "ol":
                out[-1][1].append(item)
            else:
                out.append(("ol", [item]))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()
    return out


# -- writers --------------------------------------------------------------------------------

def write_md(path: Path, text: str, meta: dict) -> None:
    path.write_text("---\n" + dump(meta) + "---\n\n" + text, encoding="utf-8")


def write_pdf(path: Path, text: str, meta: dict) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(meta["title"])
    c.setAuthor(meta["agency"])
    width, height = A4
    left, y = 50, height - 60

    def line(s: str, font: str, size: float, gap: float) -> None:
        nonlocal y
        if y < 60:
            c.showPage()
            y = height - 60
        c.setFont(font, size)
        c.drawString(left, y, s)
        y -= gap

    for kind, value in blocks(text):
        if kind == "h1":
            for part in textwrap.wrap(value, 60):
                line(part, "Helvetica-Bold", 16, 22)
            y -= 6
        elif kind == "h2":
            y -= 6
            line(value, "Helvetica-Bold", 13, 18)
        elif kind == "h3":
            line(value, "Helvetica-Bold", 10, 14)
        elif kind == "p":
            for part in textwrap.wrap(value, 92):
                line(part, "Helvetica", 10, 14)
            y -= 4
        elif kind in ("ul", "ol"):
            for k, item in enumerate(value, 1):
                mark = "- " if kind == "ul" else f"{k}. "
                for j, part in enumerate(textwrap.wrap(item, 88)):
                    line((mark if j == 0 else "   ") + part, "Helvetica", 10, 14)
            y -= 4
        elif kind == "table":
            for row in value:
                line(" | ".join(row), "Helvetica-Bold" if row is value[0] else "Helvetica",
                     10, 14)
            y -= 4
    c.save()


def write_docx(path: Path, text: str, meta: dict) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = meta["title"]
    d.core_properties.author = meta["agency"]
    for kind, value in blocks(text):
        if kind == "h1":
            d.add_heading(value, 0)
        elif kind == "h2":
            d.add_heading(value, 2)
        elif kind == "h3":
            d.add_heading(value, 3)
        elif kind == "p":
            d.add_paragraph(value)
        elif kind == "ul":
            for item in value:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in value:
                d.add_paragraph(item, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=len(value), cols=len(value[0]))
            t.style = "Table Grid"
            for r, row in enumerate(value):
                for k, cell in enumerate(row):
                    t.cell(r, k).text = cell
    d.save(str(path))


NAV = ["Beranda", "Profil Daerah", "Berita Kota", "Pengumuman", "Galeri Foto", "Hubungi Pemkot"]


def chrome(portal: str) -> dict[str, str]:
    """The texts of a page's header, nav and footer (the check looks for them)."""
    city = portal.split("Kota ")[-1]
    return {
        "header": f"{portal} — Melayani dengan Sepenuh Hati",
        "nav": NAV,
        "footer": [f"© 2026 Pemerintah Kota {city}. Seluruh hak cipta dilindungi.",
                   "Kebijakan Privasi", "Peta Situs", "Syarat Penggunaan"],
    }


def write_html(path: Path, text: str, meta: dict, portal: str) -> None:
    e = html.escape
    parts: list[str] = []
    for kind, value in blocks(text):
        if kind in ("h1", "h2", "h3"):
            parts.append(f"<{kind}>{e(value)}</{kind}>")
        elif kind == "p":
            parts.append(f"<p>{e(value)}</p>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{e(i)}</li>" for i in value)
            parts.append(f"<{kind}>{items}</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{e(c)}</th>" for c in value[0])
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                           for row in value[1:])
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    ch = chrome(portal)
    slug = path.stem
    nav = "\n".join(f'      <li><a href="https://{meta["source"].split("/")[2]}/{n.lower().replace(" ", "-")}">'
                    f"{e(n)}</a></li>" for n in ch["nav"])
    f0, *links = ch["footer"]
    host = meta["source"].split("/")[2]
    foot_links = " | ".join(f'<a href="https://{host}/{x.lower().replace(" ", "-")}">{e(x)}</a>'
                            for x in links)
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>{e(meta["title"])}</title>
  <meta name="description" content="Informasi layanan {e(slug)}">
</head>
<body>
  <header class="site-header">
    <div class="portal">{e(ch["header"])}</div>
  </header>
  <nav class="menu">
    <ul>
{nav}
    </ul>
  </nav>
  <main>
    <article>
      {chr(10).join("      " + p for p in parts).strip()}
    </article>
  </main>
  <footer class="site-footer">
    <p>{e(f0)}</p>
    <p>{foot_links}</p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


def main() -> None:
    for doc_id, text, region, agency, slug, updated, portal in DOCS:
        path = KNOWLEDGE / doc_id
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = fields(text, region, agency, slug, updated)
        suffix = path.suffix
        if suffix == ".md":
            write_md(path, text, meta)
            continue
        if suffix == ".pdf":
            write_pdf(path, text, meta)
        elif suffix == ".docx":
            write_docx(path, text, meta)
        elif suffix == ".html":
            write_html(path, text, meta, portal)
        (path.parent / (path.name + ".yml")).write_text(dump(meta), encoding="utf-8")
    print(f"wrote {len(DOCS)} documents under {KNOWLEDGE}")


if __name__ == "__main__":
    main()
