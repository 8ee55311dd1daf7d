"""Build the PDF, DOCX and HTML documents (and their sidecars) of the peaks-id set.

The eight Markdown documents are written by hand under knowledge/ and are not touched.
Run with a Python that has reportlab, python-docx and pyyaml:
    python build/make_docs.py
"""
from __future__ import annotations

from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KNOW = HERE.parent / "knowledge"
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."


def sidecar(path: Path, **fields) -> None:
    meta = {"title": fields["title"], "lang": "id", "country": "ID",
            "region": fields["region"], "agency": fields["agency"],
            "source": fields["source"], "updated": fields["updated"], "note": NOTE}
    text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    # keep the date a plain ISO date (no quotes) so YAML reads it as a date
    text = text.replace(f"'{fields['updated']}'", fields["updated"])
    path.with_name(path.name + ".yml").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- PDF: PBG Bandar Lampung
PBG_TITLE = "Persetujuan Bangunan Gedung (PBG) Kota Bandar Lampung"
PBG = [
    ("", [
        "Persetujuan Bangunan Gedung (PBG) adalah perizinan yang diberikan kepada pemilik "
        "bangunan untuk membangun baru, mengubah, memperluas, mengurangi dan/atau merawat "
        "bangunan gedung sesuai standar teknis. Di Kota Bandar Lampung, permohonan PBG "
        "dilayani oleh Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) "
        "bersama Dinas Perumahan dan Permukiman sebagai pemeriksa teknis.",
        "PBG menggantikan Izin Mendirikan Bangunan (IMB). IMB yang telah terbit sebelumnya "
        "tetap berlaku sampai bangunan diubah. Seluruh permohonan diajukan secara daring; "
        "gerai layanan tatap muka disediakan untuk pendampingan pemohon yang mengalami "
        "kesulitan mengunggah dokumen.",
    ]),
    ("Kapan PBG Diperlukan", [
        "PBG wajib dimiliki sebelum pekerjaan konstruksi dimulai untuk:",
        "- pembangunan rumah tinggal baru, ruko, gedung usaha, sekolah dan tempat ibadah;",
        "- penambahan lantai atau perluasan bangunan yang menambah luas lantai;",
        "- perubahan fungsi bangunan, misalnya rumah tinggal menjadi tempat usaha;",
        "- perubahan struktur, seperti pembongkaran kolom atau balok utama.",
        "Renovasi ringan yang tidak mengubah struktur, fungsi dan luas bangunan, misalnya "
        "mengganti atap, mengecat atau memasang keramik, tidak memerlukan PBG.",
    ]),
    ("Berkas Permohonan", [
        "- KTP-el pemohon dan, bila diwakilkan, surat kuasa bermeterai;",
        "- bukti kepemilikan tanah (sertifikat) atau perjanjian pemanfaatan tanah;",
        "- Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR);",
        "- gambar arsitektur, struktur dan utilitas;",
        "- perhitungan struktur untuk bangunan lebih dari 2 lantai;",
        "- bukti lunas PBB-P2 tahun berjalan.",
        "Untuk rumah tinggal sederhana satu lantai dengan luas sampai 72 m2, pemohon dapat "
        "menggunakan desain prototipe yang disediakan gratis oleh pemerintah kota.",
    ]),
    ("Alur Pengajuan", [
        "1. Buat akun dan isi permohonan pada portal SIBANGUN Tapis.",
        "2. Unggah seluruh dokumen dalam format PDF.",
        "3. Ikuti konsultasi teknis dengan Tim Profesi Ahli (TPA) atau Tim Penilai Teknis.",
        "4. Terima Surat Pernyataan Pemenuhan Standar Teknis dan kode bayar retribusi.",
        "5. Bayar retribusi melalui Bank Lampung atau kanal pembayaran lain.",
        "6. PBG diterbitkan secara elektronik dan dapat diunduh dari portal.",
    ]),
    ("Retribusi PBG", [
        "Retribusi dihitung dari luas lantai bangunan dikalikan tarif per meter persegi "
        "sesuai fungsi bangunan:",
        "TABLE",
        "Retribusi dibayar paling lambat 14 hari kalender setelah kode bayar terbit. Lewat "
        "dari batas itu, kode bayar kedaluwarsa dan permohonan harus diverifikasi ulang.",
    ]),
    ("Lama Proses", [
        "Rumah tinggal sederhana dengan desain prototipe diproses paling lama 10 hari kerja. "
        "Bangunan lain diproses paling lama 28 hari kerja sejak berkas dinyatakan lengkap, "
        "termasuk masa konsultasi teknis. Waktu tunggu perbaikan gambar oleh pemohon tidak "
        "dihitung dalam jangka waktu tersebut.",
        "Apabila hasil konsultasi meminta perbaikan, pemohon diberi kesempatan memperbaiki "
        "dokumen paling lama 30 hari kalender. Permohonan yang tidak diperbaiki dalam "
        "waktu tersebut dinyatakan gugur dan harus diajukan kembali dari awal.",
    ]),
    ("Sertifikat Laik Fungsi", [
        "Setelah pembangunan selesai, bangunan selain rumah tinggal sederhana wajib memiliki "
        "Sertifikat Laik Fungsi (SLF) sebelum digunakan. SLF untuk bangunan usaha berlaku "
        "5 tahun dan diperpanjang paling lambat 60 hari sebelum masa berlakunya berakhir.",
    ]),
    ("Sanksi Membangun Tanpa Persetujuan", [
        "Bangunan yang didirikan tanpa PBG dikenai peringatan tertulis, penghentian sementara "
        "pekerjaan, dan denda administratif sebesar 2% dari nilai bangunan. Pemilik tetap "
        "wajib mengurus PBG. Bangunan yang melanggar garis sempadan jalan atau sungai dapat "
        "diperintahkan untuk dibongkar.",
    ]),
    ("Tempat Layanan dan Jam Buka", [
        "Gerai DPMPTSP, Mal Pelayanan Publik Kota Bandar Lampung, Jl. Raden Intan No. 56, "
        "Tanjung Karang Pusat.",
        "Senin sampai Jumat pukul 08.00-15.30 WIB. Konsultasi teknis tatap muka hanya pada "
        "Selasa dan Kamis.",
        "Telepon 0721-555-0238, WhatsApp 0812-7100-0238, e-mail pbg@dpmptsp-bandarlampung."
        "example.invalid.",
    ]),
    ("Tanya Jawab", [
        "Q: Rumah saya sudah berdiri sejak lama tanpa izin. Bagaimana mengurusnya?",
        "Ajukan PBG dengan gambar terbangun (as built). Untuk rumah tinggal yang dibangun "
        "sebelum tahun 2021, denda administratif tidak dikenakan.",
        "Q: Siapa yang boleh membuat gambar bangunan?",
        "Gambar untuk bangunan lebih dari 2 lantai wajib dibuat dan ditandatangani oleh "
        "arsitek dan ahli struktur bersertifikat. Rumah tinggal satu lantai boleh digambar "
        "sendiri dengan format yang disediakan di portal.",
        "Q: Apakah PBG harus diperbarui?",
        "Tidak. PBG berlaku selama bangunan tidak mengalami perubahan fungsi, struktur "
        "atau luas.",
        "Q: Bisakah pekerjaan dimulai sambil menunggu PBG terbit?",
        "Tidak. Pekerjaan konstruksi baru boleh dimulai setelah PBG terbit dan papan "
        "informasi PBG dipasang di lokasi proyek.",
    ]),
]
PBG_TABLE = [
    ["Fungsi bangunan", "Tarif per m2"],
    ["Rumah tinggal sampai 100 m2", "Rp12.500"],
    ["Rumah tinggal di atas 100 m2", "Rp17.500"],
    ["Ruko dan bangunan usaha", "Rp32.000"],
    ["Gudang dan bangunan industri", "Rp27.000"],
    ["Tempat ibadah dan bangunan sosial", "dibebaskan (Rp0)"],
]


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=24,
                           spaceAfter=12)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18,
                          spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14,
                          spaceAfter=4)
    bullet = ParagraphStyle("l", parent=body, leftIndent=12)
    question = ParagraphStyle("q", parent=body, fontName="Helvetica-Bold")
    story = [Paragraph(PBG_TITLE, title)]
    for heading, paras in PBG:
        if heading:
            story.append(Paragraph(heading, head))
        for p in paras:
            if p == "TABLE":
                t = Table(PBG_TABLE, colWidths=[9 * cm, 5 * cm])
                t.setStyle(TableStyle([
                    ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                    ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ]))
                story += [t, Spacer(1, 6)]
            elif p.startswith("Q: "):
                story.append(Paragraph(p[3:], question))
            elif p.startswith(("- ", "1.", "2.", "3.", "4.", "5.", "6.")):
                story.append(Paragraph(p, bullet))
            else:
                story.append(Paragraph(p, body))
    story += [Spacer(1, 8), Paragraph(LAST, body)]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=PBG_TITLE,
                            author="DPMPTSP Kota Bandar Lampung",
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    doc.build(story)


