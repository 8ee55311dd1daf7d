"""Build knowledge/id/cirebon/sedot-tinja.pdf (text PDF: title 20 pt, headings 14 pt, body 10.5 pt)."""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "knowledge" / "id" / "cirebon" / "sedot-tinja.pdf"

TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=12)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6)
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=5)
BOLD = ParagraphStyle("bold", parent=BODY, fontName="Helvetica-Bold", spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, spaceAfter=0)

DOC_TITLE = "Layanan Penyedotan Lumpur Tinja Kota Cirebon"

# (kind, content): "h" heading, "p" paragraph, "b" bullet list, "n" numbered list, "t" table, "q" FAQ question
CONTENT = [
    ("p", "Tangki septik yang tidak pernah dikuras dapat penuh, meluap dan mencemari sumur serta "
          "saluran di sekitar rumah. Dinas Lingkungan Hidup Kota Cirebon menyediakan layanan "
          "penyedotan lumpur tinja dengan truk tangki resmi. Lumpur tinja diangkut ke Instalasi "
          "Pengolahan Lumpur Tinja (IPLT) milik Pemerintah Kota Cirebon dan diolah sehingga tidak "
          "dibuang sembarangan ke sungai atau lahan kosong."),
    ("h", "Jenis Layanan"),
    ("b", ["Layanan panggilan: penyedotan atas permintaan warga kapan saja tangki septik dirasa penuh.",
           "Layanan Lumpur Tinja Terjadwal (LLTT): penyedotan berkala setiap 3 tahun bagi rumah yang "
           "terdaftar, dengan tarif lebih rendah dan pengingat otomatis.",
           "Layanan untuk instansi, sekolah, rumah ibadah dan tempat usaha, termasuk rumah makan dan hotel."]),
    ("h", "Wilayah dan Pengguna Layanan"),
    ("p", "Layanan diberikan untuk bangunan yang berada di lima kecamatan Kota Cirebon: Harjamukti, "
          "Kejaksan, Kesambi, Lemahwungkuk dan Pekalipan. Permintaan dari luar Kota Cirebon, termasuk "
          "wilayah Kabupaten Cirebon, tidak dilayani; warga di luar kota dapat menghubungi penyedia jasa "
          "swasta yang memiliki izin pengangkutan limbah."),
    ("h", "Persyaratan Pemesanan"),
    ("n", ["Nama dan nomor telepon pemesan yang dapat dihubungi.",
           "Alamat lengkap bangunan beserta titik lokasi (share location).",
           "Foto penutup lubang kontrol tangki septik, bila ada.",
           "Fotokopi KTP-el atau nomor NIK pemilik atau penghuni bangunan.",
           "Untuk keringanan tarif: surat keterangan dari kelurahan atau bukti terdaftar dalam DTSEN."]),
    ("h", "Tarif Retribusi Penyedotan"),
    ("t", [["Jenis pelanggan", "Tarif"],
           ["Rumah tangga, layanan panggilan (sampai 3 m3)", "Rp 350.000 per sekali sedot"],
           ["Rumah tangga peserta LLTT (sampai 3 m3)", "Rp 250.000 per sekali sedot"],
           ["Usaha, niaga dan instansi (sampai 3 m3)", "Rp 600.000 per sekali sedot"],
           ["Kelebihan volume di atas 3 m3", "Rp 100.000 per m3"],
           ["Tambahan selang di atas 40 meter", "Rp 25.000 per 10 meter"]]),
    ("p", "Retribusi dibayar setelah penyedotan selesai melalui QRIS atau kode bayar yang dikirim ke "
          "nomor WhatsApp pemesan. Petugas truk tidak menerima pembayaran tunai."),
    ("h", "Keringanan bagi Warga Kurang Mampu"),
    ("p", "Rumah tangga yang terdaftar dalam DTSEN desil 1 dan desil 2 dibebaskan dari retribusi "
          "penyedotan satu kali dalam setahun. Rumah tangga desil 3 dan desil 4 memperoleh potongan "
          "50 persen dari tarif rumah tangga. Keringanan tidak berlaku untuk bangunan usaha."),
    ("h", "Cara Memesan Layanan"),
    ("n", ["Hubungi WhatsApp layanan 0822-1400-8899 atau pesan melalui aplikasi SAMTIJA Cirebon.",
           "Kirim data dan foto sesuai persyaratan pemesanan.",
           "Petugas menghubungi pemesan untuk survei singkat akses jalan dan memastikan jadwal.",
           "Truk tangki datang pada jadwal yang disepakati; pemesan atau wakilnya wajib berada di lokasi.",
           "Setelah selesai, pemesan menandatangani berita acara penyedotan dan menerima kode bayar."]),
    ("h", "Jadwal dan Waktu Tanggap"),
    ("p", "Truk tangki datang paling lambat 2 hari kerja setelah pemesanan dikonfirmasi. Penyedotan "
          "dilayani Senin sampai Sabtu pukul 07.30-15.00. Pada hari Minggu dan hari libur hanya "
          "dilayani keadaan darurat, misalnya tangki septik meluap di fasilitas umum, dengan tambahan "
          "biaya lembur sebesar Rp 150.000."),
    ("h", "Ketentuan Teknis di Lokasi"),
    ("b", ["Truk tangki berkapasitas 4 m3 memerlukan jalan dengan lebar paling sedikit 3 meter.",
           "Untuk gang sempit disediakan motor tangki berkapasitas 1 m3; penyedotan dapat dilakukan "
           "beberapa kali angkut dengan tarif yang sama sampai 3 m3.",
           "Jarak selang dari truk ke lubang kontrol paling jauh 40 meter tanpa biaya tambahan.",
           "Lubang kontrol harus sudah dibuka oleh pemilik rumah; petugas tidak membongkar lantai keramik "
           "atau beton."]),
    ("h", "Pertanyaan yang Sering Diajukan"),
    ("q", "Berapa lama satu kali penyedotan?"),
    ("p", "Untuk rumah tangga umumnya 1 sampai 2 jam, tergantung volume dan kekentalan lumpur."),
    ("q", "Apakah tangki septik harus dikuras habis?"),
    ("p", "Tidak. Petugas menyisakan sedikit lumpur agar bakteri pengurai tetap bekerja di dalam tangki."),
    ("q", "Bagaimana cara mendaftar LLTT?"),
    ("p", "Pilih menu LLTT di aplikasi SAMTIJA Cirebon. Bangunan akan disurvei dan dijadwalkan; pengingat "
          "dikirim 30 hari sebelum jadwal penyedotan berikutnya."),
    ("h", "Kontak Layanan"),
    ("p", "Bidang Pengelolaan Sampah dan Limbah, Dinas Lingkungan Hidup Kota Cirebon<br/>"
          "Jl. Ciptomangunkusumo No. 93, Kota Cirebon<br/>"
          "WhatsApp: 0822-1400-8899 | Telepon: (0231) 486-2210<br/>"
          "Surel: sedottinja@dlh-cirebon.example.invalid"),
    ("p", "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."),
]


def build() -> Path:
    story = [Paragraph(DOC_TITLE, TITLE)]
    for kind, content in CONTENT:
        if kind == "h":
            story.append(Paragraph(content, H2))
        elif kind == "p":
            story.append(Paragraph(content, BODY))
        elif kind == "q":
            story.append(Paragraph(content, BOLD))
        elif kind in ("b", "n"):
            for i, item in enumerate(content, 1):
                bullet = "-" if kind == "b" else f"{i}."
                story.append(Paragraph(item, BODY, bulletText=bullet))
        elif kind == "t":
            rows = [[Paragraph(c, CELL) for c in row] for row in content]
            table = Table(rows, colWidths=[9 * cm, 6.5 * cm])
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(table)
            story.append(Spacer(1, 6))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=DOC_TITLE,
                            author="Dinas Lingkungan Hidup Kota Cirebon", lang="id")
    doc.build(story)
    return OUT


if __name__ == "__main__":
    print(build())
