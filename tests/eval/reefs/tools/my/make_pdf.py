"""Build knowledge/my/nasional/pasport-malaysia.pdf (reportlab) and its sidecar.

Type sizes: title bold 20 pt, section headings bold 14 pt, body 10.5 pt. The loader's PDF
reader (indexer/formats.py, pdf_markdown) takes the commonest size as body and every short
line set at >= 1.15 x body as a heading: the largest size becomes '#', the others '##'.
Consecutive heading lines of one level are joined, so every heading is followed by body.
"""

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import KNOWLEDGE, LAST_LINE, write_sidecar

OUT = KNOWLEDGE / "my" / "nasional" / "pasport-malaysia.pdf"
TITLE = "Pasport Malaysia: Pembaharuan, Kehilangan dan Kadar Bayaran"

TITLE_STYLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=25,
                             spaceAfter=8)
HEAD_STYLE = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18,
                            spaceBefore=10, spaceAfter=4)
BODY_STYLE = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14,
                            spaceAfter=5)
BULLET_STYLE = ParagraphStyle("l", parent=BODY_STYLE, leftIndent=12, bulletIndent=2,
                              spaceAfter=2)
CELL_STYLE = ParagraphStyle("c", fontName="Helvetica", fontSize=10.5, leading=13)

# (heading, [blocks]); a block is a str (paragraph), ("ul", [items]) or ("table", rows)
SECTIONS = [
    (None, [
        "Jabatan Imigresen Malaysia mengeluarkan Pasport Antarabangsa Malaysia kepada "
        "warganegara untuk perjalanan ke luar negara. Pasport sah selama 5 tahun. Panduan "
        "ini menerangkan pembaharuan pasport, penggantian pasport yang hilang atau rosak, "
        "kadar bayaran dan tempoh proses bagi permohonan yang dibuat di dalam Malaysia.",
    ]),
    ("Kelayakan", [
        ("ul", [
            "Warganegara Malaysia yang memiliki MyKad, atau MyKid bagi kanak-kanak",
            "Tidak disekat daripada meninggalkan negara oleh mana-mana agensi",
            "Pemohon di bawah 18 tahun perlu kebenaran ibu, bapa atau penjaga sah",
        ]),
    ]),
    ("Pembaharuan Pasport", [
        "Pasport boleh diperbaharui mulai 12 bulan sebelum tarikh tamat tempoh. Terdapat "
        "dua cara pembaharuan:",
        ("ul", [
            "Dalam talian melalui portal ePasport Kilat: isi borang, muat naik gambar dan "
            "bayar secara dalam talian, kemudian kutip pasport di pejabat imigresen yang "
            "dipilih. Cara ini untuk pemohon berumur 13 tahun ke atas yang pasport lamanya "
            "tidak rosak.",
            "Di kaunter pejabat imigresen atau cawangan UTC tanpa permohonan awal. Gambar "
            "dan cap jari diambil di kaunter.",
        ]),
        "Pasport lama mesti dibawa semasa kutipan untuk dibatalkan dan dipulangkan.",
    ]),
    ("Dokumen Diperlukan", [
        ("ul", [
            "MyKad asal pemohon",
            "Pasport lama (untuk pembaharuan)",
            "Sijil kelahiran dan MyKad ibu atau bapa bagi pemohon di bawah 18 tahun",
            "Surat pengesahan institusi pengajian bagi kadar pelajar",
            "Gambar berlatar putih bersaiz 35 mm x 50 mm bagi permohonan dalam talian",
        ]),
    ]),
    ("Kadar Bayaran", [
        ("table", [
            ["Kategori pemohon", "Bayaran (5 tahun)"],
            ["Dewasa (umum)", "RM215"],
            ["Kanak-kanak di bawah 13 tahun", "RM110"],
            ["Warga emas 60 tahun ke atas", "RM95"],
            ["Pelajar sepenuh masa di bawah 21 tahun", "RM110"],
            ["Jemaah haji dengan surat tawaran", "RM65"],
            ["Orang kurang upaya (Kad OKU)", "Percuma"],
        ]),
        "Bayaran di kaunter boleh dibuat secara tunai, kad debit atau kad kredit. Cek "
        "dan wang pos tidak diterima.",
    ]),
    ("Pasport Hilang atau Rosak", [
        "Buat laporan polis terlebih dahulu, kemudian hadir ke pejabat imigresen dengan "
        "laporan polis dan MyKad. Pegawai akan menjalankan siasatan ringkas sebelum "
        "pasport baharu dikeluarkan. Bayaran tambahan di bawah dikenakan selain bayaran "
        "pasport biasa:",
        ("table", [
            ["Keadaan", "Bayaran tambahan"],
            ["Hilang kali pertama", "RM310"],
            ["Hilang kali kedua dalam tempoh 5 tahun", "RM610"],
            ["Hilang kali ketiga dan seterusnya", "RM1,210"],
            ["Rosak (koyak, basah, halaman tercabut)", "RM120"],
        ]),
        "Permohonan bagi kehilangan kali ketiga dirujuk ke Ibu Pejabat Imigresen di "
        "Putrajaya dan boleh ditolak.",
    ]),
    ("Tempoh Proses", [
        ("ul", [
            "Pembaharuan di kaunter: siap dalam 2 jam pada hari yang sama",
            "Pembaharuan dalam talian: pasport boleh dikutip selepas 3 hari bekerja",
            "Pasport hilang atau rosak: 10 hari bekerja selepas siasatan selesai",
        ]),
        "Pasport yang tidak dikutip dalam tempoh 90 hari akan dibatalkan dan bayaran "
        "tidak dikembalikan.",
    ]),
    ("Kanak-kanak di Bawah 18 Tahun", [
        "Kanak-kanak mesti hadir bersama ibu atau bapa. Jika ibu bapa telah bercerai, "
        "bawa perintah hak jagaan mahkamah. Kanak-kanak di bawah 13 tahun tidak boleh "
        "memohon dalam talian dan gambar mereka diambil di kaunter.",
    ]),
    ("Waktu Operasi dan Lokasi", [
        "Pejabat imigresen negeri dan daerah dibuka Isnin hingga Jumaat, 8.00 pagi "
        "hingga 5.00 petang. Di Kedah, Kelantan dan Terengganu, pejabat dibuka Ahad "
        "hingga Khamis. Nombor giliran kaunter pasport ditutup pada 3.45 petang.",
        "Cawangan imigresen di kompleks UTC dibuka setiap hari, 8.30 pagi hingga 8.30 "
        "malam, kecuali cuti umum. Talian pertanyaan: 03-8880 7190. E-mel: "
        "pasport@imi.example.invalid.",
    ]),
    ("Permohonan di Luar Negara", [
        "Warganegara yang berada di luar negara perlu berurusan dengan Kedutaan atau "
        "Pesuruhjaya Tinggi Malaysia yang berhampiran. Prosedur, bayaran dan tempoh "
        "proses di perwakilan luar negara tidak diterangkan dalam panduan ini.",
    ]),
    ("Soalan Lazim", [
        "Pasport saya tinggal 5 bulan. Boleh saya ke luar negara? Banyak negara mensyaratkan "
        "baki tempoh sah sekurang-kurangnya 6 bulan. Perbaharui pasport lebih awal.",
        "Boleh wakil mengutip pasport saya? Tidak bagi pemohon dewasa. Pasport kanak-kanak "
        "boleh dikutip oleh ibu atau bapa.",
        "Nama saya telah bertukar. Apa perlu dibuat? Kemas kini MyKad di Jabatan "
        "Pendaftaran Negara terlebih dahulu sebelum memohon pasport baharu.",
        LAST_LINE,
    ]),
]


def table(rows: list[list[str]]) -> Table:
    cells = [[Paragraph(c, CELL_STYLE) for c in row] for row in rows]
    t = Table(cells, colWidths=[110 * mm, 50 * mm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "#777777"),
        ("BACKGROUND", (0, 0), (-1, 0), "#e6e6e6"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def main() -> None:
    story = [Paragraph(TITLE, TITLE_STYLE)]
    for heading, blocks in SECTIONS:
        if heading:
            story.append(Paragraph(heading, HEAD_STYLE))
        for block in blocks:
            if isinstance(block, str):
                story.append(Paragraph(block, BODY_STYLE))
            elif block[0] == "ul":
                story.extend(Paragraph(item, BULLET_STYLE, bulletText="•")
                             for item in block[1])
            else:
                story.append(Spacer(1, 3))
                story.append(table(block[1]))
                story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(OUT), pagesize=A4, title=TITLE,
                            author="Jabatan Imigresen Malaysia",
                            leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm)
    doc.build(story)
    write_sidecar(OUT, title=TITLE, region="Seluruh Malaysia",
                  agency="Jabatan Imigresen Malaysia",
                  source="https://example.invalid/imigresen/pasport",
                  updated="2026-02-17")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
