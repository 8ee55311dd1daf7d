"""Build knowledge/my/teluk-intan/tapak-pasar-malam.docx (python-docx) and its sidecar.

Heading 1 = title, Heading 2 = sections, Heading 3 = FAQ questions, 'List Bullet' and
'List Number' lists and one table (the loader reads a table as 'a | b | c' rows).
"""
import docx
from docx.shared import Pt

from common import KNOWLEDGE, LAST_LINE, write_sidecar

OUT = KNOWLEDGE / "my" / "teluk-intan" / "tapak-pasar-malam.docx"
TITLE = "Permohonan Tapak Pasar Malam Majlis Perbandaran Teluk Intan"

SECTIONS = [
    ("Pengenalan", [
        "Majlis Perbandaran Teluk Intan (MPTI) menguruskan tapak pasar malam di pusat bandar "
        "dan kawasan taman perumahan sekitarnya. Tapak disewakan kepada peniaga kecil secara "
        "bulanan. Setiap peniaga diberi satu nombor tapak yang tetap dan tidak boleh "
        "bertukar tapak tanpa kebenaran Jabatan Pelesenan.",
    ]),
    ("Lokasi dan hari pasar malam", [
        ("table", [
            ["Lokasi", "Hari", "Bilangan tapak", "Sewa satu malam"],
            ["Jalan Sekolah, pusat bandar", "Selasa", "120", "RM6"],
            ["Taman Selabak", "Khamis", "85", "RM5"],
            ["Kampung Bahagia", "Sabtu", "60", "RM5"],
            ["Taman Sri Intan", "Ahad", "95", "RM6"],
            ["Changkat Jong", "Rabu", "40", "RM4"],
        ]),
        "Saiz satu tapak ialah 3 meter x 3 meter. Peniaga boleh memohon maksimum dua tapak "
        "bersebelahan di satu lokasi.",
    ]),
    ("Waktu berniaga", [
        ("ul", [
            "Masuk tapak dan memasang khemah: mulai 4.00 petang",
            "Waktu berniaga: 5.00 petang hingga 11.00 malam",
            "Tapak mesti dikosongkan dan dibersihkan sebelum 11.45 malam",
        ]),
        "Kenderaan peniaga tidak dibenarkan berada di jalan pasar malam selepas 5.00 petang.",
    ]),
    ("Syarat kelayakan", [
        ("ul", [
            "Warganegara Malaysia berumur 18 tahun ke atas",
            "Bermastautin dalam daerah Hilir Perak",
            "Peniaga makanan mempunyai sijil suntikan tifoid dan sijil kursus pengendali makanan",
            "Tidak mempunyai tunggakan sewa atau kompaun dengan MPTI",
        ]),
    ]),
    ("Dokumen diperlukan", [
        ("ul", [
            "Borang permohonan tapak pasar malam yang lengkap",
            "Salinan MyKad pemohon",
            "Sekeping gambar berukuran pasport",
            "Salinan sijil suntikan tifoid (peniaga makanan)",
            "Senarai barang yang akan dijual",
        ]),
    ]),
    ("Cara memohon", [
        ("ol", [
            "Dapatkan borang di Kaunter Pelesenan, Menara MPTI, Jalan Mahkamah 3, 36000 "
            "Teluk Intan, atau muat turun dari portal eNiaga MPTI.",
            "Hantar borang bersama dokumen di kaunter atau muat naik di portal eNiaga MPTI.",
            "Permohonan disemak dan keputusan dimaklumkan melalui SMS dalam tempoh 14 hari "
            "bekerja.",
            "Pemohon yang berjaya menandatangani perjanjian sewa dan membayar deposit.",
        ]),
        "Kaunter Pelesenan dibuka Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang. Jika "
        "tiada tapak kosong, nama pemohon dimasukkan dalam senarai menunggu.",
    ]),
    ("Sewa, deposit dan bekalan elektrik", [
        "Sewa dikira mengikut bilangan malam dalam bulan itu dan dibayar sebelum 5 haribulan "
        "setiap bulan. Deposit tapak ialah RM50 dan dipulangkan apabila peniaga berhenti "
        "dengan notis bertulis 30 hari. Peniaga yang menggunakan bekalan elektrik MPTI "
        "dikenakan caj RM2 satu malam bagi satu mentol dan satu kipas.",
        "Contohnya, peniaga di Jalan Sekolah yang berniaga empat malam dalam sebulan membayar "
        "RM24 bagi bulan itu. Sewa yang lewat lebih 30 hari dikenakan caj lewat RM10.",
    ]),
    ("Kebersihan dan keselamatan", [
        ("ul", [
            "Setiap peniaga mesti menyediakan tong sampah bertutup dan beg plastik hitam",
            "Minyak masak terpakai tidak boleh dibuang ke dalam longkang",
            "Tong gas memasak mesti diletakkan tegak dan jauh daripada laluan orang ramai",
            "Laluan kecemasan selebar 3 meter mesti sentiasa dibiarkan kosong",
        ]),
    ]),
    ("Ketidakhadiran dan penalti", [
        "Peniaga yang tidak hadir tiga minggu berturut-turut tanpa makluman bertulis akan "
        "ditarik balik tapaknya. Cuti berniaga boleh dipohon sehingga 4 minggu setahun.",
        ("ul", [
            "Berniaga tanpa tapak yang sah: kompaun RM250",
            "Menyewakan tapak kepada orang lain: tapak ditarik balik serta-merta",
            "Membuang minyak atau sampah ke longkang: kompaun RM300",
            "Tidak mengosongkan tapak selepas 11.45 malam: kompaun RM100",
        ]),
    ]),
    ("Soalan lazim", [
        ("h3", "Boleh tukar jenis barang jualan?"),
        "Boleh, dengan memohon secara bertulis di Kaunter Pelesenan. Tukaran kepada jualan "
        "makanan memerlukan sijil suntikan tifoid.",
        ("h3", "Pasar malam tetap berjalan pada cuti umum?"),
        "Ya, kecuali pada hari pertama Hari Raya Aidilfitri, Tahun Baru Cina dan Deepavali.",
        ("h3", "Boleh bayar sewa secara online?"),
        "Boleh, melalui portal eNiaga MPTI menggunakan FPX atau kad debit. Resit dihantar ke "
        "e-mel dalam tempoh 24 jam.",
        ("h3", "Boleh bawa ahli keluarga membantu di tapak?"),
        "Boleh. Ahli keluarga boleh membantu di tapak, tetapi pemegang tapak sendiri mesti "
        "hadir sepanjang waktu berniaga dan bertanggungjawab ke atas kebersihan tapak.",
    ]),
    ("Hubungi kami", [
        "Jabatan Pelesenan MPTI",
        "Telefon: 05-621 3455",
        "E-mel: pelesenan@mpti.example.invalid",
        LAST_LINE,
    ]),
]


def build():
    d = docx.Document()
    d.core_properties.title = TITLE
    d.core_properties.author = "MPTI"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(TITLE, level=1)
    for heading, blocks in SECTIONS:
        d.add_heading(heading, level=2)
        for block in blocks:
            if isinstance(block, str):
                d.add_paragraph(block)
            elif block[0] == "h3":
                d.add_heading(block[1], level=3)
            elif block[0] in ("ul", "ol"):
                style = "List Bullet" if block[0] == "ul" else "List Number"
                for item in block[1]:
                    d.add_paragraph(item, style=style)
            elif block[0] == "table":
                rows = block[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for r, row in enumerate(rows):
                    for c, text in enumerate(row):
                        t.cell(r, c).text = text
    d.save(OUT)
    write_sidecar(OUT, {
        "title": TITLE,
        "region": "Teluk Intan, Perak",
        "agency": "Majlis Perbandaran Teluk Intan (MPTI)",
        "source": "https://example.invalid/mpti/perkhidmatan/tapak-pasar-malam.docx",
        "updated": "2026-02-20",
    })
    print("wrote", OUT)


if __name__ == "__main__":
    build()