# ---------------------------------------------------------------- DOCX: kios pasar Palu
KIOS_TITLE = "Izin Pemakaian Kios dan Los Pasar Tradisional Kota Palu"


def build_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = KIOS_TITLE
    d.core_properties.author = "Dinas Perdagangan Kota Palu"

    def p(text: str) -> None:
        d.add_paragraph(text)

    def bullets(items: list[str]) -> None:
        for it in items:
            d.add_paragraph(it, style="List Bullet")

    def numbered(items: list[str]) -> None:
        for it in items:
            d.add_paragraph(it, style="List Number")

    d.add_heading(KIOS_TITLE, level=1)
    p("Dinas Perdagangan Kota Palu mengelola pasar-pasar tradisional milik pemerintah kota "
      "dan menerbitkan Surat Izin Pemakaian Tempat Usaha (SIPTU) bagi pedagang yang "
      "menempati kios, los atau pelataran pasar. Ketentuan di bawah ini berlaku bagi "
      "pedagang perorangan maupun badan usaha kecil.")
    p("SIPTU merupakan bukti sah hak pakai atas petak pasar, bukan bukti kepemilikan. "
      "Petak tetap menjadi aset pemerintah kota dan penempatannya diatur oleh kepala UPT "
      "pasar sesuai zonasi barang dagangan, misalnya zona sayur, zona ikan dan zona "
      "pakaian.")

    d.add_heading("Pasar yang Dikelola", level=2)
    bullets(["Pasar Inpres Manonda, Kecamatan Palu Barat",
             "Pasar Masomba, Kecamatan Palu Selatan",
             "Pasar Tradisional Talise, Kecamatan Mantikulore",
             "Pasar Lasoani, Kecamatan Mantikulore"])
    p("Pasar swasta dan pusat perbelanjaan modern tidak termasuk dalam layanan ini.")

    d.add_heading("Siapa yang Dapat Mengajukan", level=2)
    p("Pemohon adalah Warga Negara Indonesia berusia paling rendah 18 tahun, memiliki KTP-el, "
      "dan tidak sedang memegang izin pemakaian di pasar yang sama. Satu orang paling banyak "
      "memegang izin untuk 2 petak kios dalam satu pasar.")

    d.add_heading("Berkas Permohonan", level=2)
    bullets(["fotokopi KTP-el dan Kartu Keluarga",
             "pas foto berwarna ukuran 3x4 sebanyak 2 lembar",
             "surat pernyataan sanggup mematuhi tata tertib pasar",
             "Nomor Induk Berusaha (NIB) dari sistem perizinan berusaha",
             "surat keterangan dari kepala pasar mengenai petak yang kosong"])

    d.add_heading("Prosedur Pengajuan", level=2)
    numbered(["Tanyakan ketersediaan petak kepada kepala UPT pasar.",
              "Ajukan permohonan melalui aplikasi Pasar Palu Online atau loket dinas.",
              "Petugas memverifikasi berkas dan meninjau petak.",
              "Pemohon menandatangani perjanjian pemakaian dan membayar retribusi bulan pertama.",
              "SIPTU diterbitkan dan kartu pedagang dibagikan."])
    p("SIPTU diterbitkan paling lama 7 hari kerja setelah berkas lengkap dan peninjauan petak "
      "selesai.")

    d.add_heading("Retribusi Pemakaian Tempat", level=2)
    p("Retribusi pemakaian tempat dibayar bulanan, kecuali pelataran yang dibayar harian:")
    rows = [("Jenis tempat", "Ukuran", "Retribusi"),
            ("Kios tertutup", "per m² per bulan", "Rp18.000"),
            ("Los terbuka", "per m² per bulan", "Rp9.000"),
            ("Lapak ikan dan daging", "per petak per bulan", "Rp120.000"),
            ("Pelataran", "per hari", "Rp3.000"),
            ("Biaya penerbitan SIPTU", "sekali bayar", "Rp100.000")]
    table = d.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            table.cell(r, c).text = val
    p("Retribusi bulanan dibayar paling lambat tanggal 10 setiap bulan melalui Bank Sulteng, "
      "QRIS yang terpasang di kantor UPT pasar, atau aplikasi Pasar Palu Online. Petugas "
      "tidak menerima pembayaran tunai di luar loket resmi.")

    d.add_heading("Masa Berlaku dan Perpanjangan", level=2)
    p("SIPTU berlaku 3 tahun. Permohonan perpanjangan diajukan paling lambat 30 hari sebelum "
      "masa berlaku berakhir dan tidak dikenai biaya penerbitan, asalkan tidak ada tunggakan "
      "retribusi. Izin yang tidak diperpanjang dianggap berakhir dan petak dapat diberikan "
      "kepada pemohon lain.")
    p("Perpanjangan dapat diajukan melalui aplikasi Pasar Palu Online dengan mengunggah "
      "SIPTU lama dan bukti lunas retribusi tiga bulan terakhir. Petugas UPT pasar akan "
      "memeriksa kondisi petak sebelum perpanjangan disetujui.")

    d.add_heading("Kewajiban dan Larangan", level=2)
    bullets(["menjaga kebersihan petak dan membuang sampah di tempat yang disediakan",
             "membuka usaha paling sedikit 20 hari dalam sebulan",
             "dilarang memindahtangankan, menyewakan kembali atau menjual petak kepada pihak lain",
             "dilarang mengubah bentuk bangunan kios tanpa izin tertulis"])

    d.add_heading("Sanksi Tunggakan", level=2)
    p("Pedagang yang menunggak retribusi 3 bulan menerima surat peringatan pertama. Tunggakan "
      "yang mencapai 6 bulan mengakibatkan SIPTU dicabut dan kios disegel. Petak yang "
      "terbukti dipindahtangankan langsung dicabut izinnya tanpa peringatan.")

    d.add_heading("Kantor dan Jam Pelayanan", level=2)
    p("Kantor Dinas Perdagangan Kota Palu, Jl. Moh. Hatta No. 12, Kecamatan Palu Timur.")
    bullets(["Senin–Kamis: 08.00–15.00 WITA",
             "Jumat: 08.00–11.00 WITA"])
    p("Telepon 0451-555-0362, WhatsApp 0822-9100-0362, e-mail pasar@palukota.example.invalid.")

    d.add_heading("Pertanyaan Pedagang", level=2)
    d.add_heading("Apakah kios boleh diwariskan?", level=3)
    p("Boleh. Ahli waris mengajukan balik nama SIPTU paling lambat 90 hari setelah pemegang "
      "izin meninggal dunia, dengan melampirkan surat keterangan ahli waris.")
    d.add_heading("Bisakah berjualan di pelataran tanpa SIPTU?", level=3)
    p("Pedagang pelataran harian cukup mendaftar di kantor UPT pasar dan membayar karcis "
      "harian; SIPTU tidak diperlukan.")
    d.add_heading("Bagaimana jika pasar direnovasi?", level=3)
    p("Pedagang pemegang SIPTU yang masih berlaku mendapat prioritas menempati petak di "
      "tempat penampungan sementara tanpa retribusi selama masa renovasi.")
    p(LAST)
    d.save(str(path))


