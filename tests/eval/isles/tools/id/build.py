"""Build the PDF, DOCX and HTML documents (and their sidecars) of the isles-id set.

The Markdown documents are hand-written sources under ../knowledge/id/ and are not
generated. Run with a Python that has reportlab, python-docx and pyyaml:

    python build/build.py
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KNOWLEDGE = HERE.parent / "knowledge"
NOTE = "Evaluation document: figures, addresses and hours are invented for testing."
LAST_LINE = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."


def write_sidecar(path: Path, title: str, region: str, agency: str, source: str,
                  updated: str) -> None:
    meta = {"title": title, "lang": "id", "country": "ID", "region": region,
            "agency": agency, "source": source,
            "updated": dt.date.fromisoformat(updated), "note": NOTE}
    text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    path.with_name(path.name + ".yml").write_text(text, encoding="utf-8")


# -- PDF: public-cemetery plot permit, Kota Tangerang -------------------------------------

PDF_TITLE = "Izin Penggunaan Petak Makam di TPU Kota Tangerang"
PDF_BLOCKS: list[tuple[str, object]] = [
    ("h", "Ketentuan Umum"),
    ("p", "Pemerintah Kota Tangerang melalui Dinas Perumahan, Permukiman dan Pertanahan "
          "(Disperkimtan) mengelola Tempat Pemakaman Umum (TPU) milik daerah, antara lain TPU "
          "Selapajang Jaya, TPU Tanah Tinggi, dan TPU Kebon Besar. Setiap pemakaman di TPU "
          "wajib memiliki Izin Penggunaan Tanah Makam (IPTM). Izin diberikan untuk jangka waktu "
          "3 tahun dan dapat diperpanjang. Satu petak makam berukuran 1 x 2,5 meter."),
    ("p", "Izin penggunaan petak makam bukan bukti kepemilikan tanah. Petak makam tidak dapat "
          "diperjualbelikan, dipindahtangankan, atau disewakan kepada pihak lain. Pengelolaan "
          "kebersihan umum TPU dilakukan oleh petugas, sedangkan perawatan makam sehari-hari "
          "menjadi tanggung jawab keluarga."),
    ("h", "Yang Berhak Dimakamkan di TPU Kota"),
    ("p", "Petak makam TPU Kota Tangerang diperuntukkan bagi jenazah penduduk yang ber-KTP "
          "Kota Tangerang. Jenazah dari luar Kota Tangerang tetap dapat dimakamkan selama "
          "petak tersedia, dengan tarif retribusi khusus. Jenazah tanpa identitas dan warga "
          "terlantar dimakamkan oleh Pemerintah Kota tanpa biaya atas rujukan Dinas Sosial."),
    ("h", "Persyaratan Permohonan"),
    ("b", "Surat keterangan kematian dari rumah sakit, puskesmas, atau kelurahan."),
    ("b", "Fotokopi KTP-el dan Kartu Keluarga almarhum atau almarhumah."),
    ("b", "Fotokopi KTP-el ahli waris yang mengajukan permohonan."),
    ("b", "Surat pengantar RT/RW setempat."),
    ("b", "Untuk makam tumpang: izin penggunaan makam lama dan surat persetujuan keluarga."),
    ("h", "Retribusi Petak Makam"),
    ("t", [["Jenis layanan", "Tarif retribusi"],
           ["Petak baru, penduduk Kota Tangerang (3 tahun)", "Rp150.000"],
           ["Perpanjangan izin (per 3 tahun)", "Rp100.000"],
           ["Makam tumpang (di petak keluarga)", "Rp75.000"],
           ["Petak baru, penduduk luar Kota Tangerang", "Rp600.000"],
           ["Penduduk miskin dengan SKTM", "Gratis"]]),
    ("p", "Retribusi dibayar melalui bank atau kanal pembayaran daerah dengan kode bayar. "
          "Biaya penggalian dan penutupan liang lahad sudah termasuk dalam retribusi; "
          "pembelian nisan dan batu kijing menjadi tanggungan keluarga."),
    ("h", "Waktu Pengurusan"),
    ("p", "Izin Penggunaan Tanah Makam diterbitkan dalam 1 hari kerja setelah berkas lengkap. "
          "Karena pemakaman tidak dapat ditunda, keluarga boleh memakamkan jenazah lebih "
          "dahulu dengan surat pengantar petugas TPU, lalu melengkapi berkas paling lambat "
          "7 hari setelah pemakaman."),
    ("h", "Langkah-Langkah Pengajuan"),
    ("b", "Hubungi petugas jaga TPU yang dituju untuk memastikan petak tersedia."),
    ("b", "Serahkan berkas ke petugas TPU atau unggah di aplikasi SiMakam Tangerang."),
    ("b", "Bayar retribusi sesuai kode bayar yang diterima."),
    ("b", "Petugas menunjukkan lokasi petak dan mencatat nomor blok makam."),
    ("b", "Izin elektronik dikirim ke nomor WhatsApp ahli waris."),
    ("h", "Perpanjangan Izin dan Makam yang Tidak Diperpanjang"),
    ("p", "Ahli waris akan menerima pengingat 30 hari sebelum izin habis. Perpanjangan dapat "
          "dilakukan di aplikasi SiMakam Tangerang atau di kantor pengelola TPU."),
    ("p", "Batas akhir perpanjangan adalah 6 bulan setelah jatuh tempo. Jika izin tidak "
          "diperpanjang dalam batas waktu tersebut, petak makam dinyatakan terlantar dan dapat "
          "digunakan untuk makam tumpang atau jenazah lain setelah pengumuman di lokasi."),
    ("h", "Jam Layanan"),
    ("p", "Pemakaman dilayani setiap hari, termasuk hari Minggu dan hari libur, pukul "
          "06.00-17.00. Pemakaman setelah pukul 17.00 hanya dilakukan dalam keadaan khusus "
          "atas persetujuan kepala TPU. Layanan administrasi di kantor pengelola TPU buka "
          "Senin-Jumat pukul 08.00-16.00. Keluarga yang akan memakamkan jenazah pada malam hari "
          "atau hari libur cukup menghubungi hotline pemakaman; berkas dilengkapi pada hari "
          "kerja berikutnya."),
    ("h", "Alamat dan Kontak"),
    ("p", "Bidang Pemakaman Disperkimtan Kota Tangerang, Jalan Daan Mogot No. 52, Sukarasa "
          "(alamat rekaan). Hotline pemakaman 24 jam: 0811-1900-6262. Surel: "
          "pemakaman@example.invalid."),
    ("h", "Pertanyaan Umum"),
    ("q", "Bolehkah memesan petak makam sebelum ada yang meninggal?"),
    ("p", "Tidak. TPU Kota Tangerang tidak melayani pemesanan petak untuk orang yang masih "
          "hidup."),
    ("q", "Bisakah keluarga memilih lokasi petak?"),
    ("p", "Lokasi petak ditentukan petugas sesuai urutan blok yang tersedia. Permintaan "
          "berdekatan dengan makam keluarga diupayakan bila ada petak kosong."),
    ("q", "Apakah boleh membangun kijing tinggi?"),
    ("p", "Kijing paling tinggi 30 cm dari permukaan tanah dan tidak boleh diberi atap atau "
          "pagar permanen."),
    ("p", LAST_LINE),
]


def build_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25,
                           spaceAfter=14)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=14, leading=18,
                          spaceBefore=10, spaceAfter=6)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14,
                          spaceAfter=5)
    question = ParagraphStyle("q", parent=body, fontName="Helvetica-Bold", spaceAfter=2)
    bullet = ParagraphStyle("b", parent=body, leftIndent=14, bulletIndent=4)
    story: list = [Paragraph(PDF_TITLE, title)]
    for kind, value in PDF_BLOCKS:
        if kind == "h":
            story.append(Paragraph(str(value), head))
        elif kind == "p":
            story.append(Paragraph(str(value), body))
        elif kind == "q":
            story.append(Paragraph(str(value), question))
        elif kind == "b":
            story.append(Paragraph(str(value), bullet, bulletText="-"))
        elif kind == "t":
            rows = value  # type: ignore[assignment]
            table = Table(rows, colWidths=[10 * cm, 5 * cm])
            table.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
            ]))
            story.extend([table, Spacer(1, 8)])
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=PDF_TITLE,
                            author="Disperkimtan Kota Tangerang",
                            leftMargin=2.2 * cm, rightMargin=2.2 * cm)
    doc.build(story)


# -- DOCX: rabies vaccination of pets, Kota Kendari ---------------------------------------

DOCX_TITLE = "Vaksinasi Rabies Hewan Peliharaan di Kota Kendari"
DOCX_BLOCKS: list[tuple[str, object]] = [
    ("h1", "Informasi Umum"),
    ("p", "Rabies adalah penyakit menular yang mematikan dan dapat ditularkan melalui gigitan "
          "anjing, kucing, dan kera. Dinas Pertanian Kota Kendari melalui Bidang Peternakan "
          "dan Kesehatan Hewan menyelenggarakan vaksinasi rabies untuk hewan peliharaan "
          "warga, baik melalui vaksinasi keliling maupun di Pusat Kesehatan Hewan (Puskeswan)."),
    ("h1", "Hewan yang Wajib Divaksin"),
    ("bullet", "Anjing, kucing, dan kera peliharaan berumur minimal 3 bulan."),
    ("bullet", "Hewan yang baru didatangkan dari luar daerah, paling lambat 14 hari setelah "
               "tiba di Kota Kendari."),
    ("bullet", "Hewan yang vaksinasi terakhirnya sudah lebih dari 1 tahun (vaksin ulang "
               "tahunan)."),
    ("p", "Hewan yang sedang sakit, bunting tua, atau baru melahirkan kurang dari 2 minggu "
          "ditunda vaksinasinya sampai dinyatakan sehat oleh dokter hewan."),
    ("h1", "Jadwal dan Lokasi Vaksinasi"),
    ("p", "Vaksinasi dilayani dengan dua cara: vaksinasi keliling yang mendatangi kelurahan, "
          "dan layanan harian di Puskeswan. Jadwal dapat berubah karena cuaca atau "
          "ketersediaan vaksin; pengumuman disampaikan lewat aplikasi Kendari Sehat Hewan."),
    ("h2", "Vaksinasi Keliling"),
    ("p", "Tim vaksinator datang ke titik kumpul di kantor kelurahan pukul 08.00-12.00 "
          "sesuai jadwal berikut."),
    ("table", [["Bulan", "Kecamatan", "Titik kumpul"],
               ["Maret 2026", "Mandonga dan Kadia", "Kantor kelurahan setempat"],
               ["April 2026", "Poasia dan Abeli", "Kantor kelurahan setempat"],
               ["Mei 2026", "Baruga dan Kambu", "Kantor kelurahan setempat"],
               ["Juni 2026", "Puuwatu dan Wua-Wua", "Kantor kelurahan setempat"],
               ["September 2026", "Seluruh kecamatan (Bulan Vaksinasi)", "Posko RW"]]),
    ("h2", "Puskeswan Kota Kendari"),
    ("p", "Puskeswan Kota Kendari di Jalan Ahmad Yani No. 17, Wua-Wua (alamat rekaan) melayani "
          "vaksinasi rabies pada Senin-Jumat pukul 08.00-14.30 dan Sabtu pukul 08.00-11.00. "
          "Pendaftaran ditutup 30 menit sebelum jam layanan berakhir."),
    ("h1", "Biaya Vaksinasi"),
    ("p", "Vaksinasi pada jadwal keliling dan selama Bulan Vaksinasi September tidak dipungut "
          "biaya. Vaksinasi di Puskeswan di luar jadwal tersebut dikenai retribusi Rp25.000 "
          "per ekor, sudah termasuk kartu vaksin. Penggantian kartu vaksin yang hilang "
          "dikenai biaya Rp10.000."),
    ("h1", "Persiapan Sebelum Vaksinasi"),
    ("bullet", "Bawa hewan dengan kalung dan tali, atau di dalam kandang angkut untuk kucing."),
    ("bullet", "Pastikan hewan dalam keadaan sehat dan sudah makan."),
    ("bullet", "Bawa kartu vaksin lama bila ada."),
    ("bullet", "Bawa fotokopi KTP pemilik untuk pencatatan data hewan."),
    ("h1", "Langkah di Lokasi Vaksinasi"),
    ("number", "Daftar ke petugas dan sebutkan jenis, umur, dan nama hewan."),
    ("number", "Dokter hewan atau vaksinator memeriksa kondisi hewan."),
    ("number", "Hewan disuntik vaksin rabies."),
    ("number", "Pemilik menerima kartu vaksin dan kalung tanda vaksin berwarna kuning."),
    ("number", "Amati hewan selama 15 menit di lokasi untuk memastikan tidak ada reaksi."),
    ("h1", "Jika Digigit Hewan"),
    ("p", "Segera cuci luka gigitan dengan sabun dan air mengalir selama 15 menit, lalu "
          "datang ke puskesmas atau rumah sakit terdekat untuk mendapatkan vaksin anti rabies "
          "(VAR). Laporkan kejadian gigitan ke Puskeswan paling lambat 24 jam. Hewan yang "
          "menggigit tidak boleh dibunuh, tetapi diikat atau dikandangkan untuk diobservasi "
          "oleh petugas selama 14 hari."),
    ("h1", "Hewan Lepas dan Sanksi"),
    ("p", "Pemilik wajib mengikat atau mengandangkan anjing peliharaan. Anjing yang berkeliaran "
          "tanpa kalung tanda vaksin dapat ditangkap petugas dan ditampung di Puskeswan. "
          "Pemilik dapat mengambil kembali hewannya dalam 3 hari dengan membayar biaya "
          "tebusan Rp250.000 dan memvaksinasi hewan tersebut."),
    ("h1", "Kontak dan Pengaduan"),
    ("p", "Bidang Peternakan dan Kesehatan Hewan, Dinas Pertanian Kota Kendari. Telepon "
          "(0401) 319 7720, WhatsApp kasus gigitan dan hewan lepas 0853-9400-2121, surel "
          "keswan@example.invalid."),
    ("h1", "Tanya Jawab"),
    ("h3", "Apakah kucing rumahan yang tidak pernah keluar juga harus divaksin?"),
    ("p", "Ya. Semua kucing peliharaan berumur 3 bulan ke atas dianjurkan divaksin setiap "
          "tahun."),
    ("h3", "Bolehkah vaksin rabies diberikan bersamaan dengan obat cacing?"),
    ("p", "Boleh, tetapi obat cacing dibawa sendiri oleh pemilik karena Puskeswan hanya "
          "menyediakan vaksin rabies."),
    ("h3", "Bisakah petugas datang ke rumah?"),
    ("p", "Vaksinasi ke rumah hanya untuk pemilik 5 ekor hewan atau lebih, dengan permintaan "
          "melalui WhatsApp paling lambat 3 hari sebelumnya."),
    ("p", LAST_LINE),
]


def build_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = DOCX_TITLE
    document.add_paragraph(DOCX_TITLE, style="Title")
    for kind, value in DOCX_BLOCKS:
        if kind in ("h1", "h2", "h3"):
            document.add_heading(str(value), level=int(kind[1]))
        elif kind == "p":
            document.add_paragraph(str(value))
        elif kind == "bullet":
            document.add_paragraph(str(value), style="List Bullet")
        elif kind == "number":
            document.add_paragraph(str(value), style="List Number")
        elif kind == "table":
            rows = value  # type: ignore[assignment]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    document.save(str(path))


# -- HTML pages ---------------------------------------------------------------------------

def html_page(title: str, site: str, main: str, footer: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
</head>
<body>
<header><div class="logo">{site}</div></header>
<nav>
  <ul>
    <li><a href="https://example.invalid/">Beranda</a></li>
    <li><a href="https://example.invalid/profil">Profil</a></li>
    <li><a href="https://example.invalid/layanan">Layanan</a></li>
    <li><a href="https://example.invalid/berita">Berita</a></li>
    <li><a href="https://example.invalid/pengaduan">Pengaduan</a></li>
    <li><a href="https://example.invalid/kontak">Kontak</a></li>
  </ul>
</nav>
<main>
{main}
</main>
<footer>
  <p>{footer}</p>
  <p>Hak cipta &copy; 2026. Seluruh tautan mengarah ke example.invalid.</p>
</footer>
</body>
</html>
"""


