"""Build knowledge/my/langkawi/lesen-penjaja.pdf (reportlab) and its sidecar.

Type sizes: title bold 20 pt, section headings bold 14 pt, body 10.5 pt. The loader's PDF
reader takes the commonest size as the body and lines >= 1.15x that size as headings:
the largest size becomes '#', the others '##'.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import KNOWLEDGE, LAST_LINE, write_sidecar

OUT = KNOWLEDGE / "my" / "langkawi" / "lesen-penjaja.pdf"
TITLE = "Lesen Penjaja Majlis Bandaraya Pelancongan Langkawi"

title_style = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=25,
                             spaceAfter=10)
h_style = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18,
                         spaceBefore=10, spaceAfter=5)
body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=5)
bullet = ParagraphStyle("l", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2)
cell = ParagraphStyle("c", parent=body, spaceAfter=0)

# (heading, [blocks]); a block is a str (paragraph), ("ul", [items]) or ("table", rows)
SECTIONS = [
    ("Pengenalan", [
        "Lesen penjaja membenarkan individu berniaga secara kecil-kecilan di tapak yang "
        "ditetapkan atau secara bergerak dalam kawasan Majlis Bandaraya Pelancongan "
        "Langkawi (MBPL). Lesen dikeluarkan oleh Jabatan Perlesenan dan Penjaja di bawah "
        "Undang-Undang Kecil Penjaja MBPL. Setiap lesen hanya sah untuk nama, jenis "
        "jualan dan lokasi yang dinyatakan.",
        "Panduan ini menerangkan jenis lesen, syarat, dokumen, fi, tempoh memproses, "
        "pembaharuan dan kompaun. Lesen tidak boleh dipindah milik, disewakan atau "
        "dijual kepada orang lain; lesen yang didapati dipindahkan akan dibatalkan serta-merta.",
    ]),
    ("Jenis lesen penjaja", [
        ("table", [
            ["Jenis lesen", "Keterangan", "Fi setahun"],
            ["Penjaja statik", "Gerai tetap di tapak penjaja MBPL", "RM96"],
            ["Penjaja bergerak", "Motosikal, van atau kereta tolak", "RM72"],
            ["Penjaja sementara", "Pesta, karnival dan acara, maksimum 30 hari", "RM3 sehari"],
            ["Penjaja pantai", "Zon jualan pantai Cenang dan Tengah", "RM180"],
        ]),
        "Penjaja makanan perlu membayar fi tambahan RM24 setahun untuk pemeriksaan "
        "kebersihan makanan.",
        "Penjaja statik juga membayar sewa tapak RM45 sebulan kepada MBPL. Sewa tapak dibayar "
        "sebelum 7 haribulan setiap bulan di Kaunter Sehenti atau dalam portal eLesen.",
    ]),
    ("Syarat kelayakan", [
        ("ul", [
            "Warganegara Malaysia berumur 18 tahun ke atas",
            "Bermastautin di Pulau Langkawi sekurang-kurangnya 2 tahun",
            "Tidak memiliki lesen penjaja lain yang masih sah dalam kawasan MBPL",
            "Penjaja makanan: sijil suntikan tifoid dan sijil kursus pengendali makanan",
            "Tidak mempunyai tunggakan kompaun dengan MBPL",
        ]),
    ]),
    ("Dokumen diperlukan", [
        ("ul", [
            "Salinan MyKad dan dua keping gambar berukuran pasport",
            "Surat pengesahan alamat daripada ketua kampung atau penghulu mukim",
            "Sijil suntikan tifoid dan sijil kursus pengendali makanan (penjaja makanan)",
            "Gambar gerai, kereta tolak atau kenderaan yang akan digunakan",
            "Salinan geran dan cukai jalan kenderaan bagi penjaja bergerak",
        ]),
    ]),
    ("Cara memohon", [
        "Permohonan dibuat melalui portal eLesen MBPL atau di Kaunter Sehenti, Tingkat "
        "Bawah, Menara MBPL, Jalan Pandak Mayah 6, Kuah. Waktu kaunter ialah Ahad hingga "
        "Rabu 8.00 pagi hingga 5.00 petang dan Khamis 8.00 pagi hingga 3.30 petang. "
        "Kaunter ditutup pada hari Jumaat, Sabtu dan cuti umum.",
        "Pemohon baharu akan dipanggil untuk sesi temu duga ringkas dan pemeriksaan gerai "
        "atau kenderaan.",
        "Semak status permohonan dalam portal eLesen menggunakan nombor rujukan yang "
        "bermula dengan huruf PJ. Surat kelulusan dan lesen boleh dicetak sendiri dari portal.",
    ]),
    ("Tempoh memproses", [
        ("table", [
            ["Jenis permohonan", "Tempoh"],
            ["Penjaja sementara", "5 hari bekerja"],
            ["Penjaja bergerak", "14 hari bekerja"],
            ["Penjaja statik dan pantai", "30 hari bekerja"],
            ["Pembaharuan lesen", "3 hari bekerja"],
        ]),
        "Permohonan penjaja statik bergantung kepada kekosongan tapak. Pemohon yang layak "
        "tetapi tiada tapak kosong akan dimasukkan ke dalam senarai menunggu.",
    ]),
    ("Pembaharuan lesen", [
        "Lesen tamat pada 31 Disember setiap tahun. Pembaharuan dibuka mulai 1 November "
        "dalam portal eLesen. Lesen yang tidak diperbaharui sebelum 31 Mac tahun berikutnya "
        "akan dibatalkan dan tapak diberikan kepada pemohon dalam senarai menunggu. Caj "
        "lewat pembaharuan ialah RM15.",
    ]),
    ("Pembantu penjaja", [
        "Pemegang lesen boleh mendaftarkan seorang pembantu sahaja. Pembantu mesti "
        "warganegara Malaysia dan, bagi penjaja makanan, mempunyai sijil suntikan tifoid. "
        "Fi pendaftaran pembantu ialah RM20 setahun. Pekerja asing tidak dibenarkan "
        "menjadi pembantu penjaja.",
        "Pembantu mesti memakai kad pembantu yang dikeluarkan MBPL semasa berniaga. Pemegang "
        "lesen sendiri mesti berada di gerai sekurang-kurangnya separuh daripada waktu "
        "berniaga.",
    ]),
    ("Kesalahan dan kompaun", [
        ("ul", [
            "Berniaga tanpa lesen: kompaun RM300 dan barang jualan boleh disita",
            "Berniaga di luar lokasi yang dibenarkan: kompaun RM150",
            "Tidak mempamerkan lesen di gerai: kompaun RM50",
            "Meninggalkan sampah atau minyak di tapak: kompaun RM200",
        ]),
        "Barang yang disita boleh dituntut dalam tempoh 3 hari bekerja di Stor "
        "Penguatkuasaan MBPL. Barang mudah rosak akan dilupuskan pada hari yang sama.",
    ]),
    ("Perkara yang tidak diliputi", [
        "Permohonan tapak bazar Ramadan dan tapak jualan semasa LIMA tidak diliputi dalam "
        "panduan ini. Kedua-duanya dibuka melalui iklan berasingan yang diumumkan oleh MBPL "
        "setiap tahun.",
    ]),
    ("Hubungi kami", [
        "Jabatan Perlesenan dan Penjaja MBPL",
        "Telefon: 04-966 2210",
        "E-mel: penjaja@mbpl.example.invalid",
        LAST_LINE,
    ]),
]


def table(rows):
    data = [[Paragraph(c, cell) for c in row] for row in rows]
    widths = [45 * mm, 95 * mm, 30 * mm] if len(rows[0]) == 3 else [80 * mm, 60 * mm]
    t = Table(data, colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def build():
    story = [Paragraph(TITLE, title_style)]
    for heading, blocks in SECTIONS:
        story.append(Paragraph(heading, h_style))
        for block in blocks:
            if isinstance(block, str):
                story.append(Paragraph(block, body))
            elif block[0] == "ul":
                for item in block[1]:
                    story.append(Paragraph(item, bullet, bulletText="-"))
                story.append(Spacer(1, 4))
            else:
                story.append(table(block[1]))
                story.append(Spacer(1, 6))
    doc = SimpleDocTemplate(str(OUT), pagesize=A4, title=TITLE, author="MBPL",
                            leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm)
    doc.build(story)
    write_sidecar(OUT, {
        "title": TITLE,
        "region": "Langkawi, Kedah",
        "agency": "Majlis Bandaraya Pelancongan Langkawi (MBPL)",
        "source": "https://example.invalid/mbpl/perkhidmatan/lesen-penjaja.pdf",
        "updated": "2026-02-09",
    })
    print("wrote", OUT)


if __name__ == "__main__":
    build()