# ---------------------------------------------------------------- HTML pages
def page(title: str, site: str, menu: list[str], main: str, footer: str) -> str:
    nav = "".join(f'<li><a href="https://example.invalid/{i}">{m}</a></li>'
                  for i, m in enumerate(menu))
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
</head>
<body>
<header><div class="brand">{site}</div>
<nav aria-label="Menu utama"><ul>{nav}</ul></nav>
</header>
<main>
<article>
{main}
</article>
</main>
<footer>
{footer}
</footer>
</body>
</html>
"""


PASPOR_TITLE = "Layanan Paspor – Kantor Imigrasi Kelas I TPI Palu"
PASPOR_MAIN = """
<h1>Layanan Paspor Republik Indonesia di Kantor Imigrasi Palu</h1>
<p>Kantor Imigrasi Kelas I Tempat Pemeriksaan Imigrasi (TPI) Palu melayani penerbitan paspor biasa bagi Warga Negara Indonesia yang berdomisili di Sulawesi Tengah maupun dari daerah lain. Paspor dapat diajukan untuk keperluan wisata, ibadah umrah, kunjungan keluarga, studi dan bekerja. Halaman ini tidak memuat informasi izin tinggal bagi orang asing (KITAS dan KITAP) maupun visa kunjungan.</p>