BUS_MAIN = """<article>
<h1>Kartu Penumpang Bus Tayo Kota Tangerang</h1>
<p>Bus Tayo adalah layanan angkutan massal milik Pemerintah Kota Tangerang yang dikelola Dinas Perhubungan. Pembayaran ongkos di dalam bus hanya menggunakan kartu penumpang nontunai atau kode QR dari aplikasi TayoKu. Halaman ini menjelaskan jenis kartu, tarif, cara mendapatkan kartu, dan pengisian saldo.</p>

<h2>Jenis Kartu dan Tarif</h2>
<p>Tarif dihitung sekali tap per perjalanan, tanpa memandang jarak, dan berlaku untuk transit antarkoridor dalam waktu 60 menit.</p>
<table>
<thead><tr><th>Jenis kartu</th><th>Tarif per perjalanan</th><th>Keterangan</th></tr></thead>
<tbody>
<tr><td>Kartu Umum</td><td>Rp4.000</td><td>Untuk semua penumpang</td></tr>
<tr><td>Kartu Pelajar</td><td>Rp2.000</td><td>Siswa SD, SMP, SMA/SMK ber-KTP atau sekolah di Kota Tangerang</td></tr>
<tr><td>Kartu Lansia</td><td>Gratis</td><td>Penduduk berusia 60 tahun ke atas</td></tr>
<tr><td>Kartu Disabilitas</td><td>Gratis</td><td>Penyandang disabilitas dan satu pendamping</td></tr>
</tbody>
</table>
<p>Harga kartu baru Rp20.000, termasuk saldo awal Rp10.000. Kartu Lansia dan Kartu Disabilitas diberikan tanpa biaya.</p>

<h2>Syarat Kartu Pelajar, Lansia, dan Disabilitas</h2>
<ul>
<li>Kartu Pelajar: kartu pelajar atau surat keterangan aktif sekolah, serta pas foto terbaru.</li>
<li>Kartu Lansia: KTP-el Kota Tangerang yang menunjukkan usia 60 tahun ke atas.</li>
<li>Kartu Disabilitas: KTP-el dan kartu penyandang disabilitas atau surat keterangan dari Dinas Sosial.</li>
</ul>
<p>Kartu Pelajar berlaku sampai 31 Juli setiap tahun dan harus diperbarui pada awal tahun ajaran baru.</p>

<h2>Cara Mendapatkan Kartu</h2>
<ol>
<li>Datang ke loket layanan pelanggan di halte utama atau kantor Dishub.</li>
<li>Serahkan dokumen sesuai jenis kartu dan isi formulir data penumpang.</li>
<li>Bayar harga kartu (khusus Kartu Umum dan Kartu Pelajar).</li>
<li>Kartu langsung diterima dan dapat dipakai saat itu juga. Kartu Pelajar yang diajukan lewat sekolah secara kolektif selesai dalam 5 hari kerja.</li>
</ol>

<h2>Isi Ulang Saldo</h2>
<p>Saldo dapat diisi ulang di loket halte utama, minimarket mitra, atau lewat aplikasi TayoKu dengan nominal minimal Rp10.000. Saldo paling banyak yang dapat disimpan dalam satu kartu adalah Rp500.000. Saldo tidak dapat diuangkan kembali.</p>

<h2>Jam Operasional dan Rute</h2>
<p>Bus Tayo beroperasi setiap hari pukul 05.30–21.00 dengan selang kedatangan sekitar 15 menit pada jam sibuk. Rute terdiri atas beberapa koridor yang menghubungkan terminal, stasiun, dan pusat pemerintahan. Peta rute dan posisi bus secara langsung dapat dilihat di aplikasi TayoKu.</p>

<h2>Kartu Hilang atau Rusak</h2>
<p>Kartu yang sudah didaftarkan atas nama penumpang dapat diblokir dengan menghubungi layanan pelanggan. Kartu pengganti dikenai biaya Rp15.000 dan sisa saldo dipindahkan ke kartu baru dalam 2 hari kerja. Kartu yang tidak didaftarkan tidak dapat diblokir dan saldonya tidak dapat dipindahkan.</p>

<h2>Loket Layanan Pelanggan</h2>
<ul>
<li>Halte Terminal Poris Plawad, Senin–Sabtu pukul 07.00–19.00.</li>
<li>Kantor Dinas Perhubungan Kota Tangerang, Jalan Perintis Kemerdekaan No. 7 (alamat rekaan), Senin–Jumat pukul 08.00–15.00.</li>
</ul>
<p>Layanan pelanggan Bus Tayo: telepon (021) 5573 0909, WhatsApp 0817-6060-8282, surel tayo@example.invalid.</p>

<h2>Aturan di Dalam Bus</h2>
<ul>
<li>Kursi prioritas diperuntukkan bagi lansia, ibu hamil, penyandang disabilitas, dan penumpang dengan anak kecil.</li>
<li>Dilarang makan, merokok, dan membawa hewan kecuali hewan pemandu.</li>
<li>Barang bawaan paling besar 60 x 40 x 30 cm; sepeda lipat boleh dibawa dalam keadaan terlipat.</li>
</ul>

<h2>Pertanyaan yang Sering Ditanyakan</h2>
<h3>Apakah bisa membayar dengan uang tunai?</h3>
<p>Tidak. Semua pembayaran di dalam bus menggunakan kartu penumpang atau kode QR aplikasi TayoKu.</p>
<h3>Apakah kartu uang elektronik bank bisa dipakai?</h3>
<p>Bisa. Kartu uang elektronik bank dikenai tarif umum Rp4.000 dan tidak mendapat tarif pelajar.</p>
<h3>Anak kecil perlu bayar?</h3>
<p>Anak dengan tinggi badan di bawah 100 cm yang didampingi orang dewasa tidak dikenai tarif.</p>
<p>Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.</p>
</article>"""

