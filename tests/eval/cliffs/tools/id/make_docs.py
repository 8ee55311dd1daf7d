"""Write the Indonesian half's knowledge folder from the sources in build/content/.

Each source is a Markdown file with YAML front matter, written in a small subset of
Markdown: '# ' title, '## ' section headings, FAQ questions as '### Q?' or '**Q?**' lines,
paragraphs, '- ' and '1. ' lists, and '|' tables. A source becomes:

  - Markdown: copied as it is (front matter included);
  - PDF (reportlab): title 18 pt, headings 13 pt, body 10 pt, FAQ questions bold at body
    size, list items as "- ", no page numbers;
  - DOCX (python-docx): Title / Heading 2 / List Bullet / List Number styles, real tables;
  - HTML (by hand): a city website page with <header>, <nav> menu, <aside> and <footer>
    around the <main> article.

PDF, DOCX and HTML get a sidecar NAME.EXT.yml with the front matter's fields.

Run:  .venv-build/bin/python build/make_docs.py      (from the half's folder)
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
HALF = HERE.parent
CONTENT = HERE / "content"
OUT = HALF / "knowledge" / "id"

# doc (place/slug) -> output format; every other source is written as Markdown
FORMATS = {
    "parepare/izin-reklame": "pdf",
    "singkawang/akta-kelahiran-kematian": "docx",
    "parepare/sambungan-air": "html",
    "singkawang/sewa-gor-lapangan": "html",
}


# -- the source subset --------------------------------------------------------------------

def split_source(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body


def parse_blocks(body: str) -> list[tuple[str, object]]:
    """(kind, data): title, h2, faq, p, ul, ol, table."""
    blocks: list[tuple[str, object]] = []
    para: list[str] = []
    lines = body.split("\n")

    def end_para() -> None:
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            end_para()
        elif line.startswith("# "):
            end_para()
            blocks.append(("title", line[2:].strip()))
        elif line.startswith("## "):
            end_para()
            blocks.append(("h2", line[3:].strip()))
        elif line.startswith("### "):
            end_para()
            blocks.append(("faq", line[4:].strip()))
        elif re.fullmatch(r"\*\*.+\?\*\*", line.strip()):
            end_para()
            blocks.append(("faq", line.strip()[2:-2]))
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            end_para()
            kind = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(lines) and (lines[i].startswith("- ") if kind == "ul"
                                      else re.match(r"\d+\. ", lines[i])):
                items.append(re.sub(r"^(- |\d+\. )", "", lines[i]).strip())
                i += 1
            blocks.append((kind, items))
            continue
        elif line.startswith("|"):
            end_para()
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                    rows.append(cells)
                i += 1
            blocks.append(("table", rows))
            continue
        else:
            para.append(line.strip())
        i += 1
    end_para()
    return blocks


def sidecar(meta: dict, target: Path) -> None:
    path = target.with_name(target.name + ".yml")
    path.write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000),
                    encoding="utf-8")


# -- PDF ---------------------------------------------------------------------------------

def write_pdf(meta: dict, blocks, target: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    title_st = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=18, leading=23,
                              spaceAfter=10)
    head_st = ParagraphStyle("H", fontName="Helvetica-Bold", fontSize=13, leading=17,
                             spaceBefore=10, spaceAfter=4)
    body_st = ParagraphStyle("B", fontName="Helvetica", fontSize=10, leading=13.5,
                             spaceAfter=5)
    faq_st = ParagraphStyle("Q", parent=body_st, fontName="Helvetica-Bold", spaceAfter=2,
                            spaceBefore=4)
    item_st = ParagraphStyle("L", parent=body_st, leftIndent=12, spaceAfter=2)

    story = []
    for kind, data in blocks:
        if kind == "title":
            story.append(Paragraph(html.escape(data), title_st))
        elif kind == "h2":
            story.append(Paragraph(html.escape(data), head_st))
        elif kind == "faq":
            story.append(Paragraph(html.escape(data), faq_st))
        elif kind == "p":
            story.append(Paragraph(html.escape(data), body_st))
        elif kind in ("ul", "ol"):
            for item in data:
                story.append(Paragraph("- " + html.escape(item), item_st))
            story.append(Spacer(1, 4))
        else:
            raise ValueError(f"{target.name}: {kind} not supported in the PDF")
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=2.2 * cm,
                            rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title=meta["title"], author=meta["agency"], subject=meta["title"])
    doc.build(story)  # no onPage callbacks: no page numbers


# -- DOCX --------------------------------------------------------------------------------

def write_docx(meta: dict, blocks, target: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = meta["title"]
    d.core_properties.author = meta["agency"]
    for kind, data in blocks:
        if kind == "title":
            d.add_paragraph(data, style="Title")
        elif kind == "h2":
            d.add_paragraph(data, style="Heading 2")
        elif kind == "faq":
            d.add_paragraph().add_run(data).bold = True
        elif kind == "p":
            d.add_paragraph(data)
        elif kind == "ul":
            for item in data:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in data:
                d.add_paragraph(item, style="List Number")
        elif kind == "table":
            table = d.add_table(rows=len(data), cols=len(data[0]))
            table.style = "Table Grid"
            for r, row in enumerate(data):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
    d.save(str(target))


# -- HTML --------------------------------------------------------------------------------

SITES = {
    "parepare/sambungan-air": {
        "site": "Perumda Air Minum Tirta Karajae",
        "tagline": "Air Bersih untuk Warga Parepare",
        "menu": ["Beranda", "Tentang Kami", "Layanan Pelanggan", "Info Gangguan",
                 "Berita &amp; Pengumuman", "Hubungi Kami"],
        "crumbs": ["Beranda", "Layanan Pelanggan", "Pendaftaran Pelanggan"],
        "aside_title": "Tautan Cepat",
        "aside": ["Cek Tagihan Online", "Simulasi Tagihan", "Jadwal Pemeliharaan Jaringan",
                  "Unduh Formulir"],
        "footer": ["© 2026 Perumda Air Minum Tirta Karajae Kota Parepare",
                   "Hak cipta dilindungi undang-undang", "Kebijakan Privasi",
                   "Peta Situs", "Ikuti kami di Facebook dan Instagram"],
        "color": "#0b5fa5",
    },
    "singkawang/sewa-gor-lapangan": {
        "site": "Dinas Pemuda, Olahraga dan Pariwisata Kota Singkawang",
        "tagline": "Singkawang Kota Tertoleran",
        "menu": ["Beranda", "Profil Dinas", "Kepemudaan", "Keolahragaan", "Pariwisata",
                 "PPID", "Galeri Foto"],
        "crumbs": ["Beranda", "Keolahragaan", "Sewa Fasilitas"],
        "aside_title": "Agenda Terdekat",
        "aside": ["Cap Go Meh 2026", "Singkawang Marathon", "Turnamen Bulutangkis Pelajar",
                  "Festival Kuliner Pasar Hongkong"],
        "footer": ["© 2026 Pemerintah Kota Singkawang", "Dikelola oleh Tim Web Disporapar",
                   "Syarat Penggunaan", "Kebijakan Privasi", "Pengunjung hari ini: 1.284"],
        "color": "#a1261b",
    },
}


def _inline(text: str) -> str:
    out = html.escape(text)
    return re.sub(r"(https://[^\s)]+)", r'<a href="\1">\1</a>', out)


def write_html(doc: str, meta: dict, blocks, target: Path) -> None:
    site = SITES[doc]
    slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")  # noqa: E731
    body: list[str] = []
    for kind, data in blocks:
        if kind == "title":
            body.append(f"<h1>{html.escape(data)}</h1>")
            body.append(f'<p class="meta">Diperbarui {meta["updated"]} &middot; '
                        f'{html.escape(meta["agency"])}</p>')
        elif kind == "h2":
            body.append(f'<h2 id="{slug(data)}">{html.escape(data)}</h2>')
        elif kind == "faq":
            body.append(f"<h3>{html.escape(data)}</h3>")
        elif kind == "p":
            body.append(f"<p>{_inline(data)}</p>")
        elif kind in ("ul", "ol"):
            items = "\n".join(f"  <li>{_inline(i)}</li>" for i in data)
            body.append(f"<{kind}>\n{items}\n</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{html.escape(c)}</th>" for c in data[0])
            rows = "\n".join("    <tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r)
                             + "</tr>" for r in data[1:])
            body.append(f"<table>\n  <thead><tr>{head}</tr></thead>\n  <tbody>\n{rows}\n"
                        f"  </tbody>\n</table>")
    menu = "\n".join(f'      <li><a href="/{slug(html.unescape(m))}">{m}</a></li>'
                     for m in site["menu"])
    crumbs = " &rsaquo; ".join(f'<a href="/{slug(c)}">{c}</a>' for c in site["crumbs"])
    aside = "\n".join(f'      <li><a href="/{slug(a)}">{html.escape(a)}</a></li>'
                      for a in site["aside"])
    footer = "\n".join(f"    <p>{html.escape(f)}</p>" for f in site["footer"])
    page = f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(meta["title"])} | {html.escape(site["site"])}</title>
  <meta name="description" content="{html.escape(meta["title"])}">
  <style>
    body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
    header {{ background: {site["color"]}; color: #fff; padding: 12px 24px; }}
    header a {{ color: #fff; text-decoration: none; }}
    nav ul {{ list-style: none; display: flex; gap: 18px; padding: 0; margin: 8px 0 0; }}
    .crumbs {{ font-size: 13px; margin-top: 8px; opacity: .85; }}
    .wrap {{ display: flex; gap: 32px; max-width: 1100px; margin: 24px auto; padding: 0 24px; }}
    main {{ flex: 3; }} aside {{ flex: 1; font-size: 14px; }}
    table {{ border-collapse: collapse; }} td, th {{ border: 1px solid #ccc; padding: 4px 8px; }}
    footer {{ background: #333; color: #ddd; padding: 16px 24px; font-size: 13px; }}
  </style>
</head>
<body>
  <header>
    <div class="brand"><a href="/"><strong>{html.escape(site["site"])}</strong></a>
      <span class="tagline">{html.escape(site["tagline"])}</span></div>
    <nav aria-label="Menu utama">
      <ul>
{menu}
      </ul>
    </nav>
    <div class="crumbs">{crumbs}</div>
  </header>
  <div class="wrap">
  <main>
    <article>
{chr(10).join(body)}
    </article>
  </main>
  <aside>
    <h4>{html.escape(site["aside_title"])}</h4>
    <ul>
{aside}
    </ul>
  </aside>
  </div>
  <footer>
{footer}
  </footer>
</body>
</html>
"""
    target.write_text(page, encoding="utf-8")


# -- main --------------------------------------------------------------------------------

def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for src in sorted(CONTENT.glob("*/*.md")):
        doc = f"{src.parent.name}/{src.stem}"
        text = src.read_text(encoding="utf-8")
        meta, body = split_source(text)
        fmt = FORMATS.get(doc, "md")
        target = OUT / src.parent.name / f"{src.stem}.{fmt}"
        target.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "md":
            target.write_text(text, encoding="utf-8")
        else:
            blocks = parse_blocks(body)
            {"pdf": lambda: write_pdf(meta, blocks, target),
             "docx": lambda: write_docx(meta, blocks, target),
             "html": lambda: write_html(doc, meta, blocks, target)}[fmt]()
            sidecar(meta, target)
        print(f"wrote {target.relative_to(HALF)}")


if __name__ == "__main__":
    main()