<h2>Jenis Paspor yang Dilayani</h2>
<ul>
<li>Paspor biasa non-elektronik 48 halaman, berlaku 10 tahun;</li>
<li>Paspor elektronik (e-paspor) 48 halaman, berlaku 10 tahun;</li>
<li>Paspor untuk anak di bawah 17 tahun, berlaku sampai 5 tahun.</li>
</ul>

<h2>Dokumen yang Harus Disiapkan</h2>
<h3>Pemohon dewasa</h3>
<ul>
<li>KTP-el asli;</li>
<li>Kartu Keluarga asli;</li>
<li>akta kelahiran, ijazah, buku nikah atau surat baptis yang memuat nama, tempat dan tanggal lahir;</li>
<li>paspor lama bagi pemohon penggantian.</li>
</ul>
<h3>Pemohon anak</h3>
<ul>
<li>akta kelahiran anak dan Kartu Keluarga;</li>
<li>KTP-el dan paspor kedua orang tua;</li>
<li>buku nikah atau akta perkawinan orang tua.</li>
</ul>
<p>Semua dokumen dibawa dalam bentuk asli; fotokopi tidak diperlukan karena dokumen dipindai di loket.</p>

<h2>Tarif PNBP Paspor</h2>
<table>
<thead><tr><th>Jenis layanan</th><th>Tarif</th></tr></thead>
<tbody>
<tr><td>Paspor biasa non-elektronik 48 halaman</td><td>Rp390.000</td></tr>
<tr><td>Paspor elektronik 48 halaman</td><td>Rp690.000</td></tr>
<tr><td>Layanan percepatan (selesai pada hari yang sama)</td><td>tambahan Rp1.000.000</td></tr>
<tr><td>Penggantian paspor hilang</td><td>Rp1.000.000 di luar tarif paspor baru</td></tr>
<tr><td>Penggantian paspor rusak</td><td>Rp500.000 di luar tarif paspor baru</td></tr>
</tbody>
</table>
<p>Pembayaran dilakukan melalui bank atau kantor pos menggunakan kode billing, paling lambat 2 jam setelah kode billing diterbitkan.</p>