GOR_MAIN = """<article>
<h1>Peminjaman dan Sewa Fasilitas Olahraga Milik Pemerintah Kota Gorontalo</h1>
<p>Dinas Pemuda dan Olahraga (Dispora) Kota Gorontalo menyewakan fasilitas olahraga milik daerah kepada masyarakat, klub, sekolah, dan penyelenggara acara. Pemesanan dilakukan melalui portal SewaArena Gorontalo atau langsung di kantor pengelola fasilitas.</p>

<h2>Fasilitas yang Dapat Disewa</h2>
<ul>
<li>Gedung Olahraga (GOR) Kota: lapangan bulu tangkis, bola voli, dan futsal dalam ruang.</li>
<li>Lapangan Taruna Remaja: lapangan sepak bola terbuka dan lintasan lari.</li>
<li>Stadion Merdeka: untuk pertandingan dan acara berskala besar.</li>
<li>Kolam renang kota: sewa khusus untuk sekolah dan klub renang.</li>
</ul>

<h2>Tarif Sewa</h2>
<table>
<thead><tr><th>Fasilitas</th><th>Siang (06.00–17.59)</th><th>Malam (18.00–22.00)</th></tr></thead>
<tbody>
<tr><td>Lapangan bulu tangkis GOR (per lapangan, per jam)</td><td>Rp60.000</td><td>Rp80.000</td></tr>
<tr><td>Lapangan futsal GOR (per jam)</td><td>Rp150.000</td><td>Rp200.000</td></tr>
<tr><td>Lapangan voli GOR (per jam)</td><td>Rp100.000</td><td>Rp130.000</td></tr>
<tr><td>Lapangan sepak bola Taruna Remaja (per 2 jam)</td><td>Rp400.000</td><td>Rp550.000</td></tr>
<tr><td>Stadion Merdeka (per hari, acara)</td><td colspan="2">Rp2.500.000</td></tr>
<tr><td>Kolam renang kota (per sesi 2 jam)</td><td>Rp350.000</td><td>Tidak tersedia</td></tr>
</tbody>
</table>
<p>Tarif belum termasuk uang jaminan kebersihan Rp500.000 untuk acara di Stadion Merdeka, yang dikembalikan setelah pemeriksaan lokasi.</p>

<h2>Potongan dan Pembebasan Tarif</h2>
<ul>
<li>Sekolah negeri dan swasta di Kota Gorontalo mendapat potongan 30% untuk kegiatan olahraga siswa pada hari sekolah.</li>
<li>Klub olahraga yang terdaftar di KONI Kota Gorontalo mendapat potongan 20% untuk latihan rutin.</li>
<li>Kegiatan resmi Pemerintah Kota dan seleksi atlet daerah dibebaskan dari tarif.</li>
</ul>

<h2>Cara Memesan</h2>
<ol>
<li>Buka portal SewaArena Gorontalo dan buat akun dengan NIK atau nama lembaga.</li>
<li>Pilih fasilitas, tanggal, dan jam yang masih kosong.</li>
<li>Unggah surat permohonan bila pemesan adalah sekolah, klub, atau panitia acara.</li>
<li>Bayar uang muka untuk mengunci jadwal, lalu simpan bukti pemesanan.</li>
</ol>
<p>Pemesanan dapat dilakukan paling cepat 60 hari dan paling lambat 2 hari sebelum tanggal pemakaian. Satu akun perorangan dapat memesan paling banyak 3 jam per hari.</p>

<h2>Pembayaran</h2>
<p>Uang muka sebesar 50% dibayar paling lambat 1x24 jam setelah pemesanan; bila tidak, jadwal otomatis dilepas. Pelunasan dilakukan paling lambat 3 hari sebelum tanggal pemakaian melalui transfer ke rekening kas daerah atau kode bayar QRIS yang tertera di portal. Pembayaran tunai kepada penjaga fasilitas tidak diperbolehkan.</p>

<h2>Pembatalan dan Perubahan Jadwal</h2>
<p>Pembatalan paling lambat 7 hari sebelum tanggal pemakaian mendapat pengembalian 75% dari dana yang sudah dibayar. Pembatalan kurang dari 7 hari tidak mendapat pengembalian. Perubahan jadwal dapat dilakukan satu kali tanpa biaya bila diajukan paling lambat 3 hari sebelumnya. Jika fasilitas tidak dapat dipakai karena cuaca buruk atau kerusakan, pemesan dapat memilih jadwal pengganti atau pengembalian penuh.</p>

<h2>Jam Operasional</h2>
<p>GOR Kota dan Lapangan Taruna Remaja buka setiap hari pukul 06.00–22.00. Stadion Merdeka hanya disewakan untuk acara dengan jadwal yang disepakati. Kantor pengelola di GOR Kota melayani pemesanan langsung pada Senin–Sabtu pukul 08.00–16.00.</p>

<h2>Tata Tertib Pengguna</h2>
<ul>
<li>Wajib memakai sepatu olahraga bersol karet di lapangan dalam ruang.</li>
<li>Dilarang merokok dan membawa minuman beralkohol di seluruh area.</li>
<li>Kerusakan fasilitas akibat kelalaian pengguna menjadi tanggungan pemesan.</li>
</ul>

<h2>Lokasi dan Kontak</h2>
<p>Kantor Pengelola Fasilitas Olahraga Dispora Kota Gorontalo, GOR Kota, Jalan Prof. Dr. H. B. Jassin No. 9, Kota Gorontalo (alamat rekaan). Telepon (0435) 831 4450, WhatsApp pemesanan 0822-9011-3344, surel sarpras.dispora@example.invalid.</p>

<h2>Pertanyaan Umum</h2>
<h3>Apakah jogging track di Lapangan Taruna Remaja berbayar?</h3>
<p>Tidak. Lintasan lari terbuka gratis untuk umum pukul 05.00–09.00 dan 15.00–18.00, kecuali saat ada acara yang menyewa seluruh lapangan.</p>
<h3>Bolehkah membawa pelatih atau wasit sendiri?</h3>
<p>Boleh. Dispora tidak menyediakan wasit, tetapi menyediakan papan skor dan net tanpa biaya tambahan.</p>
<h3>Bisakah menyewa lapangan secara rutin setiap minggu?</h3>
<p>Bisa dengan sistem langganan bulanan untuk klub terdaftar, dengan pembayaran penuh di awal bulan.</p>
<p>Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.</p>
</article>"""