<h2>Cara Mengajukan Permohonan</h2>
<ol>
<li>Daftar dan pilih jadwal kedatangan di aplikasi <strong>Paspor Kita</strong>. Kuota harian Kantor Imigrasi Palu adalah 80 pemohon.</li>
<li>Bayar PNBP menggunakan kode billing dari aplikasi.</li>
<li>Datang sesuai jadwal dengan membawa dokumen asli.</li>
<li>Ikuti wawancara, pengambilan foto dan sidik jari.</li>
<li>Ambil paspor di loket pengambilan dengan membawa tanda terima.</li>
</ol>

<h2>Lama Penyelesaian</h2>
<p>Paspor selesai dalam 4 hari kerja setelah wawancara dan pembayaran terverifikasi. Dengan layanan percepatan, paspor dapat diambil pada hari yang sama apabila wawancara selesai sebelum pukul 12.00 WITA. Paspor yang tidak diambil dalam 30 hari sejak tanggal selesai akan dibatalkan.</p>

<h2>Paspor Hilang atau Rusak</h2>
<p>Pemohon penggantian paspor hilang wajib membawa surat keterangan kehilangan dari kepolisian dan akan menjalani pemeriksaan yang dituangkan dalam Berita Acara Pemeriksaan (BAP). Proses pemeriksaan dapat memakan waktu hingga 3 hari kerja sebelum paspor baru diproses. Denda tidak dikenakan apabila paspor hilang karena bencana alam, yang dibuktikan dengan surat keterangan dari instansi berwenang.</p>

<h2>Layanan Prioritas</h2>
<p>Pemohon lanjut usia di atas 60 tahun, penyandang disabilitas, ibu hamil dan anak di bawah 3 tahun dapat datang tanpa jadwal aplikasi dan dilayani di loket prioritas. Layanan ini tidak dikenai tarif tambahan. Pemohon yang akan berangkat karena keadaan mendesak, misalnya berobat ke luar negeri atau anggota keluarga meninggal dunia, dapat mengajukan layanan percepatan dengan menunjukkan surat pendukung.</p>

<h2>Jam Operasional</h2>
<ul>
<li>Senin–Kamis: 08.00–16.00 WITA</li>
<li>Jumat: 08.00–16.30 WITA (istirahat 11.30–13.30)</li>
<li>Sabtu pertama setiap bulan: 08.00–12.00 WITA, khusus pemohon yang telah mendaftar di aplikasi</li>
</ul>

<h2>Alamat dan Kontak</h2>
<p>Kantor Imigrasi Kelas I TPI Palu, Jl. Sam Ratulangi No. 82, Kelurahan Besusu Barat, Kecamatan Palu Timur, Kota Palu.</p>
<p>Telepon 0451-555-0180 · WhatsApp 0811-4500-0180 · E-mail kanim.palu@imigrasi.example.invalid</p>

<h2>Pertanyaan yang Sering Diajukan</h2>
<h3>Apakah pengajuan paspor bisa diwakilkan?</h3>
<p>Tidak. Pemohon wajib hadir sendiri untuk wawancara dan perekaman biometrik. Pemohon anak wajib didampingi kedua orang tua, atau salah satu orang tua dengan surat izin bermeterai dari orang tua yang lain.</p>
<h3>Saya ber-KTP luar Sulawesi Tengah, apakah bisa membuat paspor di Palu?</h3>
<p>Bisa. Paspor dapat diajukan di kantor imigrasi mana pun tanpa memandang alamat KTP-el.</p>
<h3>Kapan paspor sebaiknya diperpanjang?</h3>
<p>Ajukan penggantian paling lambat 8 bulan sebelum masa berlaku habis, karena banyak negara mensyaratkan sisa masa berlaku paspor minimal 6 bulan.</p>
<p>Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.</p>
"""

PAJAK_TITLE = "Pajak Makanan dan Minuman (PBJT) – BPKK Kota Banda Aceh"
PAJAK_MAIN = """
<h1>Pajak Barang dan Jasa Tertentu atas Makanan dan Minuman</h1>
<p>Badan Pengelolaan Keuangan Kota (BPKK) Banda Aceh memungut Pajak Barang dan Jasa Tertentu (PBJT) atas makanan dan/atau minuman yang dijual oleh restoran, rumah makan, kafe, warung kopi, katering dan usaha sejenis. Pajak ini dibayar oleh konsumen dan dipungut serta disetorkan oleh pengusaha. Halaman ini khusus membahas PBJT makanan dan minuman; pajak atas jasa perhotelan, parkir dan kesenian serta hiburan dijelaskan pada halaman tersendiri.</p>