def build_html() -> None:
    bus = KNOWLEDGE / "id/tangerang/kartu-bus-tayo.html"
    bus.write_text(html_page("Kartu Penumpang Bus Tayo | Dinas Perhubungan Kota Tangerang",
                             "Dinas Perhubungan Kota Tangerang", BUS_MAIN,
                             "Dinas Perhubungan Kota Tangerang - Jalan Perintis Kemerdekaan "
                             "No. 7 (alamat rekaan)"), encoding="utf-8")
    write_sidecar(bus, "Kartu Penumpang Bus Tayo Kota Tangerang", "Kota Tangerang",
                  "Dinas Perhubungan Kota Tangerang",
                  "https://example.invalid/tangerang/dishub/kartu-bus-tayo", "2026-03-05")
    gor = KNOWLEDGE / "id/gorontalo/sewa-fasilitas-olahraga.html"
    gor.write_text(html_page("Sewa Fasilitas Olahraga | Dispora Kota Gorontalo",
                             "Dinas Pemuda dan Olahraga Kota Gorontalo", GOR_MAIN,
                             "Dinas Pemuda dan Olahraga Kota Gorontalo"), encoding="utf-8")
    write_sidecar(gor, "Peminjaman dan Sewa Fasilitas Olahraga Kota Gorontalo",
                  "Kota Gorontalo", "Dinas Pemuda dan Olahraga Kota Gorontalo",
                  "https://example.invalid/gorontalo/dispora/sewa-fasilitas", "2026-02-12")


def main() -> None:
    pdf = KNOWLEDGE / "id/tangerang/izin-petak-makam-tpu.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    build_pdf(pdf)
    write_sidecar(pdf, PDF_TITLE, "Kota Tangerang",
                  "Dinas Perumahan, Permukiman dan Pertanahan Kota Tangerang",
                  "https://example.invalid/tangerang/disperkimtan/izin-makam-tpu",
                  "2026-01-15")
    docx_path = KNOWLEDGE / "id/kendari/vaksinasi-rabies.docx"
    docx_path.parent.mkdir(parents=True, exist_ok=True)
    build_docx(docx_path)
    write_sidecar(docx_path, DOCX_TITLE, "Kota Kendari", "Dinas Pertanian Kota Kendari",
                  "https://example.invalid/kendari/distan/vaksinasi-rabies", "2026-02-26")
    (KNOWLEDGE / "id/gorontalo").mkdir(parents=True, exist_ok=True)
    build_html()
    print("built PDF, DOCX, 2 HTML and their sidecars")


if __name__ == "__main__":
    main()