<h2>Usaha yang Wajib Memungut</h2>
<ul>
<li>restoran, rumah makan dan kafe;</li>
<li>warung kopi dan kedai minuman;</li>
<li>jasa boga atau katering;</li>
<li>gerai makanan cepat saji dan usaha makanan yang dijual melalui aplikasi pesan-antar.</li>
</ul>
<p>Makanan dan minuman yang dijual oleh toko swalayan yang tidak menyediakan tempat makan tidak termasuk objek pajak ini.</p>

<h2>Tarif dan Batas Omzet</h2>
<table>
<thead><tr><th>Keterangan</th><th>Ketentuan</th></tr></thead>
<tbody>
<tr><td>Tarif PBJT makanan dan minuman</td><td>10% dari harga jual</td></tr>
<tr><td>Usaha dengan omzet sampai Rp4.000.000 per bulan</td><td>tidak dikenai pajak</td></tr>
<tr><td>Katering untuk acara keagamaan dan kedukaan</td><td>tidak dikenai pajak</td></tr>
<tr><td>Warung kopi dengan omzet Rp4.000.000–Rp15.000.000 per bulan</td><td>tarif 5%</td></tr>
</tbody>
</table>

<h2>Mendaftar sebagai Wajib Pajak</h2>
<p>Pengusaha yang memenuhi kriteria wajib mendaftarkan usahanya paling lambat 30 hari sejak usaha mulai beroperasi untuk memperoleh Nomor Pokok Wajib Pajak Daerah (NPWPD). Pendaftaran dapat dilakukan melalui portal <strong>SIPADA BNA</strong> atau di loket BPKK dengan membawa:</p>
<ul>
<li>KTP-el pemilik dan NPWP;</li>
<li>Nomor Induk Berusaha (NIB);</li>
<li>foto tempat usaha dan daftar menu beserta harga.</li>
</ul>
<p>NPWPD diterbitkan dalam 3 hari kerja setelah berkas lengkap. Petugas BPKK dapat melakukan kunjungan ke tempat usaha untuk memastikan data omzet dan jumlah kursi yang dilaporkan. Apabila usaha memiliki lebih dari satu cabang di Banda Aceh, setiap cabang didaftarkan sebagai objek pajak tersendiri di bawah satu NPWPD.</p>

<h2>Pelaporan dan Penyetoran</h2>
<ol>
<li>Catat seluruh transaksi penjualan setiap hari.</li>
<li>Isi Surat Pemberitahuan Pajak Daerah (SPTPD) setiap bulan melalui SIPADA BNA.</li>
<li>Setor pajak melalui Bank Aceh Syariah, QRIS atau virtual account.</li>
</ol>
<p>Penyetoran dan pelaporan SPTPD untuk satu masa pajak dilakukan paling lambat tanggal 15 bulan berikutnya. Apabila tanggal 15 jatuh pada hari libur, batas waktu bergeser ke hari kerja berikutnya. Bukti setor elektronik dan SPTPD yang telah dikirim dapat diunduh kembali dari portal SIPADA BNA sebagai arsip wajib pajak.</p>

<h2>Sanksi Keterlambatan</h2>
<p>Keterlambatan penyetoran dikenai bunga 1% per bulan dari pajak yang kurang dibayar, paling lama 24 bulan. SPTPD yang tidak disampaikan tepat waktu dikenai denda Rp100.000 untuk setiap masa pajak. Usaha yang tidak mendaftar atau sengaja tidak memungut pajak dapat dikenai penetapan pajak secara jabatan oleh BPKK.</p>

<h2>Alat Perekam Transaksi</h2>
<p>BPKK memasang alat perekam transaksi (tapping box) atau aplikasi kasir terhubung pada usaha dengan omzet di atas Rp50.000.000 per bulan tanpa dipungut biaya. Merusak atau mematikan alat perekam dengan sengaja dapat dikenai denda Rp2.000.000.</p>

<h2>Pengurangan dan Keringanan</h2>
<p>Wajib pajak yang usahanya terdampak bencana atau mengalami penurunan omzet drastis dapat mengajukan pengurangan atau penghapusan sanksi administratif. Permohonan diajukan tertulis kepada Kepala BPKK paling lambat 3 bulan sejak surat tagihan diterima.</p>

<h2>Kontak dan Jam Layanan</h2>
<p>Kantor BPKK Kota Banda Aceh, Jl. Tgk. Abu Lam U No. 7, Kecamatan Baiturrahman, Banda Aceh.</p>
<ul>
<li>Senin–Kamis: 08.00–16.00 WIB</li>
<li>Jumat: 08.00–12.00 WIB</li>
</ul>
<p>Telepon 0651-555-0356 · WhatsApp konsultasi pajak 0852-7700-0356 · E-mail pajakdaerah@bpkk-bandaaceh.example.invalid</p>

<h2>Tanya Jawab</h2>
<h3>Warung saya baru buka dan omzetnya belum tentu. Kapan harus mendaftar?</h3>
<p>Daftarkan usaha dalam 30 hari sejak buka. Jika omzet bulanan ternyata di bawah batas, BPKK menerbitkan keterangan tidak dikenai pajak.</p>
<h3>Apakah pajak boleh sudah termasuk dalam harga menu?</h3>
<p>Boleh, asalkan dicantumkan keterangan "harga sudah termasuk pajak" pada daftar menu dan struk.</p>
<h3>Pembeli melalui aplikasi ojek daring juga dikenai pajak?</h3>
<p>Ya. Penjualan melalui aplikasi pesan-antar dihitung sebagai omzet dan dikenai tarif yang sama.</p>
<p>Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.</p>
"""


def build_html() -> None:
    p = KNOW / "id/palu/paspor-kantor-imigrasi.html"
    p.write_text(page(PASPOR_TITLE, "Kantor Imigrasi Kelas I TPI Palu",
                      ["Beranda", "Layanan Paspor", "Izin Tinggal", "Pengaduan", "Kontak"],
                      PASPOR_MAIN,
                      "<p>© 2026 Kantor Imigrasi Kelas I TPI Palu · Kebijakan Privasi · "
                      "Peta Situs</p>"), encoding="utf-8")
    sidecar(p, title=PASPOR_TITLE, region="Kota Palu",
            agency="Kantor Imigrasi Kelas I TPI Palu",
            source="https://example.invalid/imigrasi/palu/paspor", updated="2026-02-23")
    p = KNOW / "id/banda-aceh/pajak-makan-minum-bpkk.html"
    p.write_text(page(PAJAK_TITLE, "BPKK Kota Banda Aceh",
                      ["Beranda", "Pajak Daerah", "Retribusi", "Regulasi", "Hubungi Kami"],
                      PAJAK_MAIN,
                      "<p>© 2026 Badan Pengelolaan Keuangan Kota Banda Aceh · Syarat "
                      "Penggunaan</p>"), encoding="utf-8")
    sidecar(p, title=PAJAK_TITLE, region="Kota Banda Aceh",
            agency="Badan Pengelolaan Keuangan Kota (BPKK) Banda Aceh",
            source="https://example.invalid/bandaaceh/bpkk/pbjt-makanan-minuman",
            updated="2026-03-04")


def main() -> None:
    pdf = KNOW / "id/bandar-lampung/pbg-dpmptsp.pdf"
    build_pdf(pdf)
    sidecar(pdf, title=PBG_TITLE, region="Kota Bandar Lampung",
            agency="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) "
                   "Kota Bandar Lampung",
            source="https://example.invalid/bandarlampung/dpmptsp/pbg", updated="2026-02-12")
    dx = KNOW / "id/palu/sewa-kios-pasar.docx"
    build_docx(dx)
    sidecar(dx, title=KIOS_TITLE, region="Kota Palu", agency="Dinas Perdagangan Kota Palu",
            source="https://example.invalid/palu/perdagangan/kios-pasar", updated="2026-01-30")
    build_html()
    print("built PDF, DOCX, 2 HTML and sidecars")


if __name__ == "__main__":
    main()
